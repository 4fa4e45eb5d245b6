package io.backstop.core.staff;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import io.backstop.core.validation.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How long a person may mark themselves busy (rule 12: at a meeting, on a long call; new messages go past them):
 * from now, at most one working day ahead. One working day is the working time of the first day that still has
 * working time at or after now (a day of 09:00-18:00 with an hour's lunch: 8 hours), counted on from now in
 * working time: at Monday 10:00 the latest end is Tuesday 10:00, at Monday 07:00 Monday 18:00, on Friday evening
 * the same time of Monday's working day as Friday's end. Busy time is never an absence in reports, norms or
 * capacity ({@link AbsenceKind#isAbsence()}).
 */
public final class BusyTime {

    /** How many days ahead a working day is looked for; a calendar with none in that time allows no busy time. */
    static final int SEARCH_DAYS = 400;

    private BusyTime() {
    }

    /** The latest instant busy time marked at {@code now} may last to. */
    public static Instant latestEnd(WorkCalendar calendar, Instant now) {
        Check.notNull(calendar, "calendar");
        Check.notNull(now, "now");
        return calendar.addWorking(now, workingDay(calendar, now));
    }

    /** The working time of the first day that has working time at or after {@code now}; zero if none is near. */
    public static Duration workingDay(WorkCalendar calendar, Instant now) {
        LocalDate day = now.atZone(calendar.zone()).toLocalDate();
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            List<WorkingSpan> spans = calendar.workingSpans(day);
            if (spans.stream().anyMatch(span -> span.end().isAfter(now))) {
                Duration length = Duration.ZERO;
                for (WorkingSpan span : spans) {
                    length = length.plus(Duration.between(span.start(), span.end()));
                }
                return length;
            }
        }
        return Duration.ZERO;
    }

    /** The end of today's working time in the calendar's zone, when it is still ahead of {@code now}. */
    public static Optional<Instant> endOfToday(WorkCalendar calendar, Instant now) {
        Check.notNull(calendar, "calendar");
        List<WorkingSpan> spans = calendar.workingSpans(now.atZone(calendar.zone()).toLocalDate());
        return spans.stream().map(WorkingSpan::end).filter(end -> end.isAfter(now)).max(Instant::compareTo);
    }
}
