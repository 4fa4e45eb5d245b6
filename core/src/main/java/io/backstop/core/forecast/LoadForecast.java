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
import java.util.TreeMap;

/**
 * Expected demand per week: last year's demand mapped onto this year's calendar ({@link SeasonMap}), scaled by the
 * current trend.
 * <ul>
 *   <li>A week's base is last year's load to serve on the source days of its working days, when the history reaches
 *   back that far; days inside the history with nothing recorded count as zero. A week without working time has
 *   none.</li>
 *   <li>The trend is the demand of the last {@value #TREND_WEEKS} complete weeks over last year's demand mapped
 *   onto the same weeks, clamped to [{@value #MIN_TREND}, {@value #MAX_TREND}] so a quiet year-ago month cannot
 *   multiply a peak; 1 when the year-ago days are not covered or had no demand.</li>
 *   <li>A week whose year-ago days are not covered takes the mean of the last {@value #TREND_WEEKS} weeks per
 *   working day (fewer weeks if the history is shorter) times its own working days: the department's current
 *   level.</li>
 * </ul>
 * History is demand in norm-hours keyed by the day it arrived; it covers every day from its first key up to the
 * day before the first forecast week.
 */
public final class LoadForecast {

    public static final int TREND_WEEKS = 4;
    public static final double MIN_TREND = 0.5;
    public static final double MAX_TREND = 2.0;

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
        double trend = trend();
        double recentPerDay = recentPerWorkingDay();
        List<WeekLoad> list = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            Optional<SeasonMap.Period> period = season.periodIn(week);
            if (covered(week)) {
                list.add(new WeekLoad(week, season.weekLoad(week, history) * trend, LoadBasis.SEASONAL, period));
            } else if (history.isEmpty()) {
                list.add(new WeekLoad(week, 0, LoadBasis.NONE, period));
            } else {
                list.add(new WeekLoad(week, recentPerDay * season.workingDays(week), LoadBasis.RECENT, period));
            }
        }
        return list;
    }

    /** Last {@value #TREND_WEEKS} weeks over last year mapped onto them, clamped; 1 when not known. */
    public double trend() {
        double now = 0;
        double before = 0;
        for (int i = 1; i <= TREND_WEEKS; i++) {
            LocalDate week = firstWeek.minusWeeks(i);
            if (!covered(week)) {
                return 1;
            }
            now += actual(week);
            before += season.weekLoad(week, history);
        }
        if (before <= 0) {
            return 1;
        }
        return Math.max(MIN_TREND, Math.min(MAX_TREND, now / before));
    }

    /** What arrived in a past week. */
    public double actual(LocalDate week) {
        return history.subMap(week, true, week.plusDays(6), true).values().stream().mapToDouble(Double::doubleValue)
                .sum();
    }

    private double recentPerWorkingDay() {
        double sum = 0;
        int days = 0;
        for (int i = 1; i <= TREND_WEEKS; i++) {
            LocalDate week = firstWeek.minusWeeks(i);
            if (history.isEmpty() || week.plusDays(6).isBefore(history.firstKey())) {
                break;
            }
            sum += actual(week);
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
