package io.backstop.app.port;

import java.time.Instant;

/**
 * A comment everyone on the issue can read (the client's messages and the staff's replies), as the tracker keeps
 * it; comments restricted to a group or role are never in a conversation.
 *
 * @param id the tracker's id of the comment, as text
 */
public record TrackerComment(String id, String author, String body, Instant at) {
}
