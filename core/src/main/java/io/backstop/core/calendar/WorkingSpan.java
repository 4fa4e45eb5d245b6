package io.backstop.core.calendar;

import java.time.Instant;

/** A stretch of working time as instants: {@code [start, end)}, never empty. */
public record WorkingSpan(Instant start, Instant end) {
}
