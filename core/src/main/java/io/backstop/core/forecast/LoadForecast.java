package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Expected demand per week: the department's current level per working day, and last year's demand mapped onto this
 * year's calendar ({@link SeasonMap}) scaled by the trend, combined.
 * <ul>
 *   <li>The level is the load served per working day over the last {@value #TREND_WEEKS} weeks (fewer if the history
 *   is shorter), times the week's own working days.</li>
 *   <li>The seasonal figure is last year's load to serve on the source days of the week's working days, times the
 *   trend: this year's load over last year's mapped load on those of the last {@value #TREND_WEEKS} weeks whose
 *   year-ago days the history covers, clamped to [{@value #MIN_TREND}, {@value #MAX_TREND}] so a quiet year-ago
 *   month cannot multiply a peak.</li>
 *   <li>In a week of a named holiday period and the week after it, the seasonal figure is taken in full: the holidays
 *   and the letters they pile up are calendar facts that come back every year. In other weeks last year's swings are
 *   one year's chance as much as a season, so the forecast is half the seasonal figure and half the level
 *   ({@value #SEASON_WEIGHT}). The backtest ({@link Backtest}) measured this against both naive baselines.</li>
 *   <li>A week whose year-ago days are not covered, or when no recent week's are (no trend to scale last year by),
 *   takes the level alone. A week without working time has no load.</li>
 * </ul>
 * History is demand in norm-hours keyed by the day it arrived; it covers every day from its first key up to the
 * day before the first forecast week.
 */
public final class LoadForecast {

    public static final int TREND_WEEKS = 4;
    public static final double MIN_TREND = 0.5;
    public static final double MAX_TREND = 2.0;
    /** The seasonal figure's share outside named holiday periods; the level has the rest. */
    public static final double SEASON_WEIGHT = 0.5;

    private final NavigableMap<LocalDate, Double> history;
    private final LocalDate firstWeek;
    private final SeasonMap season;

    /**
     * @param history   norm-hours of demand per day it arrived, all before {@code firstWeek}
     * @param firstWeek the Monday of the first week to forecast
     * @param season    the department's calendar, this year's and last year's
     */
    public LoadForecast(Map<LocalDate, Double> history, LocalDate firstWeek, SeasonMap season) {
        Check.notNull(firstWeek, "firstWeek");
        if (firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw Check.invalid("firstWeek", Problem.of("error.forecast.monday", firstWeek));
        }
        TreeMap<LocalDate, Double> days = new TreeMap<>();
        Check.map(history, "history").forEach((day, hours) -> {
            Check.notNull(day, "history key");
            if (!day.isBefore(firstWeek)) {
                throw Check.invalid("history", Problem.of("error.forecast.dayBeforeFirst", day, firstWeek));
            }
            days.put(day, Check.finiteNotNegative(Check.notNull(hours, "history[" + day + "]"),
                    "history[" + day + "]"));
        });
        this.history = days;
        this.firstWeek = firstWeek;
        this.season = Check.notNull(season, "season");
    }

    /** The Monday of the week holding {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return Check.notNull(day, "day").with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The next {@code weeks} weeks from the first forecast week. */
    public List<WeekLoad> next(int weeks) {
        Check.positive(weeks, "weeks");
        OptionalDouble trend = coveredTrend();
        double perDay = recentPerWorkingDay();
        List<WeekLoad> list = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            Optional<SeasonMap.Period> period = season.periodIn(week);
            double level = perDay * season.workingDays(week);
            if (history.isEmpty()) {
                list.add(new WeekLoad(week, 0, LoadBasis.NONE, period));
            } else if (covered(week) && trend.isPresent()) {
                double seasonal = season.weekLoad(week, history) * trend.getAsDouble();
                double weight = holidayWeek(week) ? 1 : SEASON_WEIGHT;
                list.add(new WeekLoad(week, weight * seasonal + (1 - weight) * level, LoadBasis.SEASONAL, period));
            } else {
                list.add(new WeekLoad(week, level, LoadBasis.RECENT, period));
            }
        }
        return list;
    }

    /**
     * This year's load over last year's mapped onto the last {@value #TREND_WEEKS} weeks whose year-ago days are
     * covered, clamped; 1 when no such week had load a year ago.
     */
    public double trend() {
        return coveredTrend().orElse(1);
    }

    private OptionalDouble coveredTrend() {
        double now = 0;
        double before = 0;
        for (int i = 1; i <= TREND_WEEKS; i++) {
            LocalDate week = firstWeek.minusWeeks(i);
            if (covered(week)) {
                now += season.toServe(week, history);
                before += season.weekLoad(week, history);
            }
        }
        if (before <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(MIN_TREND, Math.min(MAX_TREND, now / before)));
    }

    /** What arrived in a past week. */
    public double actual(LocalDate week) {
        return history.subMap(week, true, week.plusDays(6), true).values().stream().mapToDouble(Double::doubleValue)
                .sum();
    }

    /** A week holding a named holiday period, or the week after one: where last year's calendar repeats. */
    private boolean holidayWeek(LocalDate week) {
        return season.periodIn(week).isPresent() || season.periodIn(week.minusWeeks(1)).isPresent();
    }

    private double recentPerWorkingDay() {
        double sum = 0;
        int days = 0;
        for (int i = 1; i <= TREND_WEEKS; i++) {
            LocalDate week = firstWeek.minusWeeks(i);
            if (history.isEmpty() || week.plusDays(6).isBefore(history.firstKey())) {
                break;
            }
            sum += season.toServe(week, history);
            days += season.workingDays(week);
        }
        return days == 0 ? 0 : sum / days;
    }

    /** Whether every day a week's load is read from lies inside the history. */
    private boolean covered(LocalDate week) {
        if (history.isEmpty()) {
            return false;
        }
        Optional<LocalDate> earliest = season.earliestSource(week);
        return earliest.isEmpty() ? !week.isBefore(history.firstKey().plusYears(1))
                : !earliest.get().isBefore(history.firstKey());
    }
}
