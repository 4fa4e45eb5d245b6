package io.backstop.core.scorecard;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's scorecard for a month: each component's score and the weighted total. Scores are in [0, 1] but for
 * upsells, which pay above the target up to the ceiling, so the total may pass 1 by the upsells' weight times
 * what the ceiling allows above the target.
 *
 * @param components every component, in the enum's order
 * @param results what was measured, and {@code targets} what it was held against (prorated for a month in
 *                progress), so a screen can show each formula with its figures
 */
public record Score(String person, YearMonth month, Map<Component, Double> components, Weights weights,
                    double total, MonthResults results, Targets targets) {

    public Score {
        EnumMap<Component, Double> copy = new EnumMap<>(Component.class);  // EnumMap(Map) refuses an empty HashMap
        copy.putAll(components);
        components = Collections.unmodifiableMap(copy);
    }

    public double of(Component component) {
        return components.get(component);
    }

    /** A component's part of the total: its score times its weight. */
    public double weighted(Component component) {
        return components.get(component) * weights.of(component);
    }
}
