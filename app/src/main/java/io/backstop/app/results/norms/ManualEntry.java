package io.backstop.app.results.norms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An operation recorded by hand: for whom, which day, what, for which issue or client, who wrote it and when, and
 * whether the month was already closed then.
 */
public record ManualEntry(String person, LocalDate day, String operation, long count, long normMinutes,
                          Optional<String> issue, Optional<String> client, String recordedBy, Instant recordedAt,
                          boolean afterClose) {
}
