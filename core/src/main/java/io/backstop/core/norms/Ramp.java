package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Which band a person is held to by months of service: the newcomer band for months {@code 1..newcomerMonths},
 * then both ends rise in a straight line to the experienced band, reached in month {@code experiencedFromMonth}.
 * A newcomer researches every answer from scratch; holding them to 7-9 from day one only teaches them to hurry.
 *
 * @param fullDay the present time a band's "per day" means (8 hours by default)
 */
public record Ramp(Band newcomer, Band experienced, int newcomerMonths, int experiencedFromMonth, Duration fullDay) {

    public Ramp {
        Check.notNull(newcomer, "newcomer");
        Check.notNull(experienced, "experienced");
        Check.notNegative(newcomerMonths, "newcomerMonths");
        if (experiencedFromMonth <= newcomerMonths) {
            throw Check.invalid("experiencedFromMonth", Problem.of("error.norms.afterNewcomermonths",
                    experiencedFromMonth, newcomerMonths));
        }
        Check.notNull(fullDay, "fullDay");
        if (fullDay.toMinutes() <= 0 || fullDay.compareTo(Duration.ofHours(24)) > 0) {
            throw Check.invalid("fullDay", Problem.of("error.norms.betweenMinuteHours", fullDay));
        }
    }

    /** Newcomers 3-5 norm-hours a day in months 1-3, experienced 7-9 from month 6, a full day is 8 hours. */
    public static Ramp departmentDefault() {
        return new Ramp(new Band(3, 5), new Band(7, 9), 3, 6, Duration.ofHours(8));
    }

    /** The band for the given month of service (1 is the first month). */
    public Band bandFor(int monthOfService) {
        Check.positive(monthOfService, "monthOfService");
        if (monthOfService <= newcomerMonths) {
            return newcomer;
        }
        if (monthOfService >= experiencedFromMonth) {
            return experienced;
        }
        double f = (double) (monthOfService - newcomerMonths) / (experiencedFromMonth - newcomerMonths);
        return new Band(newcomer.min() + f * (experienced.min() - newcomer.min()),
                newcomer.max() + f * (experienced.max() - newcomer.max()));
    }

    /** Month of service on a date: 1 from the hiring date, 2 from the same day of the next month, and so on. */
    public static int monthOfService(LocalDate hired, LocalDate on) {
        Check.notNull(hired, "hired");
        Check.notNull(on, "on");
        if (on.isBefore(hired)) {
            throw Check.invalid("on", Problem.of("error.norms.beforeHired", on, hired));
        }
        return Math.toIntExact(Period.between(hired, on).toTotalMonths() + 1);
    }

    /** The verdict on an output held to the band of that month; empty when nobody was present. */
    public Optional<Verdict> verdict(Output output, int monthOfService) {
        Check.notNull(output, "output");
        Band band = bandFor(monthOfService);
        OptionalDouble perDay = output.perFullDay(fullDay);
        return perDay.isPresent() ? Optional.of(band.verdict(perDay.getAsDouble())) : Optional.empty();
    }
}
