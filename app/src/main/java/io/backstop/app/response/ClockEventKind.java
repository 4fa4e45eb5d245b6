package io.backstop.app.response;

/** The kinds of rows in an issue's timeline. */
public enum ClockEventKind {
    CREATED,
    CLIENT_MESSAGE,
    STAFF_REPLY,
    RESOLVED,
    REOPENED,
    BREACH,
    REASSIGNED,
    /** Rule 14: the holder was reminded; {@code to} is who, {@code due} the answer's due time. */
    REMINDER,
    /** Rule 11: a promise made ({@code reason} OPEN) or closed (KEPT, MOVED, BROKEN); {@code actor} made it. */
    PROMISE,
    /**
     * Not a clock's: the head replaced a catalogue of the results settings (issue 17); {@code actor} who,
     * {@code reason} which catalogue, {@code detail} how many rows were added, changed and removed. In the audit.
     */
    CATALOGUE
}
