package io.backstop.bench;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The naive way to add working time, as a baseline: walk forward one minute at a time and count the minutes whose
 * start lies in a working interval of its local day (holidays have none). Uses the same week, holidays and zone
 * as the {@link WorkCalendar} it is built from; holidays go into a {@link HashSet} so that the baseline is not
 * slowed by anything but its stepping.
 *
 * <p>Exact only for whole-minute amounts, starts on a minute and intervals that begin and end on a minute (true for
 * the calendars benchmarked here); it then agrees with {@link WorkCalendar#addWorking}.
 */
final class MinuteSteppingCalendar {

    private static final long MINUTE_SECONDS = 60;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<DailyInterval>> week;
    private final Set<LocalDate> holidays;

    MinuteSteppingCalendar(WorkCalendar calendar) {
        this.zone = calendar.zone();
        this.week = new EnumMap<>(calendar.week());
        this.holidays = new HashSet<>(calendar.holidays());
    }

    Instant addWorking(Instant from, Duration amount) {
        long minutesLeft = amount.toMinutes();
        Instant at = from;
        while (minutesLeft > 0) {
            if (isWorkingMinute(at)) {
                minutesLeft--;
            }
            at = at.plusSeconds(MINUTE_SECONDS);
        }
        return at;
    }

    boolean isWorkingMinute(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day = local.toLocalDate();
        if (holidays.contains(day)) {
            return false;
        }
        List<DailyInterval> intervals = week.get(day.getDayOfWeek());
        if (intervals == null) {
            return false;
        }
        int second = local.toLocalTime().toSecondOfDay();
        for (DailyInterval interval : intervals) {
            if (second >= interval.startSecond() && second < interval.endSecond()) {
                return true;
            }
        }
        return false;
    }
}
