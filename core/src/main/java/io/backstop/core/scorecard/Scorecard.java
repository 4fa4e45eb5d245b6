package io.backstop.core.scorecard;

import io.backstop.core.validation.Check;
import java.util.EnumMap;

/**
 * The pay calculator's results (калькулятор ЗП): each component normalised to [0, 1] against the person's target,
 * then the weighted sum. Scores are capped at 1, so beating one target cannot hide missing another.
 */
public record Scorecard(Weights weights) {

    public Scorecard {
        Check.notNull(weights, "weights");
    }

    public static Scorecard departmentDefault() {
        return new Scorecard(Weights.DEFAULT);
    }

    public Score score(MonthResults results, Targets targets) {
        Check.notNull(results, "results");
        Check.notNull(targets, "targets");
        EnumMap<Component, Double> scores = new EnumMap<>(Component.class);
        scores.put(Component.OUTPUT, share(results.normHours(), targets.normHours()));
        scores.put(Component.RECEIVABLES, share(results.collectedKopecks(), targets.collectKopecks()));
        scores.put(Component.TIMELINESS, timeliness(results.repliesOnTime(), results.repliesTotal(),
                targets.onTimeShare()));
        scores.put(Component.QUALITY, quality(results.complaints(), targets.complaintsToZero()));
        scores.put(Component.UPSELLS, share(results.upsellPoints(), targets.upsellPoints()));
        double total = 0;
        for (Component c : Component.values()) {
            total += weights.of(c) * scores.get(c);
        }
        // Weights sum to 1 only within a tolerance; keep the total in [0, 1] all the same.
        total = Math.max(0, Math.min(1, total));
        return new Score(results.person(), results.month(), scores, weights, total);
    }

    /** Actual / target, capped at 1; 1 when the target is zero. */
    static double share(double actual, double target) {
        return target == 0 ? 1 : Math.min(1, actual / target);
    }

    /** (on time / total) / target share, capped at 1; 1 when no reply was due. */
    static double timeliness(int onTime, int total, double targetShare) {
        return total == 0 ? 1 : Math.min(1, (double) onTime / total / targetShare);
    }

    /** 1 without complaints, 0 at {@code toZero} complaints or more, in equal steps between. */
    static double quality(int complaints, int toZero) {
        return Math.max(0, 1 - (double) complaints / toZero);
    }
}
