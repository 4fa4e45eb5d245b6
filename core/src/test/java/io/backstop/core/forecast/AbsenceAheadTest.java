package io.backstop.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.absence.HandedIn;
import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AbsenceAheadTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final WorkCalendar WEEKDAYS = new WorkCalendar(ZONE, Map.of(
            DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-17:00")),
            DayOfWeek.TUESDAY, List.of(DailyInterval.parse("09:00-17:00")),
            DayOfWeek.WEDNESDAY, List.of(DailyInterval.parse("09:00-17:00")),
            DayOfWeek.THURSDAY, List.of(DailyInterval.parse("09:00-17:00")),
            DayOfWeek.FRIDAY, List.of(DailyInterval.parse("09:00-17:00"))), List.of());

    static HandedIn away(String who, LocalDate from, int days, AbsenceKind kind, int noticeDays) {
        Absence a = new Absence(who, from.atStartOfDay(ZONE).toInstant(),
                from.plusDays(days).atStartOfDay(ZONE).toInstant(), kind);
        return new HandedIn(a, Optional.of(from.minusDays(noticeDays).atStartOfDay(ZONE).toInstant().plusSeconds(3600)));
    }

    @Test
    void sickLeaveAndShortNoticeAreUnplannedAVacationIsNot() {
        LocalDate mon = LocalDate.of(2026, 9, 7);
        assertThat(AbsenceAhead.unplanned(away("ivanova", mon, 1, AbsenceKind.SICK, 30))).isTrue();
        assertThat(AbsenceAhead.unplanned(away("ivanova", mon, 1, AbsenceKind.TIME_OFF, 0))).isTrue();
        assertThat(AbsenceAhead.unplanned(away("ivanova", mon, 5, AbsenceKind.VACATION, 30))).isFalse();
        assertThat(AbsenceAhead.unplanned(away("ivanova", mon, 1, AbsenceKind.BUSY, 0))).isFalse();
    }

    @Test
    void aPersonsRateTimesTheSeasonTimesTheirPlannedWeek() {
        // September..November 2026: 13 weeks, 65 working days; ivanova sick 6 days in November, 2 in September;
        // petrova never; a vacation does not count
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        List<HandedIn> history = List.of(away("ivanova", LocalDate.of(2026, 11, 9), 5, AbsenceKind.SICK, 0),
                away("ivanova", LocalDate.of(2026, 11, 16), 1, AbsenceKind.SICK, 0),
                away("ivanova", LocalDate.of(2026, 9, 14), 2, AbsenceKind.SICK, 0),
                away("petrova", LocalDate.of(2026, 10, 5), 5, AbsenceKind.VACATION, 40));
        AbsenceAhead ahead = AbsenceAhead.fromHistory(WEEKDAYS, List.of("ivanova", "petrova"), history, from, to);
        int workingDays = 22 + 22 + 21; // September, October, November 2026
        assertThat(ahead.rate("ivanova")).isCloseTo(8.0 / workingDays, within(1e-9));
        assertThat(ahead.rate("petrova")).isZero();
        // November lost 6 of ivanova's and petrova's 42 days; the whole history 8 of 130
        assertThat(ahead.season(LocalDate.of(2027, 11, 10))).isCloseTo((6.0 / 42) / (8.0 / 130), within(1e-9));
        assertThat(ahead.season(LocalDate.of(2027, 1, 10))).isEqualTo(1.0); // January is not in the history
        PersonWeek week = new PersonWeek("ivanova", LocalDate.of(2027, 1, 11), 40 * 60, 1.0);
        assertThat(ahead.expectedLoss(week)).isCloseTo(40 * 8.0 / workingDays, within(1e-9));
    }
}
