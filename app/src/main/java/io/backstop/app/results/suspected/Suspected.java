package io.backstop.app.results.suspected;

import io.backstop.core.complaint.suspect.Signal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A suspected complaint as stored.
 *
 * @param about     who a complaint would be about (the issue's home manager when the client wrote)
 * @param decidedBy who confirmed or dismissed it; empty while open
 * @param reason    why it was dismissed
 * @param complaint the complaint it became
 */
public record Suspected(int id, String issue, Optional<String> client, String about, Instant at, String excerpt,
                        List<Signal> signals, SuspicionState state, Optional<String> decidedBy,
                        Optional<Instant> decidedAt, Optional<String> reason, Optional<Integer> complaint) {
}
