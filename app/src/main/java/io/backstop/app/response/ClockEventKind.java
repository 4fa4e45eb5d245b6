package io.backstop.app.response;

/** The kinds of rows in an issue's timeline. */
public enum ClockEventKind {
    CREATED,
    CLIENT_MESSAGE,
    STAFF_REPLY,
    RESOLVED,
    REOPENED,
    BREACH,
    REASSIGNED
}
