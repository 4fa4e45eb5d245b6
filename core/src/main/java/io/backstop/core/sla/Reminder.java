package io.backstop.core.sla;

import java.time.Instant;

/** Rule 14: the holder of an awaiting issue is told, once a cycle, that its answer is due soon. */
public record Reminder(String issue, Instant at, String to, Instant due) {
}
