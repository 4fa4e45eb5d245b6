package io.backstop.core.complaint;

/** Where a complaint stands. Open and closed ones count in the scorecard; unflagged ones never do. */
public enum ComplaintState {
    OPEN,
    CLOSED,
    UNFLAGGED
}
