package io.backstop.app.staff;

/** Where an absence stands: only an approved one takes work away and counts in the report. */
public enum AbsenceStatus {
    /** Asked for by the person; waits for the head or an administrator. */
    REQUESTED,
    APPROVED,
    REFUSED,
    /** Taken back by whoever asked for it while it was waiting; kept, so the head sees it was asked and withdrawn. */
    WITHDRAWN
}
