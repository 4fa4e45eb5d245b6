package io.backstop.core.complaint;

/** How a complaint came to be recorded. */
public enum ComplaintSource {
    /** Someone on the staff flagged it (REST, the issue panel). */
    MANUAL,
    /** The client's issue was of the Complaint type: recorded when the issue was created. */
    ISSUE_TYPE,
    /** A suspicion raised by a client's words, confirmed by the operator or the head. */
    SUSPECTED
}
