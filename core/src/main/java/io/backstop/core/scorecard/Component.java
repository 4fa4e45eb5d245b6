package io.backstop.core.scorecard;

/** The parts of the results (результативность) that set the variable pay. */
public enum Component {
    /** Output: norm-hours earned. */
    OUTPUT,
    /** Receivables collected. */
    RECEIVABLES,
    /** Share of replies on time. */
    TIMELINESS,
    /** Quality: complaints, fewer is better. */
    QUALITY,
    /** Upsell points. */
    UPSELLS
}
