package io.backstop.app.results.norms;

import java.time.Instant;

/** Who closed a month of operations, and when (issue 17). */
public record MonthClosing(String by, Instant at) {
}
