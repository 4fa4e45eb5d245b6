package io.backstop.core.norms;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import io.backstop.core.validation.Check;
import io.backstop.core.staff.Absence;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hours present: the person's schedule minus their absences, day by day. Busy time ({@code BUSY}, rule 12) is
 * present time: a manager at a meeting is at work, only not taking new messages.
 */
public final class PresentTime {

    private PresentTime() {
    }

    /**
     * Present time per day in {@code [from, to]} (both inclusive): the schedule's working time of the day minus the
     * parts covered by the person's absences. Days with no present time are left out. Other people's absences and
     * busy time in the list are ignored; overlapping absences count once.
     */
    public static SortedMap<LocalDate, Duration> fromSchedule(WorkCalendar schedule, String person,
                                                              Collection<Absence> absences,
                                                              LocalDate from, LocalDate to) {
        Check.notNull(schedule, "schedule");
        Check.notBlank(person, "person");
        List<Absence> own = Check.list(absences, "absences").stream()
                .filter(a -> a.person().equals(person) && a.kind().isAbsence())
                .sorted(Comparator.comparing(Absence::from))
                .toList();
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        if (to.isBefore(from)) {
            throw Check.invalid("to", Problem.of("error.input.beforeFrom", from, to));
        }
        TreeMap<LocalDate, Duration> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Duration present = Duration.ZERO;
            for (WorkingSpan span : schedule.workingSpans(day)) {
                present = present.plus(uncovered(span.start(), span.end(), own));
            }
            if (!present.isZero()) {
                days.put(day, present);
            }
        }
        return Collections.unmodifiableSortedMap(days);
    }

    /** The part of {@code [start, end)} outside every absence; absences are sorted by start. */
    private static Duration uncovered(Instant start, Instant end, List<Absence> absences) {
        List<Instant[]> covered = new ArrayList<>();
        for (Absence a : absences) {
            Instant s = a.from().isAfter(start) ? a.from() : start;
            Instant e = a.to().isBefore(end) ? a.to() : end;
            if (e.isAfter(s)) {
                if (!covered.isEmpty() && !s.isAfter(covered.get(covered.size() - 1)[1])) {
                    Instant[] last = covered.get(covered.size() - 1);
                    last[1] = e.isAfter(last[1]) ? e : last[1];
                } else {
                    covered.add(new Instant[] {s, e});
                }
            }
        }
        Duration free = Duration.between(start, end);
        for (Instant[] c : covered) {
            free = free.minus(Duration.between(c[0], c[1]));
        }
        return free;
    }
}
