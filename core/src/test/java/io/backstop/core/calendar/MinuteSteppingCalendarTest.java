package io.backstop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Hand-checked examples for the test-only reference, so that agreeing with it means something. */
class MinuteSteppingCalendarTest {

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static Map<DayOfWeek, List<DailyInterval>> week(List<DayOfWeek> days, String... intervals) {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        List<DailyInterval> parsed = java.util.Arrays.stream(intervals).map(DailyInterval::parse).toList();
        days.forEach(day -> week.put(day, parsed));
        return week;
    }

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Test
    void ordinaryWeekWithLunchWeekendAndHoliday() {
        MinuteSteppingCalendar reference = new MinuteSteppingCalendar(ZoneId.of("Europe/Moscow"),
                week(WEEKDAYS, "09:00-13:00", "14:00-18:00"), Set.of(LocalDate.of(2025, 11, 4)));
        assertThat(reference.addWorking(at("2025-11-03T17:00+03:00"), Duration.ofHours(1))).isEqualTo(at("2025-11-03T18:00+03:00"));
        assertThat(reference.addWorking(at("2025-11-03T12:30+03:00"), Duration.ofHours(1))).isEqualTo(at("2025-11-03T14:30+03:00"));
        assertThat(reference.addWorking(at("2025-11-03T17:00+03:00"), Duration.ofHours(2))).isEqualTo(at("2025-11-05T10:00+03:00"));
        assertThat(reference.addWorking(at("2025-11-07T17:00+03:00"), Duration.ofHours(2))).isEqualTo(at("2025-11-10T10:00+03:00"));
        assertThat(reference.addWorking(at("2025-11-08T03:00+03:00"), Duration.ZERO)).isEqualTo(at("2025-11-08T03:00+03:00"));
        assertThat(reference.working(at("2025-11-03T00:00+03:00"), at("2025-11-10T00:00+03:00"))).isEqualTo(Duration.ofHours(32));
        assertThat(reference.working(at("2025-11-04T00:00+03:00"), at("2025-11-03T00:00+03:00"))).isZero();
        assertThat(reference.isWorkingMinute(at("2025-11-03T13:00+03:00"))).isFalse();
        assertThat(reference.isWorkingMinute(at("2025-11-03T12:59+03:00"))).isTrue();
    }

    @Test
    void berlinDaylightSavingDays() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        MinuteSteppingCalendar roundTheClock = new MinuteSteppingCalendar(berlin,
                week(List.of(DayOfWeek.values()), "00:00-24:00"), Set.of());
        assertThat(roundTheClock.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(Duration.ofHours(23));
        assertThat(roundTheClock.working(at("2025-10-26T00:00+02:00"), at("2025-10-27T00:00+01:00"))).isEqualTo(Duration.ofHours(25));

        MinuteSteppingCalendar oneToFour = new MinuteSteppingCalendar(berlin,
                week(List.of(DayOfWeek.values()), "01:00-04:00"), Set.of());
        assertThat(oneToFour.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(oneToFour.working(at("2025-10-26T00:00+02:00"), at("2025-10-27T00:00+01:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(oneToFour.addWorking(at("2025-10-26T01:00+02:00"), Duration.ofHours(2))).isEqualTo(at("2025-10-26T02:00+01:00"));

        // Bounds in the gap move forward by its length: 02:30-04:00 is 03:30-04:00 (+02:00).
        MinuteSteppingCalendar inGap = new MinuteSteppingCalendar(berlin,
                week(List.of(DayOfWeek.SUNDAY), "02:30-04:00"), Set.of());
        assertThat(inGap.working(at("2025-03-30T00:00+01:00"), at("2025-03-31T00:00+02:00"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(inGap.isWorkingMinute(at("2025-03-30T03:29+02:00"))).isFalse();
        assertThat(inGap.isWorkingMinute(at("2025-03-30T03:30+02:00"))).isTrue();
    }

    @Test
    void aSpanReachingPastLocalMidnightIsFoundFromTheNextDay() {
        // Santiago, Saturday 2025-09-06 22:00-24:00: 24:00 is in the midnight gap and becomes 01:00 (-03:00).
        MinuteSteppingCalendar reference = new MinuteSteppingCalendar(ZoneId.of("America/Santiago"),
                week(List.of(DayOfWeek.SATURDAY), "22:00-24:00"), Set.of());
        assertThat(reference.working(at("2025-09-06T00:00-04:00"), at("2025-09-08T00:00-03:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(reference.isWorkingMinute(at("2025-09-06T23:59-04:00"))).isTrue();
        assertThat(reference.isWorkingMinute(at("2025-09-07T01:00-03:00"))).isFalse();
    }

    @Test
    void onlyMinutesAreAccepted() {
        MinuteSteppingCalendar reference = new MinuteSteppingCalendar(ZoneId.of("UTC"),
                week(WEEKDAYS, "09:00-18:00"), Set.of());
        assertThatThrownBy(() -> reference.working(at("2025-11-03T09:00:30Z"), at("2025-11-03T10:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reference.addWorking(at("2025-11-03T09:00Z"), Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reference.addWorking(at("2025-11-03T09:00Z"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
