package io.backstop.core.sla;

import java.time.Instant;

/** An issue moved from one person to another, and why. */
public record Reassignment(Instant at, String issue, String from, String to, ReassignReason reason) {
}
