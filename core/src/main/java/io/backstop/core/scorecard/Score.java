package io.backstop.core.scorecard;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's scorecard for a month: each component's score in [0, 1] and the weighted total in [0, 1].
 *
 * @param components every component, in the enum's order
 */
public record Score(String person, YearMonth month, Map<Component, Double> components, Weights weights,
                    double total) {

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
