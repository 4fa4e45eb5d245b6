package io.backstop.core.complaint;

/** What can be done to a complaint. */
public enum ComplaintAction {
    /** Mark a comment or an issue as a client's complaint: anyone may. */
    FLAG,
    /** It was not a complaint after all: it no longer counts. */
    UNFLAG,
    /** The complaint was dealt with; it still counts. */
    CLOSE,
    /** A closed or unflagged complaint is open again. */
    REOPEN
}
