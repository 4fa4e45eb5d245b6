package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Demand against capacity week by week, what is left unserved, and what would cover the weeks that do not fit. */
public final class CapacityPlan {

    private CapacityPlan() {
    }

    /** The department's capacity per week: the sum of its people's weeks. */
    public static Map<LocalDate, Double> capacityByWeek(Collection<PersonWeek> weeks) {
        TreeMap<LocalDate, Double> byWeek = new TreeMap<>();
        Check.list(weeks, "weeks").forEach(w -> byWeek.merge(w.week(), w.capacity(), Double::sum));
        return byWeek;
    }

    /** A plan with no backlog, no promotion and no expected unplanned absence. */
    public static List<WeekPlan> plan(List<WeekLoad> load, Map<LocalDate, Double> capacity,
                                      double operatorEfficiency, double managerEfficiency) {
        return plan(load, Map.of(), 0, capacity, Map.of(), operatorEfficiency, managerEfficiency);
    }

    /**
     * One plan per forecast week. A week serves {@code demand + promotion + carried}; the gap is
     * {@code max(0, that - capacity)} and is carried into the next week (unserved work does not vanish; the first
     * week carries the current {@code backlog}). Covering the gap takes {@code gap / efficiency} hours of an
     * operator or a manager.
     *
     * @param promotion          extra demand per week from the head's promotions (a week not in the map has none)
     * @param backlog            work unserved now, in norm-hours
     * @param capacity           planned norm-hours per week (a week not in the map has none)
     * @param unplanned          norm-hours of capacity expected to be lost to unplanned absence per week
     * @param operatorEfficiency norm-hours per hour of the operator; 0 when not known
     * @param managerEfficiency  norm-hours per hour of an experienced manager; 0 when not known
     */
    public static List<WeekPlan> plan(List<WeekLoad> load, Map<LocalDate, Double> promotion, double backlog,
                                      Map<LocalDate, Double> capacity, Map<LocalDate, Double> unplanned,
                                      double operatorEfficiency, double managerEfficiency) {
        Check.list(load, "load");
        Check.notNull(promotion, "promotion");
        Check.notNull(capacity, "capacity");
        Check.notNull(unplanned, "unplanned");
        Check.finiteNotNegative(operatorEfficiency, "operatorEfficiency");
        Check.finiteNotNegative(managerEfficiency, "managerEfficiency");
        double carried = Check.finiteNotNegative(backlog, "backlog");
        List<WeekPlan> plans = new ArrayList<>(load.size());
        for (WeekLoad week : load) {
            double cap = Check.finiteNotNegative(capacity.getOrDefault(week.week(), 0.0), "capacity[" + week.week() + "]");
            double away = Math.min(cap, Check.finiteNotNegative(unplanned.getOrDefault(week.week(), 0.0),
                    "unplanned[" + week.week() + "]"));
            double extra = Check.finiteNotNegative(promotion.getOrDefault(week.week(), 0.0),
                    "promotion[" + week.week() + "]");
            double demand = week.normHours() + extra;
            double gap = Math.max(0, demand + carried - (cap - away));
            plans.add(new WeekPlan(week.week(), week.basis(), week.period(), demand, extra, carried, cap, away, gap,
                    hoursToCover(gap, operatorEfficiency), hoursToCover(gap, managerEfficiency)));
            carried = gap;
        }
        return plans;
    }

    private static OptionalDouble hoursToCover(double gap, double efficiency) {
        if (gap == 0) {
            return OptionalDouble.of(0);
        }
        return efficiency > 0 ? OptionalDouble.of(gap / efficiency) : OptionalDouble.empty();
    }
}
