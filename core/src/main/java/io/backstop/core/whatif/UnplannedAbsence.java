package io.backstop.core.whatif;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "The more managers, the more of them are away": the department's own unplanned absence rate, and the days a new
 * person is away at that rate. Unplanned means sick leave and time off; vacations and study are planned ahead (the
 * schedule for next month is handed in by the 18th) and busy time is no absence.
 */
public final class UnplannedAbsence {

    private UnplannedAbsence() {
    }

    public static boolean isUnplanned(AbsenceKind kind) {
        return kind == AbsenceKind.SICK || kind == AbsenceKind.TIME_OFF;
    }

    /**
     * The share of the managers' and the operator's working time in {@code [from, until)} lost to unplanned
     * absences: 0 when they had no working time.
     */
    public static double rate(WorkCalendar calendar, List<Person> people, List<Absence> absences, Instant from,
                              Instant until) {
        List<String> staff = people.stream().filter(p -> p.role() == Role.MANAGER || p.role() == Role.OPERATOR)
                .map(Person::name).toList();
        Duration working = calendar.working(from, until);
        if (staff.isEmpty() || working.isZero()) {
            return 0;
        }
        long lost = 0;
        for (Absence a : absences) {
            if (staff.contains(a.person()) && isUnplanned(a.kind())) {
                Instant start = a.from().isAfter(from) ? a.from() : from;
                Instant end = a.to().isBefore(until) ? a.to() : until;
                if (start.isBefore(end)) {
                    lost += calendar.working(start, end).getSeconds();
                }
            }
        }
        // overlapping absences of one person could count twice; the rate is capped at the whole time
        return Math.min(1, lost / (double) (working.getSeconds() * staff.size()));
    }

    /**
     * Whole working days of {@code person} in {@code [from, until)}, each away with probability {@code rate}, from a
     * {@link Random} seeded with {@code seed} (so the same seed gives the same days); neighbouring days make one
     * sick leave.
     */
    public static List<Absence> draw(WorkCalendar calendar, String person, Instant from, Instant until, double rate,
                                     long seed) {
        Random random = new Random(seed);
        List<Absence> away = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(until, calendar.zone());
        Instant open = null;
        Instant end = null;
        for (LocalDate day = LocalDate.ofInstant(from, calendar.zone()); !day.isAfter(last); day = day.plusDays(1)) {
            if (calendar.workingSpans(day).isEmpty()) {
                continue;
            }
            if (random.nextDouble() >= rate) {
                continue;
            }
            Instant dayStart = day.atStartOfDay(calendar.zone()).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
            if (open != null && !calendar.working(end, dayStart).isZero()) {
                away.add(new Absence(person, open, end, AbsenceKind.SICK));
                open = null;
            }
            if (open == null) {
                open = dayStart;
            }
            end = dayEnd;
        }
        if (open != null) {
            away.add(new Absence(person, open, end, AbsenceKind.SICK));
        }
        return away;
    }
}
