package io.backstop.core.scorecard;

/** The parts of the results (результативность) that set the variable pay; each role weighs them its own way. */
public enum Component {
    /** Output: norm-hours earned. */
    OUTPUT,
    /** Receivables: overdue money collected against the overdue money at the period's start. */
    RECEIVABLES,
    /** Share of replies on time. */
    TIMELINESS,
    /** Quality: complaints, fewer is better. */
    QUALITY,
    /** Upsell points. */
    UPSELLS,
    /** Rescue speed: how fast breached issues handed over were answered (the operator's work). */
    RESCUE
}
