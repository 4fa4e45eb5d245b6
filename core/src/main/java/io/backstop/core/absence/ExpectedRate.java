package io.backstop.core.absence;

import io.backstop.core.norms.Band;
import io.backstop.core.norms.Ramp;
import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.Map;

/**
 * The norm-hours a person is expected to earn per present working hour on a day: what one hour of their absence
 * costs the department.
 */
@FunctionalInterface
public interface ExpectedRate {

    double normHoursPerHour(String person, LocalDate day);

    /**
     * The middle of the band the ramp holds the person to on that day, per hour of a full day. The expected rate,
     * not the person's measured one: their measured output in a month they were away is itself cut by the absence,
     * and a newcomer's hour is worth less to the department than a senior's, which the ramp already says. Without
     * a hiring date the person counts as experienced; before it, as in their first month.
     */
    static ExpectedRate fromRamp(Ramp ramp, Map<String, LocalDate> hired) {
        Check.notNull(ramp, "ramp");
        Map<String, LocalDate> dates = Map.copyOf(Check.map(hired, "hired"));
        double fullDayHours = ramp.fullDay().toMinutes() / 60.0;
        return (person, day) -> {
            LocalDate since = dates.get(person);
            Band band;
            if (since == null) {
                band = ramp.experienced();
            } else {
                band = ramp.bandFor(day.isBefore(since) ? 1 : Ramp.monthOfService(since, day));
            }
            return (band.min() + band.max()) / 2 / fullDayHours;
        };
    }
}
