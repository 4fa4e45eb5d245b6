package io.backstop.core.replay;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working time by brute force, one minute at a time, independent of WorkCalendar: a minute {@code [m, m+1min)} is
 * working iff its local date is not a holiday and its local time of day lies in one of that weekday's intervals.
 * That is the spec's definition as long as no interval boundary lies strictly inside a DST gap or overlap (the
 * generator keeps boundaries on whole hours, or on half hours away from 01:00-03:00, so both readings agree).
 *
 * <p>Only for minute-aligned instants at or after {@code origin}.
 */
final class BruteCalendar {

    private static final int MAX_MINUTES = 400 * 24 * 60;

    private final ZoneId zone;
    /** Per weekday, [startMinute, endMinute) pairs of the local day; 1440 is 24:00. */
    private final Map<DayOfWeek, List<int[]>> week;
    private final Set<LocalDate> holidays;
    private final Instant origin;
    /** prefix[i] = working minutes in [origin, origin + i minutes). */
    private int[] prefix = new int[1];
    private int size; // prefix[0..size] are known

    BruteCalendar(ZoneId zone, Map<DayOfWeek, List<int[]>> week, Set<LocalDate> holidays, Instant origin) {
        if (origin.getEpochSecond() % 60 != 0 || origin.getNano() != 0) {
            throw new IllegalArgumentException("origin must be a whole minute");
        }
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        this.origin = origin;
    }

    boolean isWorkingMinute(Instant minute) {
        ZonedDateTime local = minute.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        int minuteOfDay = local.getHour() * 60 + local.getMinute();
        for (int[] interval : week.getOrDefault(local.getDayOfWeek(), List.of())) {
            if (interval[0] <= minuteOfDay && minuteOfDay < interval[1]) {
                return true;
            }
        }
        return false;
    }

    Duration working(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return Duration.ofMinutes(prefixAt(index(to)) - prefixAt(index(from)));
    }

    /** The earliest u >= from with working(from, u) = amount (whole minutes). */
    Instant addWorking(Instant from, Duration amount) {
        if (amount.toSeconds() % 60 != 0) {
            throw new IllegalArgumentException("whole minutes only");
        }
        int i = index(from);
        int target = prefixAt(i) + (int) amount.toMinutes();
        int j = i;
        while (prefixAt(j) < target) {
            j++;
        }
        return origin.plusSeconds(60L * j);
    }

    private int index(Instant at) {
        long seconds = Duration.between(origin, at).toSeconds();
        if (seconds < 0 || seconds % 60 != 0 || at.getNano() != 0) {
            throw new IllegalArgumentException("not a whole minute at or after origin: " + at);
        }
        return Math.toIntExact(seconds / 60);
    }

    private int prefixAt(int i) {
        if (i > MAX_MINUTES) {
            throw new IllegalStateException("no working time within 400 days");
        }
        while (size < i) {
            if (size + 1 >= prefix.length) {
                prefix = Arrays.copyOf(prefix, Math.max(2 * prefix.length, size + 2));
            }
            prefix[size + 1] = prefix[size] + (isWorkingMinute(origin.plusSeconds(60L * size)) ? 1 : 0);
            size++;
        }
        return prefix[i];
    }
}
