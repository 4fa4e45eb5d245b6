package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.LocalDate;

/** The expected incoming work of the week starting on Monday {@code week}, in norm-hours, and how it was found. */
public record WeekLoad(LocalDate week, double normHours, LoadBasis basis) {

    public WeekLoad {
        Check.notNull(week, "week");
        Check.finiteNotNegative(normHours, "normHours");
        Check.notNull(basis, "basis");
    }
}
