package io.backstop.core.sla;

import java.time.Duration;
import java.time.Instant;

/** A staff reply that ended an awaiting cycle, with the working time the client waited. */
public record Reply(String issue, Instant awaitingSince, Instant repliedAt, String by, Duration waited,
                    boolean onTime) {
}
