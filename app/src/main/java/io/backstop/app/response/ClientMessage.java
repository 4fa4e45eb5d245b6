package io.backstop.app.response;

import java.time.Instant;

/**
 * A client's message as the response desk heard it: the opening message of an issue or a comment by someone who is
 * not staff.
 *
 * @param client the issue's client as the clock knows it (may be null)
 * @param owner  the issue's home manager when the client wrote
 * @param text   what the client wrote; null when the host does not know it
 * @param repeat whether another client message already waited for an answer in the same awaiting cycle
 */
public record ClientMessage(String issue, String client, String owner, String text, Instant at, boolean repeat) {
}
