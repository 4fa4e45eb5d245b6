package io.backstop.core.onboarding;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A newcomer's month of service: present hours against the norm-hours earned in it.
 *
 * @param expectedHoursPerNormHour what the ramp's band for this month allows (a full day over the band's middle; 0 when
 *                                 the band expects nothing)
 */
public record ServiceMonth(int monthOfService, LocalDate from, LocalDate to, double presentHours,
                           double earnedNormHours, double expectedHoursPerNormHour) {

    /**
     * Present hours per norm-hour earned: how long one norm-hour of work took on average. 1.0 means at the norm
     * of an experienced manager's full day; empty when nothing was earned.
     */
    public OptionalDouble hoursPerNormHour() {
        return earnedNormHours > 0 ? OptionalDouble.of(presentHours / earnedNormHours) : OptionalDouble.empty();
    }
}
