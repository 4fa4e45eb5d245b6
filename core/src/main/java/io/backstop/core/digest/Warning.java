package io.backstop.core.digest;

/** What a salesperson must know before calling, most serious first. */
public enum Warning {
    /** The client has an open complaint: listen, do not sell. */
    OPEN_COMPLAINT,
    /** The client owes overdue money. */
    OVERDUE_DEBT,
    /** Work promised for a date that has passed. */
    BROKEN_PROMISE
}
