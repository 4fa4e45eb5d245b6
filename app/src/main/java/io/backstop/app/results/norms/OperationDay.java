package io.backstop.app.results.norms;

import java.time.LocalDate;

/** One pre-aggregated row: what a person did of one operation on one day. */
public record OperationDay(String person, LocalDate day, String operation, long count, long normMinutes) {
}
