package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Load against capacity week by week, and what would cover the weeks that do not fit. */
public final class CapacityPlan {

    private CapacityPlan() {
    }

    /** The department's capacity per week: the sum of its people's weeks. */
    public static Map<LocalDate, Double> capacityByWeek(Collection<PersonWeek> weeks) {
        TreeMap<LocalDate, Double> byWeek = new TreeMap<>();
        Check.list(weeks, "weeks").forEach(w -> byWeek.merge(w.week(), w.capacity(), Double::sum));
        return byWeek;
    }

    /**
     * One plan per forecast week. The gap is {@code max(0, load - capacity)}; covering it takes
     * {@code gap / efficiency} hours of an operator or a manager.
     *
     * @param capacity           norm-hours per week (a week not in the map has none)
     * @param operatorEfficiency norm-hours per hour of the operator; 0 when not known
     * @param managerEfficiency  norm-hours per hour of an experienced manager; 0 when not known
     */
    public static List<WeekPlan> plan(List<WeekLoad> load, Map<LocalDate, Double> capacity,
                                      double operatorEfficiency, double managerEfficiency) {
        Check.list(load, "load");
        Check.notNull(capacity, "capacity");
        Check.finiteNotNegative(operatorEfficiency, "operatorEfficiency");
        Check.finiteNotNegative(managerEfficiency, "managerEfficiency");
        List<WeekPlan> plans = new ArrayList<>(load.size());
        for (WeekLoad week : load) {
            double cap = Check.finiteNotNegative(capacity.getOrDefault(week.week(), 0.0), "capacity[" + week.week() + "]");
            double gap = Math.max(0, week.normHours() - cap);
            plans.add(new WeekPlan(week.week(), week.normHours(), week.basis(), cap, gap,
                    hoursToCover(gap, operatorEfficiency), hoursToCover(gap, managerEfficiency)));
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
