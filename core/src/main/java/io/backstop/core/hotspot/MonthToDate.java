package io.backstop.core.hotspot;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.validation.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * How much of a month's fee the month so far is held against. Norm time spent in the first days of a month set
 * against the whole month's fee makes every order look expensive on the 4th and cheap on the 30th; set against
 * the share of the month's working time gone by, it reads the same on any day.
 */
public final class MonthToDate {

    private MonthToDate() {
    }

    /**
     * The share of {@code month}'s working time before {@code now}, in (0, 1]: 1 once the month is over (or when it
     * has no working time at all); never less than one working day's share, so the first hour of a month does not
     * make a single call outweigh the fee.
     */
    public static double share(WorkCalendar calendar, YearMonth month, Instant now) {
        Check.notNull(calendar, "calendar");
        Check.notNull(month, "month");
        Check.notNull(now, "now");
        ZoneId zone = calendar.zone();
        Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        if (!now.isBefore(end)) {
            return 1;
        }
        Duration whole = calendar.working(start, end);
        long workingDays = month.atDay(1).datesUntil(month.plusMonths(1).atDay(1))
                .filter(day -> !calendar.workingSpans(day).isEmpty()).count();
        if (whole.isZero() || workingDays == 0) {
            return 1;
        }
        double gone = (double) calendar.working(start, now).toNanos() / whole.toNanos();
        return Math.min(1, Math.max(gone, 1.0 / workingDays));
    }
}
