package io.backstop.core.replay;

/** What happened on an issue, as the tracker reports it. */
public enum EventType {
    CREATED,
    CLIENT_MESSAGE,
    STAFF_REPLY,
    RESOLVED
}
