package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Expected incoming work per week: a seasonal naive forecast scaled by the current trend.
 * <ul>
 *   <li>A week's base is the same ISO week of the previous week-based year (week 53 falls back to week 52), when the
 *   history reaches back that far; weeks inside the history with no work count as zero.</li>
 *   <li>The trend is the work of the last {@value #TREND_WEEKS} complete weeks over the work of the same weeks a
 *   year before, clamped to [{@value #MIN_TREND}, {@value #MAX_TREND}] so a quiet year-ago month cannot multiply a
 *   peak; 1 when the year-ago weeks are not covered or had no work.</li>
 *   <li>A week whose year-ago week is not covered takes the mean of the last {@value #TREND_WEEKS} weeks (fewer if
 *   the history is shorter): the department's current level.</li>
 * </ul>
 * History is keyed by Monday; the history covers every week from its first key up to the week before the first
 * forecast week.
 */
public final class LoadForecast {

    public static final int TREND_WEEKS = 4;
    public static final double MIN_TREND = 0.5;
    public static final double MAX_TREND = 2.0;

    private final NavigableMap<LocalDate, Double> history;
    private final LocalDate firstWeek;

    /**
     * @param history   norm-hours of work per week, keyed by the week's Monday, all before {@code firstWeek}
     * @param firstWeek the Monday of the first week to forecast
     */
    public LoadForecast(Map<LocalDate, Double> history, LocalDate firstWeek) {
        Check.notNull(firstWeek, "firstWeek");
        if (firstWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw Check.invalid("firstWeek", "must be a Monday, got " + firstWeek);
        }
        TreeMap<LocalDate, Double> weeks = new TreeMap<>();
        Check.map(history, "history").forEach((week, hours) -> {
            Check.notNull(week, "history key");
            if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw Check.invalid("history", "weeks are keyed by Monday, got " + week);
            }
            if (!week.isBefore(firstWeek)) {
                throw Check.invalid("history", "week " + week + " is not before the first forecast week " + firstWeek);
            }
            weeks.put(week, Check.finiteNotNegative(Check.notNull(hours, "history[" + week + "]"),
                    "history[" + week + "]"));
        });
        this.history = weeks;
        this.firstWeek = firstWeek;
    }

    /** The Monday of the week holding {@code day}. */
    public static LocalDate weekOf(LocalDate day) {
        return Check.notNull(day, "day").with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The same ISO week a year before (week 53 of a long year maps to week 52 of the year before). */
    public static LocalDate yearBefore(LocalDate week) {
        int year = week.get(IsoFields.WEEK_BASED_YEAR);
        return week.with(IsoFields.WEEK_BASED_YEAR, year - 1L).with(DayOfWeek.MONDAY);
    }

    /** The next {@code weeks} weeks from the first forecast week. */
    public List<WeekLoad> next(int weeks) {
        Check.positive(weeks, "weeks");
        double trend = trend();
        double recent = recentMean();
        List<WeekLoad> list = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate week = firstWeek.plusWeeks(i);
            LocalDate ago = yearBefore(week);
            if (covered(ago)) {
                list.add(new WeekLoad(week, history.getOrDefault(ago, 0.0) * trend, LoadBasis.SEASONAL));
            } else if (history.isEmpty()) {
                list.add(new WeekLoad(week, 0, LoadBasis.NONE));
            } else {
                list.add(new WeekLoad(week, recent, LoadBasis.RECENT));
            }
        }
        return list;
    }

    /** Last {@value #TREND_WEEKS} weeks over the same weeks a year before, clamped; 1 when not known. */
    public double trend() {
        double now = 0;
        double before = 0;
        for (int i = 1; i <= TREND_WEEKS; i++) {
            LocalDate week = firstWeek.minusWeeks(i);
            LocalDate ago = yearBefore(week);
            if (!covered(ago)) {
                return 1;
            }
            now += history.getOrDefault(week, 0.0);
            before += history.getOrDefault(ago, 0.0);
        }
        if (before <= 0) {
            return 1;
        }
        return Math.max(MIN_TREND, Math.min(MAX_TREND, now / before));
    }

    private double recentMean() {
        if (history.isEmpty()) {
            return 0;
        }
        double sum = 0;
        int n = 0;
        for (int i = 1; i <= TREND_WEEKS; i++) {
            LocalDate week = firstWeek.minusWeeks(i);
            if (!covered(week)) {
                break;
            }
            sum += history.getOrDefault(week, 0.0);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    private boolean covered(LocalDate week) {
        return !history.isEmpty() && !week.isBefore(history.firstKey()) && week.isBefore(firstWeek);
    }
}
