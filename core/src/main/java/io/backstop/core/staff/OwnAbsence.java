package io.backstop.core.staff;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An absence people record for themselves takes effect at once only up to a few working days; a longer one (a
 * month-long vacation) waits for the head, as a request. Sick leave is never held: nobody approves an illness.
 * Days count with the person's absences the new one touches (no working time between), so a vacation recorded
 * in three-day pieces back to back is the vacation it is. Busy time ({@link AbsenceKind#BUSY}) is no absence: it
 * never waits, and it neither counts nor joins pieces together.
 */
public final class OwnAbsence {

    private OwnAbsence() {
    }

    /** The days in {@code [from, to)} that have working time the absence overlaps. */
    public static int workingDays(WorkCalendar calendar, Instant from, Instant to) {
        Check.notNull(calendar, "calendar");
        int days = 0;
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        for (LocalDate day = from.atZone(calendar.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            boolean overlaps = calendar.workingSpans(day).stream()
                    .anyMatch(span -> span.end().isAfter(from) && span.start().isBefore(to));
            if (overlaps) {
                days++;
            }
        }
        return days;
    }

    /**
     * Whether the person's own absence of {@code kind} over {@code [from, to)} must wait for the head, counted
     * together with {@code theirs} (the person's absences in force) where they touch it.
     */
    public static boolean waitsForTheHead(WorkCalendar calendar, Instant from, Instant to, AbsenceKind kind,
                                          int limitDays, List<Absence> theirs) {
        if (kind == AbsenceKind.SICK || !kind.isAbsence()) {
            return false;
        }
        Instant start = from;
        Instant end = to;
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Absence other : theirs) {
                if (!other.kind().isAbsence()) {
                    continue;
                }
                boolean touches = calendar.working(other.to(), start).isZero()
                        && calendar.working(end, other.from()).isZero();
                if (touches && (other.from().isBefore(start) || other.to().isAfter(end))) {
                    start = other.from().isBefore(start) ? other.from() : start;
                    end = other.to().isAfter(end) ? other.to() : end;
                    grew = true;
                }
            }
        }
        return workingDays(calendar, start, end) > limitDays;
    }
}
