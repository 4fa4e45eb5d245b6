package io.backstop.core.forecast;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.norms.PresentTime;
import io.backstop.core.staff.Absence;
import io.backstop.core.validation.Check;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;

/** One person's week: the hours they will be present and what those hours turn into at their efficiency. */
public record PersonWeek(String person, LocalDate week, long presentMinutes, double efficiency) {

    public PersonWeek {
        Check.notBlank(person, "person");
        Check.notNull(week, "week");
        Check.notNegative(presentMinutes, "presentMinutes");
        Check.finiteNotNegative(efficiency, "efficiency");
    }

    /**
     * Present time of the week Monday..Sunday: the schedule's working time minus the person's absences (busy time
     * is present time: it leaves the capacity as it is).
     */
    public static PersonWeek of(WorkCalendar schedule, String person, Collection<Absence> absences, LocalDate week,
                                double efficiency) {
        Check.notNull(week, "week");
        long minutes = PresentTime.fromSchedule(schedule, person, absences, week, week.plusDays(6)).values().stream()
                .mapToLong(Duration::toMinutes).sum();
        return new PersonWeek(person, week, minutes, efficiency);
    }

    public double presentHours() {
        return presentMinutes / 60.0;
    }

    /** Norm-hours this person can earn in the week. */
    public double capacity() {
        return presentHours() * efficiency;
    }
}
