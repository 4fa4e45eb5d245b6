package io.backstop.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A deliberately naive reference for the "Working time" section of {@code docs/sla-semantics.md}, used only to check
 * {@link WorkCalendar}. It shares no code with it and works minute by minute, so it only accepts minute-aligned
 * instants and whole-minute durations (and it is only exact for calendars whose zone offsets are whole minutes,
 * which holds for every zone rule since the 1970s).
 *
 * <ul>
 *   <li>A minute {@code [m, m + 1 min)} is <em>working</em> iff its start instant {@code m} lies in
 *       {@code [start, end)} of at least one listed local interval of a non-holiday day, where {@code start} and
 *       {@code end} are turned into instants with {@link ZonedDateTime#of} (a time in a gap moves forward by the
 *       length of the gap; in an overlap the earlier offset is used; an end of {@code 24:00} is the next day's
 *       midnight). Each listed interval is converted on its own and the results are united: listing overlapping
 *       intervals never counts a minute twice.</li>
 *   <li>{@code working(a, b)} counts the working minutes in {@code [a, b)}.</li>
 *   <li>{@code addWorking(t, d)} steps from {@code t} one minute at a time; the answer is the end of the minute in
 *       which the {@code d}-th working minute is reached (the earliest {@code u} with {@code working(t, u) == d}).</li>
 * </ul>
 *
 * Days are looked up from the minute's local date in the zone. The previous local day is checked as well: a span of
 * a day can reach past its local midnight when the end (or even the start) is moved forward by a gap lying across
 * midnight. For the same reason nothing is assumed about intervals being ordered or disjoint once they are
 * instants.
 *
 * <p>Not thread-safe (it caches each day's spans).
 */
public final class MinuteSteppingCalendar {

    /** How far {@link #addWorking} steps before giving up: 26 weeks of minutes. */
    public static final long DEFAULT_STEP_LIMIT = 26L * 7 * 24 * 60;

    private static final int SECONDS_PER_DAY = 24 * 3600;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, List<DailyInterval>> week;
    private final Set<LocalDate> holidays;
    private final long stepLimit;
    /** Per local date: epoch seconds of {@code [start, end)} pairs, one pair per listed non-empty interval. */
    private final Map<LocalDate, long[]> spansByDay = new HashMap<>();

    public MinuteSteppingCalendar(ZoneId zone, Map<DayOfWeek, ? extends Collection<DailyInterval>> week,
                                  Collection<LocalDate> holidays) {
        this(zone, week, holidays, DEFAULT_STEP_LIMIT);
    }

    public MinuteSteppingCalendar(ZoneId zone, Map<DayOfWeek, ? extends Collection<DailyInterval>> week,
                                  Collection<LocalDate> holidays, long stepLimit) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.rules = zone.getRules();
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> this.week.put(day, List.copyOf(intervals)));
        this.holidays = new HashSet<>(holidays);
        this.stepLimit = stepLimit;
    }

    /** Whether the minute starting at {@code minuteStart} is working time. */
    public boolean isWorkingMinute(Instant minuteStart) {
        return isWorkingMinute(epochMinute(minuteStart));
    }

    /** The number of working minutes in {@code [from, to)}; zero when {@code to <= from}. */
    public Duration working(Instant from, Instant to) {
        long first = epochMinute(from);
        long end = epochMinute(to);
        long count = 0;
        for (long m = first; m < end; m++) {
            if (isWorkingMinute(m)) {
                count++;
            }
        }
        return Duration.ofMinutes(count);
    }

    /** The earliest {@code u >= from} with {@code working(from, u) == amount}, found by stepping minutes. */
    public Instant addWorking(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative amount " + amount);
        }
        long wanted = wholeMinutes(amount);
        long first = epochMinute(from);
        if (wanted == 0) {
            return from;
        }
        long found = 0;
        for (long m = first; m < first + stepLimit; m++) {
            if (isWorkingMinute(m) && ++found == wanted) {
                return Instant.ofEpochSecond((m + 1) * 60);
            }
        }
        throw new IllegalStateException("no answer within " + stepLimit + " minutes of " + from + " for " + amount);
    }

    private boolean isWorkingMinute(long epochMinute) {
        long second = epochMinute * 60;
        ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(second));
        LocalDate localDate = LocalDate.ofEpochDay(Math.floorDiv(second + offset.getTotalSeconds(), SECONDS_PER_DAY));
        return inSpans(second, spansOf(localDate)) || inSpans(second, spansOf(localDate.minusDays(1)));
    }

    private static boolean inSpans(long second, long[] spans) {
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] <= second && second < spans[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private long[] spansOf(LocalDate day) {
        return spansByDay.computeIfAbsent(day, this::computeSpans);
    }

    private long[] computeSpans(LocalDate day) {
        List<DailyInterval> intervals = week.get(day.getDayOfWeek());
        if (holidays.contains(day) || intervals == null) {
            return new long[0];
        }
        List<Long> bounds = new ArrayList<>();
        for (DailyInterval interval : intervals) {
            long start = toEpochSecond(day, interval.startSecond());
            long end = toEpochSecond(day, interval.endSecond());
            if (start < end) { // a start moved forward past its end by a gap leaves nothing
                bounds.add(start);
                bounds.add(end);
            }
        }
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }

    /** A local time of a day (86400 = 24:00, the next day's midnight) as an instant, by {@link ZonedDateTime#of}. */
    private long toEpochSecond(LocalDate day, int secondOfDay) {
        LocalDate date = secondOfDay == SECONDS_PER_DAY ? day.plusDays(1) : day;
        LocalTime time = LocalTime.ofSecondOfDay(secondOfDay % SECONDS_PER_DAY);
        return ZonedDateTime.of(date, time, zone).toEpochSecond();
    }

    private static long epochMinute(Instant at) {
        if (at.getNano() != 0 || at.getEpochSecond() % 60 != 0) {
            throw new IllegalArgumentException("not minute-aligned: " + at);
        }
        return Math.floorDiv(at.getEpochSecond(), 60);
    }

    private static long wholeMinutes(Duration amount) {
        if (amount.getNano() != 0 || amount.getSeconds() % 60 != 0) {
            throw new IllegalArgumentException("not whole minutes: " + amount);
        }
        return amount.getSeconds() / 60;
    }
}
