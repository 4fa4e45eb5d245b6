package io.backstop.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for random calendars and minute-aligned instants around daylight-saving changes and year ends.
 *
 * <p>Each calendar gets an anchor date: mostly the date of one of its zone's DST changes (2011, 2014, 2024-2026),
 * otherwise a year end. Holidays fall within {@code anchor +- 16 days}, instants within {@code anchor +- 14 days}.
 * About half of the interval bounds and some of the instants are drawn from "interesting" local times (midnight, the
 * 00:00-03:30 band where the transitions of these zones happen, 24:00) so that gaps and overlaps are actually hit.
 */
final class CalendarArbitraries {

    static final List<ZoneId> ZONES = List.of(
            ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"),        // gap 02:00->03:00 (last Sun of March), overlap 03:00->02:00 (Oct)
            ZoneId.of("America/New_York"),     // gap 02:00->03:00 (2nd Sun of March), overlap 02:00->01:00 (Nov)
            ZoneId.of("Australia/Lord_Howe"),  // 30-minute DST: gap 02:00->02:30 (Oct), overlap 02:00->01:30 (Apr)
            ZoneId.of("Europe/Moscow"),        // no DST now; gap 2011-03-27 02:00, overlap 2014-10-26 02:00->01:00
            ZoneId.of("America/Santiago"),     // transitions at midnight: gap 00:00->01:00 (Sep), Sat 24:00->23:00 (Apr)
            ZoneId.of("America/Havana"));      // gap at 00:00->01:00 (Mar), overlap 01:00->00:00 (Nov)

