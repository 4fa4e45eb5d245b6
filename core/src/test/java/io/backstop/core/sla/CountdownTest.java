package io.backstop.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The countdown on the department's calendar of the browser tests: Moscow, Monday to Thursday 09:00-13:00 and
 * 14:00-18:00, Friday until 17:00, Wednesday 4 November 2026 a holiday. The cases of issue 15 ("one countdown"):
 * the screens must not count nights, lunch breaks or holidays.
 */
class CountdownTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    static WorkCalendar department() {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-18:00")));
        }
        week.put(DayOfWeek.FRIDAY, List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-17:00")));
        return new WorkCalendar(MOSCOW, week, List.of(LocalDate.of(2026, 11, 4)));
    }

    private static Instant moscow(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    private static Countdown at(String due, String now) {
        return Countdown.at(department(), moscow(due), moscow(now));
    }

    @Test
    void timeLeftBeforeLunchDoesNotCountTheBreak() {
        // due 14:10, now 12:45: 15 minutes before lunch and 10 after it; calendar time would say 1 h 25 min
        Countdown countdown = at("2026-11-03T14:10", "2026-11-03T12:45");
        assertThat(countdown.workingSecondsLeft()).isEqualTo(25 * 60);
        assertThat(countdown.paused()).isFalse();
        assertThat(countdown.timeIsUp()).isFalse();
        assertThat(countdown.left()).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void overdueOverANightCountsOnlyTheWorkingHours() {
        // due Monday 18:00, now Tuesday 12:45: 3 h 45 min of working time late, not 18 h 45 min
        Countdown countdown = at("2026-11-02T18:00", "2026-11-03T12:45");
        assertThat(countdown.workingSecondsLeft()).isEqualTo(-(3 * 3600 + 45 * 60));
        assertThat(countdown.timeIsUp()).isTrue();
    }

    @Test
    void atTheDueInstantNoTimeIsLeft() {
        Countdown countdown = at("2026-11-02T11:02", "2026-11-02T11:02");
        assertThat(countdown.workingSecondsLeft()).isZero();
        assertThat(countdown.timeIsUp()).isTrue();
        assertThat(at("2026-11-02T11:02", "2026-11-02T11:01").workingSecondsLeft()).isEqualTo(60);
        assertThat(at("2026-11-02T11:02", "2026-11-02T11:03").workingSecondsLeft()).isEqualTo(-60);
    }

    @Test
    void outsideWorkingTimeTheCountdownIsPausedAndStandsStill() {
        // Tuesday's lunch: paused, and 13:10 and 13:50 show the same number
        Countdown early = at("2026-11-03T14:10", "2026-11-03T13:10");
        Countdown late = at("2026-11-03T14:10", "2026-11-03T13:50");
        assertThat(early.paused()).isTrue();
        assertThat(early.workingSecondsLeft()).isEqualTo(10 * 60).isEqualTo(late.workingSecondsLeft());
        // the evening, the holiday and the weekend are paused too; an overdue issue stays as late as it was
        assertThat(at("2026-11-03T17:00", "2026-11-03T19:00").paused()).isTrue();
        assertThat(at("2026-11-03T17:00", "2026-11-03T19:00").workingSecondsLeft()).isEqualTo(-3600);
        assertThat(at("2026-11-03T17:00", "2026-11-04T12:00").paused()).isTrue();
        assertThat(at("2026-11-03T17:00", "2026-11-04T12:00").workingSecondsLeft()).isEqualTo(-3600);
        assertThat(at("2026-11-06T16:30", "2026-11-07T11:00").paused()).isTrue();
        assertThat(at("2026-11-06T16:30", "2026-11-07T11:00").workingSecondsLeft()).isEqualTo(-30 * 60);
    }

    @Test
    void aBoundaryOfWorkingTimeCountsAsWhereTheIntervalIs() {
        assertThat(at("2026-11-03T17:00", "2026-11-03T09:00").paused()).as("09:00 starts working time").isFalse();
        assertThat(at("2026-11-03T17:00", "2026-11-03T13:00").paused()).as("13:00 ends it").isTrue();
        assertThat(at("2026-11-03T17:00", "2026-11-03T14:00").paused()).isFalse();
        assertThat(at("2026-11-03T17:00", "2026-11-03T18:00").paused()).isTrue();
    }

    @Test
    void overdueOnlyByNonWorkingTimeIsZeroNotLate() {
        // due at the end of the day, read in the evening: the time is up, yet no working time has been lost
        Countdown countdown = at("2026-11-02T18:00", "2026-11-02T21:00");
        assertThat(countdown.workingSecondsLeft()).isZero();
        assertThat(countdown.timeIsUp()).isTrue();
        assertThat(countdown.paused()).isTrue();
    }

    @Test
    void fractionsOfASecondGoTowardsZero() {
        Instant due = moscow("2026-11-02T11:00");
        WorkCalendar calendar = department();
        assertThat(Countdown.at(calendar, due, due.minusMillis(1500)).workingSecondsLeft()).isEqualTo(1);
        assertThat(Countdown.at(calendar, due, due.minusMillis(500)).workingSecondsLeft()).isZero();
        assertThat(Countdown.at(calendar, due, due.plusMillis(500)).workingSecondsLeft()).isZero();
        assertThat(Countdown.at(calendar, due, due.plusMillis(1500)).workingSecondsLeft()).isEqualTo(-1);
    }

    @Test
    void everythingIsNeeded() {
        Instant now = moscow("2026-11-02T11:00");
        assertThatThrownBy(() -> Countdown.at(null, now, now)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Countdown.at(department(), null, now)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Countdown.at(department(), now, null)).isInstanceOf(NullPointerException.class);
    }
}
