package io.backstop.core.sla;

/** How a promise ended (rule 11); {@code OPEN} while it is still owed. */
public enum PromiseOutcome {
    OPEN,
    /** The full answer, or the resolution, came by the due time. */
    KEPT,
    /** The due time passed first. */
    BROKEN,
    /** Another holding reply came by the due time and made a new promise. */
    MOVED
}
