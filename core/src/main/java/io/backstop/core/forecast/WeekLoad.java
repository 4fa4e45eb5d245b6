package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The expected demand of the week starting on Monday {@code week}, in norm-hours, how it was found and the named
 * holiday period it holds, if any.
 */
public record WeekLoad(LocalDate week, double normHours, LoadBasis basis, Optional<SeasonMap.Period> period) {

    public WeekLoad {
        Check.notNull(week, "week");
        Check.finiteNotNegative(normHours, "normHours");
        Check.notNull(basis, "basis");
        Check.notNull(period, "period");
    }

    public WeekLoad(LocalDate week, double normHours, LoadBasis basis) {
        this(week, normHours, basis, Optional.empty());
    }
}
