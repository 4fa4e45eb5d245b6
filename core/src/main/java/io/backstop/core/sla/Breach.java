package io.backstop.core.sla;

import java.time.Instant;

/** A client waited past the goal: detected at a watcher tick, once per awaiting cycle. */
public record Breach(String issue, Instant awaitingSince, Instant due, Instant detectedAt) {
}
