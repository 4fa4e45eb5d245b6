package io.backstop.core.calendar;

import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The department's working time: a week of local intervals, holidays with no working time, and a time zone.
 *
 * <p>All arithmetic walks working intervals one day at a time, never minute by minute. Local times become
 * instants by the zone's rules: a time in a daylight-saving gap moves forward by the length of the gap, a time
 * in an overlap takes the earlier offset (what {@link ZonedDateTime#of} does).
 */
public final class WorkCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<DailyInterval>> week;
    private final SortedSet<LocalDate> holidays;
    /**
     * Each day's spans, once worked out: turning local times into instants is most of what {@link #addWorking}
     * costs, and a replay or a tick asks for the same few days again and again. Bounded: cleared when full.
     */
    private final Map<LocalDate, List<WorkingSpan>> spansByDay = new ConcurrentHashMap<>();
    static final int REMEMBERED_DAYS = 4096;

    public WorkCalendar(ZoneId zone, Map<DayOfWeek, ? extends Collection<DailyInterval>> week,
                        Collection<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        EnumMap<DayOfWeek, List<DailyInterval>> normalized = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> {
            List<DailyInterval> sorted = intervals.stream().filter(i -> !i.isEmpty()).sorted().toList();
            if (!sorted.isEmpty()) {
                normalized.put(day, sorted);
            }
        });
        if (normalized.isEmpty()) {
            // Without any working time no answer is ever due; a calendar like that is a mistake, not a policy.
            throw new InvalidFieldException("", Problem.of("error.settings.noWorkingTime"));
        }
        this.week = Collections.unmodifiableMap(normalized);
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The week as given: per working day, its non-empty intervals, sorted. Days off are absent. */
    public Map<DayOfWeek, List<DailyInterval>> week() {
        return week;
    }

    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /** The working time within {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration working(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long nanos = 0;
        LocalDate last = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingSpan span : workingSpans(day)) {
                Instant start = later(span.start(), from);
                Instant end = earlier(span.end(), to);
                if (end.isAfter(start)) {
                    nanos = Math.addExact(nanos, Duration.between(start, end).toNanos());
                }
            }
        }
        return Duration.ofNanos(nanos);
    }

    /**
     * The earliest instant {@code u >= from} with {@code working(from, u) == amount}. So 17:00 plus one hour on a
     * 09:00-18:00 day is 18:00 the same day, and adding zero gives {@code from} itself.
     */
    public Instant addWorking(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        for (LocalDate day = localDate(from); ; day = day.plusDays(1)) {
            for (WorkingSpan span : workingSpans(day)) {
                Instant start = later(span.start(), from);
                if (!span.end().isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, span.end());
                if (left.compareTo(available) <= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
    }

    /**
     * {@link #addWorking(Instant, Duration)} for several amounts from the same instant, in one walk over the days:
     * a clock that starts awaiting needs its queue, reminder and due instants, and walking three times cost a
     * replay a tenth of its time. The answer is in the order of {@code amounts}.
     */
    public List<Instant> addWorking(Instant from, List<Duration> amounts) {
        Integer[] order = new Integer[amounts.size()];
        for (int i = 0; i < order.length; i++) {
            if (amounts.get(i).isNegative()) {
                throw new IllegalArgumentException("working time to add must not be negative: " + amounts.get(i));
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(amounts::get));
        Instant[] found = new Instant[order.length];
        int next = 0;
        while (next < order.length && amounts.get(order[next]).isZero()) {
            found[order[next++]] = from;
        }
        Duration walked = Duration.ZERO;
        for (LocalDate day = localDate(from); next < order.length; day = day.plusDays(1)) {
            for (WorkingSpan span : workingSpans(day)) {
                Instant start = later(span.start(), from);
                if (!span.end().isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, span.end());
                while (next < order.length && amounts.get(order[next]).minus(walked).compareTo(available) <= 0) {
                    found[order[next]] = start.plus(amounts.get(order[next]).minus(walked));
                    next++;
                }
                walked = walked.plus(available);
            }
        }
        return List.of(found);
    }

    /** Whether {@code at} falls inside working time. */
    public boolean isWorking(Instant at) {
        for (WorkingSpan span : workingSpans(localDate(at))) {
            if (!at.isBefore(span.start()) && at.isBefore(span.end())) {
                return true;
            }
        }
        return false;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /**
     * The working time of one local day as instants: the union of its intervals, each turned into instants on its
     * own, in order and without overlaps; empty on holidays and days off. Merging happens after the conversion,
     * because inside a daylight-saving gap local order and instant order differ.
     */
    public List<WorkingSpan> workingSpans(LocalDate day) {
        List<WorkingSpan> known = spansByDay.get(day);
        if (known != null) {
            return known;
        }
        if (spansByDay.size() >= REMEMBERED_DAYS) {
            spansByDay.clear();
        }
        List<WorkingSpan> spans = List.copyOf(spansOf(day));
        spansByDay.put(day, spans);
        return spans;
    }

    private List<WorkingSpan> spansOf(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<DailyInterval> intervals = week.get(day.getDayOfWeek());
        if (intervals == null) {
            return List.of();
        }
        List<WorkingSpan> spans = new ArrayList<>(intervals.size());
        for (DailyInterval interval : intervals) {
            Instant start = ZonedDateTime.of(day, interval.start(), zone).toInstant();
            Instant end = interval.endsAtMidnight()
                    ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
                    : ZonedDateTime.of(day, interval.end(), zone).toInstant();
            if (end.isAfter(start)) { // an interval inside a DST gap collapses
                spans.add(new WorkingSpan(start, end));
            }
        }
        return union(spans);
    }

    private static List<WorkingSpan> union(List<WorkingSpan> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort(Comparator.comparing(WorkingSpan::start));
        List<WorkingSpan> merged = new ArrayList<>(spans.size());
        WorkingSpan current = spans.get(0);
        for (WorkingSpan next : spans.subList(1, spans.size())) {
            if (!next.start().isAfter(current.end())) {
                current = new WorkingSpan(current.start(), later(current.end(), next.end()));
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + zone + ", " + week + ", holidays " + holidays + "]";
    }
}
