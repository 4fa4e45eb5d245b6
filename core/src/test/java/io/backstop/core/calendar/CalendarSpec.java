package io.backstop.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated calendar as the user wrote it (intervals as listed, unmerged), plus the date its test window is built
 * around. Builds both the {@link WorkCalendar} under test and the {@link MinuteSteppingCalendar} reference.
 */
final class CalendarSpec {

    private final ZoneId zone;
    private final LocalDate anchor;
    private final Map<DayOfWeek, List<DailyInterval>> week;
    private final Set<LocalDate> holidays;
    private final WorkCalendar calendar;
    private final MinuteSteppingCalendar reference;
    private Boolean affectedBySuspectedGapBugs;

    CalendarSpec(ZoneId zone, LocalDate anchor, Map<DayOfWeek, List<DailyInterval>> week, Set<LocalDate> holidays) {
        this.zone = zone;
        this.anchor = anchor;
        EnumMap<DayOfWeek, List<DailyInterval>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> copy.put(day, List.copyOf(intervals)));
        this.week = Collections.unmodifiableMap(copy);
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.calendar = new WorkCalendar(zone, this.week, this.holidays);
        this.reference = new MinuteSteppingCalendar(zone, this.week, this.holidays);
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate anchor() {
        return anchor;
    }

    Map<DayOfWeek, List<DailyInterval>> week() {
        return week;
    }

    Set<LocalDate> holidays() {
        return holidays;
    }

    WorkCalendar calendar() {
        return calendar;
    }

    MinuteSteppingCalendar reference() {
        return reference;
    }

    CalendarSpec withHoliday(LocalDate extra) {
        Set<LocalDate> more = new TreeSet<>(holidays);
        more.add(extra);
        return new CalendarSpec(zone, anchor, week, more);
    }

    /** Local working minutes per week, counting overlapping listed intervals once (ignores DST). At least 1. */
    long weeklyMinutes() {
        long total = 0;
        for (List<DailyInterval> intervals : week.values()) {
            boolean[] minute = new boolean[24 * 60];
            for (DailyInterval interval : intervals) {
                for (int m = interval.startSecond() / 60; m < interval.endSecond() / 60; m++) {
                    minute[m] = true;
                }
            }
            for (boolean working : minute) {
                total += working ? 1 : 0;
            }
        }
        return Math.max(1, total);
    }

    /**
     * Whether a day near a DST gap of the zone, within {@code anchor - 16 .. anchor + 70 days} (past anything the
     * properties reach), is affected by the suspected bugs documented in {@code WorkCalendarTest}: the spans
     * {@link WorkCalendar} makes of the day overlap one another (and are counted twice), or their union differs from
     * the union of the listed intervals converted one by one (merging in local time before conversion). Elsewhere
     * turning local times into instants keeps their order, so only days around a gap can be affected. Computed once.
     */
    boolean affectedBySuspectedGapBugs() {
        if (affectedBySuspectedGapBugs == null) {
            affectedBySuspectedGapBugs = false;
            Instant from = startOf(anchor.minusDays(16));
            Instant to = startOf(anchor.plusDays(70));
            ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
            while (transition != null && transition.getInstant().isBefore(to) && !affectedBySuspectedGapBugs) {
                if (transition.isGap()) {
                    LocalDate date = transition.getInstant().atZone(zone).toLocalDate();
                    affectedBySuspectedGapBugs = date.minusDays(1).datesUntil(date.plusDays(2))
                            .anyMatch(this::affectedBySuspectedGapBugs);
                }
                transition = zone.getRules().nextTransition(transition.getInstant());
            }
        }
        return affectedBySuspectedGapBugs;
    }

    private boolean affectedBySuspectedGapBugs(LocalDate day) {
        List<WorkingSpan> spans = calendar.workingSpans(day);
        List<long[]> asComputed = new ArrayList<>();
        for (WorkingSpan span : spans) {
            asComputed.add(new long[] {span.start().getEpochSecond(), span.end().getEpochSecond()});
        }
        long summed = asComputed.stream().mapToLong(span -> span[1] - span[0]).sum();
        List<long[]> computedUnion = union(asComputed);
        if (summed != computedUnion.stream().mapToLong(span -> span[1] - span[0]).sum()) {
            return true; // overlapping spans
        }
        List<long[]> listed = new ArrayList<>();
        if (!holidays.contains(day)) {
            for (DailyInterval interval : week.getOrDefault(day.getDayOfWeek(), List.of())) {
                long start = ZonedDateTime.of(day, interval.start(), zone).toEpochSecond();
                long end = interval.endsAtMidnight()
                        ? ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, zone).toEpochSecond()
                        : ZonedDateTime.of(day, interval.end(), zone).toEpochSecond();
                listed.add(new long[] {start, end});
            }
        }
        List<long[]> listedUnion = union(listed);
        if (listedUnion.size() != computedUnion.size()) {
            return true;
        }
        for (int i = 0; i < listedUnion.size(); i++) {
            if (!Arrays.equals(listedUnion.get(i), computedUnion.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The union of half-open {@code [start, end)} pairs as sorted disjoint pairs; empty pairs vanish. */
    private static List<long[]> union(List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans.stream().filter(span -> span[0] < span[1]).toList());
        sorted.sort(Comparator.comparingLong(span -> span[0]));
        List<long[]> united = new ArrayList<>();
        for (long[] span : sorted) {
            long[] last = united.isEmpty() ? null : united.get(united.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                united.add(new long[] {span[0], span[1]});
            }
        }
        return united;
    }

    /** The local midnight (start of day by the zone's rules) of {@code date}. */
    Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        List<String> days = new ArrayList<>();
        week.forEach((day, intervals) -> days.add(day.toString().substring(0, 3) + "=" + intervals));
        return "CalendarSpec[" + zone + ", anchor " + anchor + ", " + days + ", holidays " + holidays + "]";
    }
}
