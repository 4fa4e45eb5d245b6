package io.backstop.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 6: the forecast tried on past weeks beside the naive baselines, on the demo's calendar
 * ({@link SeasonMapTest#DEMO}: Russian holidays 2025-2027).
 */
class BacktestTest {

    /** 10 norm-hours on each working day, 2 on each day off, from November 2024 to {@code until}. */
    private static SortedMap<LocalDate, Double> steady(LocalDate until) {
        SortedMap<LocalDate, Double> arrivals = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2024, 11, 1); d.isBefore(until); d = d.plusDays(1)) {
            arrivals.put(d, SeasonMapTest.working(d) ? 10.0 : 2.0);
        }
        return arrivals;
    }

    @Test
    void aWeekCountsOnlyWithAYearOfHistoryBeforeIt() {
        Backtest backtest = Backtest.of(steady(LocalDate.of(2026, 2, 1)), SeasonMapTest.DEMO,
                LocalDate.of(2025, 10, 20), LocalDate.of(2026, 1, 26));

        assertThat(backtest.weeks()).extracting(Backtest.Week::week).first()
                .isEqualTo(LocalDate.of(2025, 11, 10)); // 2024-11-01 is a year and a week before it
        assertThat(backtest.weeks()).last().extracting(Backtest.Week::week).isEqualTo(LocalDate.of(2026, 1, 19));
    }

    /**
     * Around New Year the same ISO week a year before is the wrong week (2026's holidays fell a week later than
     * 2025's), and the four weeks before the holidays are ordinary ones: the calendar-true forecast is closer than
     * both, and a week without working time is expected to bring nothing.
     */
    @Test
    void overNewYearTheForecastBeatsBothNaiveBaselines() {
        Backtest backtest = Backtest.of(steady(LocalDate.of(2026, 3, 1)), SeasonMapTest.DEMO,
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 2));

        Backtest.Week holidays = backtest.weeks().stream()
                .filter(w -> w.week().equals(LocalDate.of(2026, 1, 5))).findFirst().orElseThrow();
        assertThat(holidays.actual()).isZero();
        assertThat(holidays.forecast()).isZero();
        assertThat(holidays.lastFourWeeks()).isPositive();
        assertThat(backtest.forecastError()).isLessThan(backtest.sameWeekLastYearError())
                .isLessThan(backtest.lastFourWeeksError());
    }

    @Test
    void theErrorIsWeightedByWhatCame() {
        Backtest backtest = new Backtest(java.util.List.of(
                new Backtest.Week(LocalDate.of(2026, 3, 2), 100, 90, 100, 50),
                new Backtest.Week(LocalDate.of(2026, 3, 9), 0, 10, 0, 50)));

        assertThat(backtest.forecastError()).isCloseTo(0.2, within(1e-9)); // (10 + 10) / 100
        assertThat(backtest.sameWeekLastYearError()).isZero();
        assertThat(backtest.lastFourWeeksError()).isCloseTo(1.0, within(1e-9));
        assertThat(new Backtest(java.util.List.of()).forecastError()).isZero();
    }
}
