package io.backstop.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.Output;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.InvalidFieldException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ForecastTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 30);
    /** Every day a working day, no holidays: last year's source is the same weekday 52 weeks before. */
    static final SeasonMap ALL_DAYS = new SeasonMap(d -> true, new java.util.TreeSet<>());

    @Test
    void lastYearScaledByTheTrendCountsHalfOutsideHolidays() {
        Map<LocalDate, Double> history = new TreeMap<>();
        for (int i = 1; i <= 60; i++) {
            history.put(FIRST.minusWeeks(i), 50.0);
        }
        LocalDate peakAgo = FIRST.plusWeeks(2).minusWeeks(52);
        history.put(peakAgo, 120.0);
        // the last four weeks did 40 a week against 50 a year before: the trend is 0.8, the level 40 a week
        for (int i = 1; i <= 4; i++) {
            history.put(FIRST.minusWeeks(i), 40.0);
        }
        LoadForecast forecast = new LoadForecast(history, FIRST, ALL_DAYS);
        assertThat(forecast.trend()).isCloseTo(0.8, within(1e-9));
        List<WeekLoad> weeks = forecast.next(4);
        assertThat(weeks).extracting(WeekLoad::basis).containsOnly(LoadBasis.SEASONAL);
        assertThat(weeks.get(0).normHours()).isCloseTo(40, within(1e-9));
        // last year's peak of 120, scaled to 96, is one year's swing: half of it and half the level of 40
        assertThat(weeks.get(2).normHours()).isCloseTo(0.5 * 96 + 0.5 * 40, within(1e-9));
        assertThat(weeks.get(2).week()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void theTrendComesFromTheRecentWeeksLastYearCovers() {
        Map<LocalDate, Double> history = new TreeMap<>();
        // the history starts 54 weeks back: only the last two weeks' year-ago days are in it
        for (int i = 1; i <= 54; i++) {
            history.put(FIRST.minusWeeks(i), i <= 4 ? 60.0 : 50.0);
        }
        LoadForecast forecast = new LoadForecast(history, FIRST, ALL_DAYS);
        assertThat(forecast.trend()).isCloseTo(60.0 / 50, within(1e-9));
        assertThat(forecast.next(1).get(0).basis()).isEqualTo(LoadBasis.SEASONAL);
        // with none of them covered there is no trend to scale last year by: the level alone
        Map<LocalDate, Double> shorter = new TreeMap<>(history);
        shorter.keySet().removeIf(day -> day.isBefore(FIRST.minusWeeks(52)));
        WeekLoad week = new LoadForecast(shorter, FIRST, ALL_DAYS).next(1).get(0);
        assertThat(week.basis()).isEqualTo(LoadBasis.RECENT);
        assertThat(week.normHours()).isCloseTo(60, within(1e-9));
    }

    @Test
    void theTrendIsClampedSoAQuietYearAgoCannotMultiplyAPeak() {
        Map<LocalDate, Double> history = new TreeMap<>();
        for (int i = 1; i <= 60; i++) {
            history.put(FIRST.minusWeeks(i), i <= 4 ? 100.0 : 10.0);
        }
        assertThat(new LoadForecast(history, FIRST, ALL_DAYS).trend()).isEqualTo(LoadForecast.MAX_TREND);
    }

    @Test
    void aShortHistoryFallsBackToTheRecentMean() {
        Map<LocalDate, Double> history = Map.of(FIRST.minusWeeks(1), 30.0, FIRST.minusWeeks(2), 10.0,
                FIRST.minusWeeks(6), 1000.0);
        List<WeekLoad> weeks = new LoadForecast(history, FIRST, ALL_DAYS).next(2);
        // weeks 3..5 ago are inside the history with no work: they count as zero
        assertThat(weeks.get(0).normHours()).isCloseTo(10, within(1e-9));
        assertThat(weeks.get(0).basis()).isEqualTo(LoadBasis.RECENT);
        assertThat(new LoadForecast(Map.of(), FIRST, ALL_DAYS).next(1).get(0).basis()).isEqualTo(LoadBasis.NONE);
    }

    @Test
    void badInputNamesItsField() {
        assertThatThrownBy(() -> new LoadForecast(Map.of(), FIRST.plusDays(1), ALL_DAYS))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("firstWeek"));
        assertThatThrownBy(() -> new LoadForecast(Map.of(FIRST, 1.0), FIRST, ALL_DAYS))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("history"));
        assertThatThrownBy(() -> new LoadForecast(Map.of(), FIRST, ALL_DAYS).next(0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("weeks"));
    }

    @Test
    void busyTimeLeavesTheCapacity() {
        ZoneId zone = ZoneId.of("Europe/Moscow");
        WorkCalendar schedule = new WorkCalendar(zone, Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-17:00"))),
                List.of());
        Absence meetings = new Absence("ivanova", FIRST.atStartOfDay(zone).toInstant(),
                FIRST.plusDays(1).atStartOfDay(zone).toInstant(), AbsenceKind.BUSY);
        PersonWeek ivanova = PersonWeek.of(schedule, "ivanova", List.of(meetings), FIRST, 1.0);
        assertThat(ivanova.presentMinutes()).isEqualTo(8 * 60);
        assertThat(ivanova.capacity()).isCloseTo(8, within(1e-9));
    }

    @Test
    void capacityIsPresentHoursTimesEfficiencyAndCoveringAGapTakesItsHours() {
        ZoneId zone = ZoneId.of("Europe/Moscow");
        WorkCalendar schedule = new WorkCalendar(zone, Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-17:00")),
                DayOfWeek.TUESDAY, List.of(DailyInterval.parse("09:00-17:00"))), List.of());
        Absence sickMonday = new Absence("ivanova", FIRST.atStartOfDay(zone).toInstant(),
                FIRST.plusDays(1).atStartOfDay(zone).toInstant(), AbsenceKind.SICK);
        PersonWeek ivanova = PersonWeek.of(schedule, "ivanova", List.of(sickMonday), FIRST, 0.9);
        PersonWeek petrova = PersonWeek.of(schedule, "petrova", List.of(sickMonday), FIRST, 0.5);
        assertThat(ivanova.presentMinutes()).isEqualTo(8 * 60);
        assertThat(ivanova.capacity()).isCloseTo(7.2, within(1e-9));
        assertThat(petrova.capacity()).isCloseTo(8, within(1e-9));
        Map<LocalDate, Double> capacity = CapacityPlan.capacityByWeek(List.of(ivanova, petrova));
        List<WeekPlan> plans = CapacityPlan.plan(List.of(new WeekLoad(FIRST, 20, LoadBasis.RECENT),
                new WeekLoad(FIRST.plusWeeks(1), 3, LoadBasis.RECENT)), capacity, 0.8, 1.0);
        assertThat(plans.get(0).gap()).isCloseTo(4.8, within(1e-9));
        assertThat(plans.get(0).operatorHours().getAsDouble()).isCloseTo(6, within(1e-9));
        assertThat(plans.get(0).managerHours().getAsDouble()).isCloseTo(4.8, within(1e-9));
        assertThat(plans.get(1).capacity()).isZero();
        assertThat(plans.get(1).flagged()).isTrue();
    }

    @Test
    void newcomersAndThinHistoriesTakeTheirBandsMiddle() {
        Duration day = Duration.ofHours(8);
        Output month = new Output(144 * 60, 160 * 60); // 144 earned in 160 hours present
        assertThat(Efficiency.of(month, new Band(7, 9), day, false)).isCloseTo(0.9, within(1e-9));
        assertThat(Efficiency.of(month, new Band(3, 5), day, true)).isCloseTo(0.5, within(1e-9));
        assertThat(Efficiency.of(new Output(60, 120), new Band(7, 9), day, false)).isCloseTo(1.0, within(1e-9));
        // weeks present with nothing earned: operations were not recorded, the band speaks
        assertThat(Efficiency.of(new Output(0, 160 * 60), new Band(7, 9), day, false)).isCloseTo(1.0, within(1e-9));
    }
}
