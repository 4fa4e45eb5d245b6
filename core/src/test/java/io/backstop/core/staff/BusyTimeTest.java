package io.backstop.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Busy time reaches at most one working day ahead. */
class BusyTimeTest {

    private static final List<DailyInterval> DAY = List.of(DailyInterval.parse("09:00-13:00"),
            DailyInterval.parse("14:00-18:00"));
    private static final WorkCalendar CALENDAR = new WorkCalendar(java.time.ZoneId.of("Europe/Moscow"),
            Map.of(DayOfWeek.MONDAY, DAY, DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY,
                    DayOfWeek.THURSDAY, DAY, DayOfWeek.FRIDAY, List.of(DailyInterval.parse("09:00-13:00"),
                            DailyInterval.parse("14:00-17:00"))),
            List.of(LocalDate.of(2026, 11, 4)));

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    @Test
    void atMostOneWorkingDayAhead() {
        assertThat(BusyTime.workingDay(CALENDAR, at("2026-11-02T10:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(BusyTime.latestEnd(CALENDAR, at("2026-11-02T10:00"))).isEqualTo(at("2026-11-03T10:00"));
        // before the day starts: to its end; after it ends: to the next working day's end
        assertThat(BusyTime.latestEnd(CALENDAR, at("2026-11-02T07:00"))).isEqualTo(at("2026-11-02T18:00"));
        assertThat(BusyTime.latestEnd(CALENDAR, at("2026-11-02T19:00"))).isEqualTo(at("2026-11-03T18:00"));
        // over the Wednesday holiday: Tuesday 15:00 + 8 working hours is Thursday 15:00
        assertThat(BusyTime.latestEnd(CALENDAR, at("2026-11-03T15:00"))).isEqualTo(at("2026-11-05T15:00"));
        // Friday evening: Monday's day is 8 hours long
        assertThat(BusyTime.latestEnd(CALENDAR, at("2026-11-06T17:30"))).isEqualTo(at("2026-11-09T18:00"));
    }

    @Test
    void theEndOfTodaysWorkingTimeWhileItIsAhead() {
        assertThat(BusyTime.endOfToday(CALENDAR, at("2026-11-02T10:00"))).contains(at("2026-11-02T18:00"));
        assertThat(BusyTime.endOfToday(CALENDAR, at("2026-11-06T12:00"))).contains(at("2026-11-06T17:00"));
        assertThat(BusyTime.endOfToday(CALENDAR, at("2026-11-02T18:00"))).isEmpty();
        assertThat(BusyTime.endOfToday(CALENDAR, at("2026-11-04T10:00"))).isEmpty(); // a holiday
    }

    @Test
    void aCalendarWithoutWorkingTimeNearAllowsNone() {
        WorkCalendar holidays = new WorkCalendar(java.time.ZoneId.of("UTC"),
                Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-10:00"))),
                LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2028, 1, 1))
                        .filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY).toList());
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(BusyTime.latestEnd(holidays, now)).isEqualTo(now);
    }
}
