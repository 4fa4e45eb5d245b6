package io.backstop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples for {@link WorkCalendar}, following the "Working time" section of docs/sla-semantics.md. */
class WorkCalendarTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow"); // +03:00 all year since 2014-10-26
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Map<DayOfWeek, List<DailyInterval>> weekdays(String... intervals) {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, parse(intervals));
        }
        return week;
    }

    private static Map<DayOfWeek, List<DailyInterval>> everyDay(String... intervals) {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, parse(intervals));
        }
        return week;
    }

    private static List<DailyInterval> parse(String... intervals) {
        return Arrays.stream(intervals).map(DailyInterval::parse).toList();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    @Nested
    class OrdinaryWeek {

        // 2025-11-03 is a Monday; Moscow is +03:00.
        private final WorkCalendar calendar = new WorkCalendar(MOSCOW, weekdays("09:00-18:00"), Set.of());

        @Test
        void anHourBeforeTheEndOfTheDayEndsAtTheEndOfTheDayNotTheNextMorning() {
            assertThat(calendar.addWorking(at("2025-11-03T17:00+03:00"), hours(1))).isEqualTo(at("2025-11-03T18:00+03:00"));
        }

        @Test
        void addingZeroGivesTheStartEvenOutsideWorkingTime() {
            Instant midweek = at("2025-11-05T11:17+03:00");
            Instant saturdayNight = at("2025-11-08T03:00+03:00");
            assertThat(calendar.addWorking(midweek, Duration.ZERO)).isEqualTo(midweek);
            assertThat(calendar.addWorking(saturdayNight, Duration.ZERO)).isEqualTo(saturdayNight);
        }

        @Test
        void startingOutsideWorkingTimeWaitsForTheNextInterval() {
            assertThat(calendar.addWorking(at("2025-11-03T06:00+03:00"), minutes(30))).isEqualTo(at("2025-11-03T09:30+03:00"));
            assertThat(calendar.addWorking(at("2025-11-03T18:00+03:00"), minutes(30))).isEqualTo(at("2025-11-04T09:30+03:00"));
        }

        @Test
        void aFullDayOfWorkFromTheStartOfTheDayEndsThatEvening() {
            assertThat(calendar.addWorking(at("2025-11-03T09:00+03:00"), hours(9))).isEqualTo(at("2025-11-03T18:00+03:00"));
        }

        @Test
        void skipsTheWeekend() {
            // Friday 17:00 + 2h: one hour on Friday, then Saturday and Sunday are off, one hour on Monday.
            assertThat(calendar.addWorking(at("2025-11-07T17:00+03:00"), hours(2))).isEqualTo(at("2025-11-10T10:00+03:00"));
            assertThat(calendar.working(at("2025-11-07T17:00+03:00"), at("2025-11-10T10:00+03:00"))).isEqualTo(hours(2));
            assertThat(calendar.working(at("2025-11-08T00:00+03:00"), at("2025-11-10T00:00+03:00"))).isZero();
        }

        @Test
        void workingIsZeroForEmptyAndReversedRanges() {
            Instant t = at("2025-11-03T10:00+03:00");
            assertThat(calendar.working(t, t)).isZero();
            assertThat(calendar.working(t.plusSeconds(3600), t)).isZero();
        }

        @Test
        void aWholeWeekHasFortyFiveHours() {
            assertThat(calendar.working(at("2025-11-03T00:00+03:00"), at("2025-11-10T00:00+03:00"))).isEqualTo(hours(45));
        }

        @Test
        void negativeAmountsAreRejected() {
            assertThatThrownBy(() -> calendar.addWorking(at("2025-11-03T10:00+03:00"), minutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not be negative");
        }

        @Test
        void isWorkingIsHalfOpen() {
            assertThat(calendar.isWorking(at("2025-11-03T08:59+03:00"))).isFalse();
            assertThat(calendar.isWorking(at("2025-11-03T09:00+03:00"))).isTrue();
            assertThat(calendar.isWorking(at("2025-11-03T17:59:59+03:00"))).isTrue();
            assertThat(calendar.isWorking(at("2025-11-03T18:00+03:00"))).isFalse();
        }

        @Test
        void secondsAndNanosAreKept() {
            assertThat(calendar.addWorking(at("2025-11-03T17:59:30.5+03:00"), Duration.ofMillis(1500)))
                    .isEqualTo(at("2025-11-03T17:59:32+03:00"));
            assertThat(calendar.addWorking(at("2025-11-03T17:59:30+03:00"), Duration.ofSeconds(45)))
                    .isEqualTo(at("2025-11-04T09:00:15+03:00"));
        }
    }

    @Test
    void skipsTheLunchBreak() {
        WorkCalendar calendar = new WorkCalendar(MOSCOW, weekdays("09:00-13:00", "14:00-18:00"), Set.of());
        // 12:30 + 1h: 30 minutes before lunch, 30 minutes after it.
        assertThat(calendar.addWorking(at("2025-11-03T12:30+03:00"), hours(1))).isEqualTo(at("2025-11-03T14:30+03:00"));
        // Exactly the time before lunch: ends when lunch starts, not after it.
        assertThat(calendar.addWorking(at("2025-11-03T12:30+03:00"), minutes(30))).isEqualTo(at("2025-11-03T13:00+03:00"));
        // Starting during lunch.
        assertThat(calendar.addWorking(at("2025-11-03T13:20+03:00"), minutes(10))).isEqualTo(at("2025-11-03T14:10+03:00"));
        assertThat(calendar.working(at("2025-11-03T12:00+03:00"), at("2025-11-03T15:00+03:00"))).isEqualTo(hours(2));
        assertThat(calendar.isWorking(at("2025-11-03T13:30+03:00"))).isFalse();
    }

    @Test
    void overlappingAndTouchingIntervalsCountOnce() {
        WorkCalendar calendar = new WorkCalendar(MOSCOW,
                weekdays("09:00-12:00", "11:00-13:00", "13:00-14:00", "10:00-10:30", "16:00-16:00"), Set.of());
        // The week keeps what the admin wrote (sorted, empty ones dropped); the union is taken on instants.
        assertThat(calendar.week().get(DayOfWeek.MONDAY)).containsExactly(DailyInterval.parse("09:00-12:00"),
                DailyInterval.parse("10:00-10:30"), DailyInterval.parse("11:00-13:00"), DailyInterval.parse("13:00-14:00"));
        assertThat(calendar.working(at("2025-11-03T00:00+03:00"), at("2025-11-04T00:00+03:00"))).isEqualTo(hours(5));
        assertThat(calendar.addWorking(at("2025-11-03T09:00+03:00"), hours(5))).isEqualTo(at("2025-11-03T14:00+03:00"));
    }

    @Test
    void skipsAHoliday() {
        // 2025-11-04 (Tuesday) is a public holiday in Russia.
        WorkCalendar calendar = new WorkCalendar(MOSCOW, weekdays("09:00-18:00"), Set.of(LocalDate.of(2025, 11, 4)));
        assertThat(calendar.addWorking(at("2025-11-03T17:00+03:00"), hours(2))).isEqualTo(at("2025-11-05T10:00+03:00"));
        assertThat(calendar.working(at("2025-11-04T00:00+03:00"), at("2025-11-05T00:00+03:00"))).isZero();
        assertThat(calendar.workingSpans(LocalDate.of(2025, 11, 4))).isEmpty();
        assertThat(calendar.isWorking(at("2025-11-04T12:00+03:00"))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 11, 4))).isTrue();
    }

    @Test
    void skipsTheLongNewYearHolidays() {
        // Russian New Year holidays 2026: January 1-8 (Thursday to Thursday); the first working day is Friday January 9.
        List<LocalDate> newYear = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2026, 1, 9)).toList();
        WorkCalendar calendar = new WorkCalendar(MOSCOW, weekdays("09:00-18:00"), newYear);
        // Wednesday December 31 17:00 + 2h: one hour in 2025, the other on January 9.
        assertThat(calendar.addWorking(at("2025-12-31T17:00+03:00"), hours(2))).isEqualTo(at("2026-01-09T10:00+03:00"));
        assertThat(calendar.working(at("2025-12-31T18:00+03:00"), at("2026-01-09T09:00+03:00"))).isZero();
        assertThat(calendar.working(at("2025-12-31T00:00+03:00"), at("2026-01-10T00:00+03:00"))).isEqualTo(hours(18));
    }

    @Test
    void crossesTheYearEnd() {
        // Tuesday 2024-12-31 17:30 + 1h: 30 minutes in 2024, 30 minutes on Wednesday 2025-01-01 (no holidays here).
        WorkCalendar calendar = new WorkCalendar(MOSCOW, weekdays("09:00-18:00"), Set.of());
        assertThat(calendar.addWorking(at("2024-12-31T17:30+03:00"), hours(1))).isEqualTo(at("2025-01-01T09:30+03:00"));
        assertThat(calendar.working(at("2024-12-31T17:00+03:00"), at("2025-01-01T10:00+03:00"))).isEqualTo(hours(2));
    }

    @Test
    void intervalsEndingAtMidnightJoinTheNextDay() {
        // Monday 22:00-24:00 and Tuesday 00:00-02:00 form one stretch across midnight.
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, parse("22:00-24:00"));
        week.put(DayOfWeek.TUESDAY, parse("00:00-02:00"));
        WorkCalendar calendar = new WorkCalendar(MOSCOW, week, Set.of());
        assertThat(calendar.addWorking(at("2025-11-03T23:00+03:00"), hours(2))).isEqualTo(at("2025-11-04T01:00+03:00"));
        assertThat(calendar.working(at("2025-11-03T00:00+03:00"), at("2025-11-05T00:00+03:00"))).isEqualTo(hours(4));
        assertThat(calendar.isWorking(at("2025-11-04T00:00+03:00"))).isTrue();
        // After Tuesday 02:00 the next working time is next Monday 22:00.
        assertThat(calendar.addWorking(at("2025-11-04T02:00+03:00"), minutes(1))).isEqualTo(at("2025-11-10T22:01+03:00"));
    }

    @Test
    void aWeekWithoutWorkingTimeIsRejected() {
        assertThatThrownBy(() -> new WorkCalendar(MOSCOW, Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no working time");
        assertThatThrownBy(() -> new WorkCalendar(MOSCOW, Map.of(DayOfWeek.MONDAY, List.of()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no working time");
        assertThatThrownBy(() -> new WorkCalendar(MOSCOW,
                Map.of(DayOfWeek.MONDAY, parse("09:00-09:00"), DayOfWeek.FRIDAY, parse("18:00-18:00")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no working time");
    }

    /**
     * Europe/Berlin: on Sunday 2025-03-30 clocks jump from 02:00 (+01:00) to 03:00 (+02:00); on Sunday 2025-10-26
     * they fall back from 03:00 (+02:00) to 02:00 (+01:00). Expected values are worked out in UTC in the comments.
     */
    @Nested
    class BerlinDaylightSaving {

        @Test
        void roundTheClockOnTheSpringForwardDayHasTwentyThreeHours() {
            WorkCalendar calendar = new WorkCalendar(BERLIN, everyDay("00:00-24:00"), Set.of());
            // Sunday starts at 00:00+01:00 = Sat 23:00Z and Monday at 00:00+02:00 = Sun 22:00Z: 23 hours.
            assertThat(calendar.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(hours(23));
            // Two hours after midnight: 23:00Z + 2h = 01:00Z, which is 03:00+02:00 (02:00-03:00 does not exist).
            assertThat(calendar.addWorking(at("2025-03-30T00:00+01:00"), hours(2))).isEqualTo(at("2025-03-30T03:00+02:00"));
            // A full day of work from Sunday midnight ends at Monday midnight.
            assertThat(calendar.addWorking(at("2025-03-30T00:00+01:00"), hours(23))).isEqualTo(at("2025-03-31T00:00+02:00"));
        }

        @Test
        void roundTheClockOnTheFallBackDayHasTwentyFiveHours() {
            WorkCalendar calendar = new WorkCalendar(BERLIN, everyDay("00:00-24:00"), Set.of());
            // Sunday starts at 00:00+02:00 = Sat 22:00Z and Monday at 00:00+01:00 = Sun 23:00Z: 25 hours.
            assertThat(calendar.working(at("2025-10-26T00:00+02:00"), at("2025-10-27T00:00+01:00"))).isEqualTo(hours(25));
            // Three hours after midnight: 22:00Z + 3h = 01:00Z, the second 02:00 of the night (+01:00).
            assertThat(calendar.addWorking(at("2025-10-26T00:00+02:00"), hours(3))).isEqualTo(at("2025-10-26T02:00+01:00"));
            // The weekend then has 24 + 25 = 49 hours.
            assertThat(calendar.working(at("2025-10-25T00:00+02:00"), at("2025-10-27T00:00+01:00"))).isEqualTo(hours(49));
        }

        @Test
        void oneToFourOnTheSpringForwardDayIsTwoHours() {
            WorkCalendar calendar = new WorkCalendar(BERLIN, everyDay("01:00-04:00"), Set.of());
            // 01:00+01:00 = 00:00Z to 04:00+02:00 = 02:00Z: two real hours.
            assertThat(calendar.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(hours(2));
            assertThat(calendar.workingSpans(LocalDate.of(2025, 3, 30)))
                    .containsExactly(new WorkingSpan(at("2025-03-30T00:00Z"), at("2025-03-30T02:00Z")));
            // 90 minutes from 01:00: 00:00Z + 90 min = 01:30Z = 03:30+02:00.
            assertThat(calendar.addWorking(at("2025-03-30T01:00+01:00"), minutes(90))).isEqualTo(at("2025-03-30T03:30+02:00"));
            // From Saturday 03:00 (+01:00): one hour on Saturday (03:00-04:00), then one hour from Sunday 01:00+01:00
            // = 00:00Z, ending at 01:00Z = 03:00+02:00.
            assertThat(calendar.addWorking(at("2025-03-29T03:00+01:00"), hours(2))).isEqualTo(at("2025-03-30T03:00+02:00"));
            // The whole interval and a minute more: the minute comes from Monday 01:00+02:00.
            assertThat(calendar.addWorking(at("2025-03-30T01:00+01:00"), minutes(121))).isEqualTo(at("2025-03-31T01:01+02:00"));
        }

        @Test
        void oneToFourOnTheFallBackDayIsFourHours() {
            WorkCalendar calendar = new WorkCalendar(BERLIN, everyDay("01:00-04:00"), Set.of());
            // 01:00+02:00 = Sat 23:00Z to 04:00+01:00 = 03:00Z: four real hours (02:00-03:00 happens twice).
            assertThat(calendar.working(at("2025-10-26T00:00+02:00"), at("2025-10-27T00:00+01:00"))).isEqualTo(hours(4));
            assertThat(calendar.workingSpans(LocalDate.of(2025, 10, 26)))
                    .containsExactly(new WorkingSpan(at("2025-10-25T23:00Z"), at("2025-10-26T03:00Z")));
            // Two hours from 01:00+02:00: 23:00Z + 2h = 01:00Z, the second 02:00 (+01:00), not 03:00.
            assertThat(calendar.addWorking(at("2025-10-26T01:00+02:00"), hours(2))).isEqualTo(at("2025-10-26T02:00+01:00"));
            assertThat(calendar.addWorking(at("2025-10-26T01:00+02:00"), hours(4))).isEqualTo(at("2025-10-26T04:00+01:00"));
            // Starting in the second 02:30 (+01:00) = 01:30Z: 90 minutes are left until 03:00Z.
            assertThat(calendar.working(at("2025-10-26T02:30+01:00"), at("2025-10-27T00:00+01:00"))).isEqualTo(minutes(90));
        }

        @Test
        void boundsInsideTheGapMoveForwardByTheGapLength() {
            // 02:30 does not exist on 2025-03-30; it becomes 03:30+02:00 (01:30Z). 04:00+02:00 is 02:00Z.
            WorkCalendar late = new WorkCalendar(BERLIN, Map.of(DayOfWeek.SUNDAY, parse("02:30-04:00")), Set.of());
            assertThat(late.workingSpans(LocalDate.of(2025, 3, 30)))
                    .containsExactly(new WorkingSpan(at("2025-03-30T03:30+02:00"), at("2025-03-30T04:00+02:00")));
            // An end in the gap moves forward too: 01:00+01:00 (00:00Z) to 03:30+02:00 (01:30Z) is 90 minutes.
            WorkCalendar early = new WorkCalendar(BERLIN, Map.of(DayOfWeek.SUNDAY, parse("01:00-02:30")), Set.of());
            assertThat(early.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(minutes(90));
            // An interval wholly inside the gap keeps its length: 02:10-02:40 becomes 03:10-03:40 (+02:00).
            WorkCalendar inside = new WorkCalendar(BERLIN, Map.of(DayOfWeek.SUNDAY, parse("02:10-02:40")), Set.of());
            assertThat(inside.addWorking(at("2025-03-30T00:00+01:00"), minutes(1))).isEqualTo(at("2025-03-30T03:11+02:00"));
        }

        @Test
        void boundsInsideTheOverlapTakeTheEarlierOffset() {
            // On 2025-10-26, 02:30 exists twice; the earlier (+02:00, 00:30Z) is taken for the start. The end
            // 03:30+01:00 is 02:30Z: two real hours.
            WorkCalendar calendar = new WorkCalendar(BERLIN, Map.of(DayOfWeek.SUNDAY, parse("02:30-03:30")), Set.of());
            assertThat(calendar.workingSpans(LocalDate.of(2025, 10, 26)))
                    .containsExactly(new WorkingSpan(at("2025-10-26T02:30+02:00"), at("2025-10-26T03:30+01:00")));
            assertThat(calendar.working(at("2025-10-26T00:00+02:00"), at("2025-10-27T00:00+01:00"))).isEqualTo(hours(2));
        }
    }

    @Test
    void lordHoweHasThirtyMinuteDaylightSaving() {
        // Australia/Lord_Howe: 2025-04-06 02:00 (+11:00) falls back to 01:30 (+10:30); 2025-10-05 02:00 (+10:30)
        // jumps to 02:30 (+11:00). Round the clock those days last 24.5 h and 23.5 h.
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        WorkCalendar calendar = new WorkCalendar(lordHowe, everyDay("00:00-24:00"), Set.of());
        assertThat(calendar.working(at("2025-04-06T00:00+11:00"), at("2025-04-07T00:00+10:30"))).isEqualTo(minutes(24 * 60 + 30));
        assertThat(calendar.working(at("2025-10-05T00:00+10:30"), at("2025-10-06T00:00+11:00"))).isEqualTo(minutes(23 * 60 + 30));
        // 01:00-03:00 on the spring-forward day: 01:00+10:30 to 03:00+11:00 is 90 real minutes.
        WorkCalendar short_ = new WorkCalendar(lordHowe, everyDay("01:00-03:00"), Set.of());
        assertThat(short_.addWorking(at("2025-10-05T01:00+10:30"), minutes(60))).isEqualTo(at("2025-10-05T02:30+11:00"));
        assertThat(short_.addWorking(at("2025-10-05T01:00+10:30"), minutes(91))).isEqualTo(at("2025-10-06T01:01+11:00"));
    }

    @Test
    void santiagoChangesAtMidnight() {
        // America/Santiago: on Sunday 2025-09-07 00:00 (-04:00) jumps to 01:00 (-03:00), so Saturday's 24:00 is the
        // instant 01:00-03:00 = 04:00Z, and Sunday's 00:00 moves forward to the same instant.
        ZoneId santiago = ZoneId.of("America/Santiago");
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.SATURDAY, parse("22:00-24:00"));
        week.put(DayOfWeek.SUNDAY, parse("00:00-02:00"));
        WorkCalendar calendar = new WorkCalendar(santiago, week, Set.of());
        // Saturday 22:00-04:00 = 02:00Z to 04:00Z (2 h), Sunday 04:00Z to 02:00-03:00 = 05:00Z (1 h).
        assertThat(calendar.working(at("2025-09-06T00:00-04:00"), at("2025-09-08T00:00-03:00"))).isEqualTo(hours(3));
        assertThat(calendar.addWorking(at("2025-09-06T23:00-04:00"), minutes(90))).isEqualTo(at("2025-09-07T01:30-03:00"));
        // On Sunday 2025-04-06 00:00 (-03:00) falls back to Saturday 23:00 (-04:00): Saturday 22:00-24:00 is
        // 22:00-03:00 = 01:00Z to Sunday 00:00-04:00 = 04:00Z, three real hours; Sunday 00:00-02:00 is two more.
        assertThat(calendar.working(at("2025-04-05T00:00-03:00"), at("2025-04-07T00:00-04:00"))).isEqualTo(hours(5));
        // Two hours from Saturday 22:00 end in the second 23:00 of the night (-04:00), not at midnight.
        assertThat(calendar.addWorking(at("2025-04-05T22:00-03:00"), hours(2))).isEqualTo(at("2025-04-05T23:00-04:00"));
    }

    /**
     * Suspected bug: {@link WorkCalendar} sums the lengths of a day's spans instead of measuring their union. On a
     * spring-forward day an end inside the gap moves forward past the start of a later interval of the same day, so
     * the two spans overlap as instants and the overlap is counted twice.
     *
     * <p>Europe/Berlin, Sundays 01:00-02:30 and 03:00-03:15, Sunday 2025-03-30. By the spec 01:00-02:30 is
     * [01:00+01:00, 03:30+02:00) = [00:00Z, 01:30Z) and 03:00-03:15 is [01:00Z, 01:15Z), which lies inside it: 90
     * minutes of working time. WorkCalendar reports 105 minutes, more than the 90 minutes of wall-clock time in the
     * range, and addWorking(00:00Z, 100 min) returns 01:10Z - earlier than addWorking(00:00Z, 90 min) = 01:30Z; by
     * the spec the last 10 minutes come from the next Sunday (only Sundays work), 2025-04-06 01:00+02:00 =
     * 2025-04-05T23:00Z, giving 2025-04-05T23:10Z.
     */
    @Test
    void suspectedBugGapMovedEndOverlapsLaterIntervalAndIsCountedTwice() {
        WorkCalendar calendar = new WorkCalendar(BERLIN,
                Map.of(DayOfWeek.SUNDAY, parse("01:00-02:30", "03:00-03:15")), Set.of());
        Instant from = at("2025-03-30T00:00Z");
        assertThat(calendar.working(from, at("2025-03-30T01:30Z"))).isEqualTo(minutes(90));
        assertThat(calendar.addWorking(from, minutes(100))).isEqualTo(at("2025-04-05T23:10Z"));
    }

    /**
     * Suspected bug: {@link WorkCalendar} merges overlapping listed intervals in local time before turning them into
     * instants. Inside a DST gap that conversion is not monotone (02:50 becomes 03:50, later than 03:20), so merging
     * first is not the same as uniting the converted intervals, which is what the spec's "intersection of [a, b) with
     * working intervals" asks for.
     *
     * <p>Europe/Berlin, Sundays 02:50-03:20 and 03:10-03:30, Sunday 2025-03-30. By the spec 02:50-03:20 becomes
     * [03:50+02:00, 03:20+02:00), empty, and 03:10-03:30 becomes [03:10+02:00, 03:30+02:00): 20 minutes.
     * WorkCalendar merges them into 02:50-03:30 = [03:50+02:00, 03:30+02:00), which is empty: 0 minutes.
     */
    @Test
    void suspectedBugMergingBeforeConversionLosesTimeInAGap() {
        WorkCalendar calendar = new WorkCalendar(BERLIN,
                Map.of(DayOfWeek.SUNDAY, parse("02:50-03:20", "03:10-03:30")), Set.of());
        assertThat(calendar.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(minutes(20));
        assertThat(calendar.addWorking(at("2025-03-30T00:00+01:00"), minutes(20))).isEqualTo(at("2025-03-30T03:30+02:00"));
    }

    /** The reference agrees with the two examples above, so the expectations there are what the spec says. */
    @Test
    void referenceAgreesWithTheSuspectedBugExpectations() {
        MinuteSteppingCalendar doubled = new MinuteSteppingCalendar(BERLIN,
                Map.of(DayOfWeek.SUNDAY, parse("01:00-02:30", "03:00-03:15")), Set.of());
        assertThat(doubled.working(at("2025-03-30T00:00Z"), at("2025-03-30T01:30Z"))).isEqualTo(minutes(90));
        assertThat(doubled.addWorking(at("2025-03-30T00:00Z"), minutes(100))).isEqualTo(at("2025-04-05T23:10Z"));

        MinuteSteppingCalendar merged = new MinuteSteppingCalendar(BERLIN,
                Map.of(DayOfWeek.SUNDAY, parse("02:50-03:20", "03:10-03:30")), Set.of());
        assertThat(merged.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(minutes(20));
        assertThat(merged.addWorking(at("2025-03-30T00:00+01:00"), minutes(20))).isEqualTo(at("2025-03-30T03:30+02:00"));
    }
}