    /** Year ends near which calendars are also tested. */
    static final List<LocalDate> YEAR_ENDS = List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31));

    /** Local dates (after the change) of each zone's offset transitions in 2011, 2014 and 2024-2026. */
    static List<LocalDate> transitionDates(ZoneId zone) {
        List<LocalDate> dates = new ArrayList<>();
        ZoneRules rules = zone.getRules();
        for (int year : new int[] {2011, 2014, 2024, 2025, 2026}) {
            Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            ZoneOffsetTransition transition = rules.nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
            while (transition != null && transition.getInstant().isBefore(end)) {
                dates.add(transition.getInstant().atZone(zone).toLocalDate());
                transition = rules.nextTransition(transition.getInstant());
            }
        }
        return dates;
    }

    /** Mostly a date of one of the zone's DST changes (when it has any), otherwise a year end. */
    static Arbitrary<LocalDate> anchors(ZoneId zone) {
        List<LocalDate> transitions = transitionDates(zone);
        if (transitions.isEmpty()) {
            return Arbitraries.of(YEAR_ENDS);
        }
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(transitions)), Tuple.of(1, Arbitraries.of(YEAR_ENDS)));
    }

    /** Minutes of the day that are likely to hit DST transitions, day boundaries and 24:00. */
    static final List<Integer> INTERESTING_MINUTES = List.of(
            0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 240,
            540, 780, 840, 1080, 1380, 1410, 1425, 1439, 1440);

    static final int INSTANT_WINDOW_DAYS = 14;
    static final int HOLIDAY_WINDOW_DAYS = 16;

    private CalendarArbitraries() {
    }

    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    static Arbitrary<Integer> minuteOfDay() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(0, 24 * 60)),
                Tuple.of(1, Arbitraries.of(INTERESTING_MINUTES)));
    }

    /** A minute-aligned local interval; sometimes empty, sometimes ending at 24:00. */
    static Arbitrary<DailyInterval> intervals() {
        return Combinators.combine(minuteOfDay(), minuteOfDay()).as((x, y) -> {
            int start = Math.min(x, y);
            int end = Math.max(x, y);
            if (start == 24 * 60) {
                start = 23 * 60;
            }
            return new DailyInterval(start * 60, end * 60);
        });
    }

    /** 0-3 possibly overlapping intervals per day; at least one non-empty interval in the week. */
    static Arbitrary<Map<DayOfWeek, List<DailyInterval>>> weeks() {
        return intervals().list().ofMinSize(0).ofMaxSize(3).list().ofSize(7)
                .filter(days -> days.stream().flatMap(List::stream).anyMatch(interval -> !interval.isEmpty()))
                .map(days -> {
                    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
                    for (int i = 0; i < 7; i++) {
                        if (!days.get(i).isEmpty()) {
                            week.put(DayOfWeek.of(i + 1), days.get(i));
                        }
                    }
                    return week;
                });
    }

    static Arbitrary<CalendarSpec> calendars() {
        Arbitrary<Tuple.Tuple2<ZoneId, LocalDate>> zoneAndAnchor =
                zones().flatMap(zone -> anchors(zone).map(anchor -> Tuple.of(zone, anchor)));
        return Combinators.combine(zoneAndAnchor, weeks(),
                        Arbitraries.integers().between(-HOLIDAY_WINDOW_DAYS, HOLIDAY_WINDOW_DAYS).set().ofMaxSize(6))
                .as((zoneAnchor, week, holidayOffsets) -> {
                    ZoneId zone = zoneAnchor.get1();
                    LocalDate anchor = zoneAnchor.get2();
                    Set<LocalDate> holidays = new TreeSet<>();
                    holidayOffsets.forEach(offset -> holidays.add(anchor.plusDays(offset)));
                    return new CalendarSpec(zone, anchor, week, holidays);
                });
    }

    /**
     * A minute-aligned instant within {@code anchor +- 14 days}, sometimes at an interesting local time, sometimes on
     * the day of the anchor (the DST change) or next to it.
     */
    static Arbitrary<Instant> instantsNear(CalendarSpec spec) {
        long anchorMinute = spec.anchor().atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 60;
        long window = INSTANT_WINDOW_DAYS * 24L * 60;
        Arbitrary<Instant> uniform = Arbitraries.longs().between(anchorMinute - window, anchorMinute + window)
                .map(minute -> Instant.ofEpochSecond(minute * 60));
        Arbitrary<Instant> interesting = Combinators.combine(
                        Arbitraries.integers().between(-INSTANT_WINDOW_DAYS, INSTANT_WINDOW_DAYS),
                        Arbitraries.of(INTERESTING_MINUTES).filter(minute -> minute < 24 * 60))
                .as((day, minute) -> ZonedDateTime.of(spec.anchor().plusDays(day),
                        LocalTime.ofSecondOfDay(minute * 60L), spec.zone()).toInstant());
        Arbitrary<Instant> aroundAnchor = Combinators.combine(
                        Arbitraries.integers().between(-1, 1), Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((day, minute) -> ZonedDateTime.of(spec.anchor().plusDays(day),
                        LocalTime.ofSecondOfDay(minute * 60L), spec.zone()).toInstant());
        return Arbitraries.frequencyOf(Tuple.of(5, uniform), Tuple.of(3, interesting), Tuple.of(2, aroundAnchor));
    }

    /**
     * Whole-minute durations: small, up to a day, and up to two weeks' worth of the calendar's working time (so the
     * minute-stepping reference stays within a few weeks of stepping).
     */
    static Arbitrary<Duration> durations(CalendarSpec spec) {
        long weekly = spec.weeklyMinutes();
        return Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(0L)),
                        Tuple.of(3, Arbitraries.longs().between(1, 180)),
                        Tuple.of(3, Arbitraries.longs().between(1, 24 * 60)),
                        Tuple.of(3, Arbitraries.longs().between(1, 2 * weekly)))
                .map(Duration::ofMinutes);
    }

    /** A whole-minute span of wall-clock time between 0 and 3 weeks. */
    static Arbitrary<Duration> lags() {
        return Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(0L)),
                        Tuple.of(3, Arbitraries.longs().between(1, 600)),
                        Tuple.of(3, Arbitraries.longs().between(1, 21L * 24 * 60)))
                .map(Duration::ofMinutes);
    }

    /** A calendar with everything a property may need. */
    record Sample(CalendarSpec spec, Instant t, Duration lag, Duration a, Duration b, LocalDate extraHoliday) {

        WorkCalendar calendar() {
            return spec.calendar();
        }

        MinuteSteppingCalendar reference() {
            return spec.reference();
        }
    }

    static Arbitrary<Sample> samples() {
        return calendars().flatMap(spec -> Combinators.combine(
                        instantsNear(spec), lags(), durations(spec), durations(spec),
                        Arbitraries.integers().between(-HOLIDAY_WINDOW_DAYS, HOLIDAY_WINDOW_DAYS))
                .as((t, lag, a, b, holidayOffset) ->
                        new Sample(spec, t, lag, a, b, spec.anchor().plusDays(holidayOffset))));
    }
}
