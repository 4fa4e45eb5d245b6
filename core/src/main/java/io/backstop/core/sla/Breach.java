package io.backstop.core.sla;

import java.time.Instant;

/**
 * A client waited past the goal: detected at a watcher tick, once per awaiting cycle, and held against
 * {@code heldBy}, who held the issue then (rule 10), never against whoever answers afterwards.
 */
public record Breach(String issue, Instant awaitingSince, Instant due, Instant detectedAt, String heldBy) {
}
