package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.ToDoubleFunction;

/**
 * The forecast tried on the past (issue 21, point 6): for each past week, the forecast made as of its Monday from the
 * history before it ({@link LoadForecast}, one week ahead), beside what then came to be served and two naive
 * baselines: the same ISO week a year before, and the average of the four weeks before. A week counts only when the
 * history reaches a year and a week back, so every method has what it needs.
 *
 * @param weeks the weeks tried, oldest first
 */
public record Backtest(List<Week> weeks) {

    /** Norm-hours to serve in one week: what came, and what each method expected. */
    public record Week(LocalDate week, double actual, double forecast, double sameWeekLastYear,
                       double lastFourWeeks) {
    }

    public Backtest {
        weeks = List.copyOf(weeks);
    }

    /**
     * @param history norm-hours of demand per day it arrived, every day from its first key (a day missing is zero)
     * @param from    the first week to try (its Monday or a day in it)
     * @param until   the Monday after the last week to try
     */
    public static Backtest of(SortedMap<LocalDate, Double> history, SeasonMap season, LocalDate from,
                              LocalDate until) {
        Check.notNull(history, "history");
        Check.notNull(season, "season");
        List<Week> weeks = new ArrayList<>();
        for (LocalDate week = LoadForecast.weekOf(from); week.isBefore(until); week = week.plusWeeks(1)) {
            SortedMap<LocalDate, Double> before = history.headMap(week);
            LocalDate yearAgo = week.minusWeeks(52);
            if (before.isEmpty() || before.firstKey().isAfter(yearAgo.minusWeeks(1))) {
                continue;
            }
            double forecast = new LoadForecast(before, week, season).next(1).get(0).normHours();
            double recent = 0;
            for (int i = 1; i <= LoadForecast.TREND_WEEKS; i++) {
                recent += season.toServe(week.minusWeeks(i), history);
            }
            weeks.add(new Week(week, season.toServe(week, history), forecast, season.toServe(yearAgo, history),
                    recent / LoadForecast.TREND_WEEKS));
        }
        return new Backtest(weeks);
    }

    /**
     * How far a method was off: the sum of |expected - actual| over the sum of what came (weighted absolute
     * percentage error, so a quiet holiday week cannot weigh as much as a busy one); 0 with no week or nothing come.
     */
    public double error(ToDoubleFunction<Week> expected) {
        double off = 0;
        double came = 0;
        for (Week week : weeks) {
            off += Math.abs(expected.applyAsDouble(week) - week.actual());
            came += week.actual();
        }
        return came == 0 ? 0 : off / came;
    }

    public double forecastError() {
        return error(Week::forecast);
    }

    public double sameWeekLastYearError() {
        return error(Week::sameWeekLastYear);
    }

    public double lastFourWeeksError() {
        return error(Week::lastFourWeeks);
    }
}
