package io.backstop.core.scorecard;

import io.backstop.core.validation.Check;
import java.util.EnumMap;

/**
 * The pay calculator's results (калькулятор ЗП): each component normalised against the person's target, then the
 * weighted sum with their role's weights. Scores are capped at 1, so beating one target cannot hide missing
 * another; upsells alone pay above the target, up to the head's ceiling, because selling more is what the
 * department wants to pay for.
 */
public record Scorecard(Weights weights, ScoreRules rules) {

    public Scorecard {
        Check.notNull(weights, "weights");
        Check.notNull(rules, "rules");
    }

    /** The given weights under the default rules. */
    public Scorecard(Weights weights) {
        this(weights, ScoreRules.DEFAULT);
    }

    public static Scorecard departmentDefault() {
        return new Scorecard(Weights.DEFAULT);
    }

    public Score score(MonthResults results, Targets targets) {
        Check.notNull(results, "results");
        Check.notNull(targets, "targets");
        EnumMap<Component, Double> scores = new EnumMap<>(Component.class);
        scores.put(Component.OUTPUT, share(results.normHours(), targets.normHours()));
        scores.put(Component.RECEIVABLES, receivables(results.collectedKopecks(), targets.collectKopecks(),
                results.lostClients(), rules.lostClientPenalty()));
        scores.put(Component.TIMELINESS, timeliness(results.repliesOnTime(), results.repliesTotal(),
                targets.onTimeShare()));
        scores.put(Component.QUALITY, quality(results.complaints(), targets.complaintsToZero()));
        scores.put(Component.UPSELLS, upsells(results.upsellPoints(), targets.upsellPoints(), rules.upsellCeiling()));
        scores.put(Component.RESCUE, rescue(results.rescues(), results.rescueMedianSeconds(), targets.rescueSeconds()));
        double total = 0;
        for (Component c : Component.values()) {
            total += weights.of(c) * scores.get(c);
        }
        // Weights sum to 1 only within a tolerance; keep the total within what the scores allow all the same.
        total = Math.max(0, Math.min(maxTotal(), total));
        return new Score(results.person(), results.month(), scores, weights, total, results, targets);
    }

    /** The best total these weights and rules allow: 1, plus the upsells' weight times the room above target. */
    public double maxTotal() {
        return 1 + weights.upsells() * (rules.upsellCeiling() - 1);
    }

    /** Actual / target, capped at 1; 1 when the target is zero. */
    static double share(double actual, double target) {
        return target == 0 ? 1 : Math.min(1, actual / target);
    }

    /** Collected / to collect, capped at 1, less the penalty for each pressed client who left; at least 0. */
    static double receivables(long collected, long toCollect, int lostClients, double penalty) {
        return Math.max(0, share(collected, toCollect) - lostClients * penalty);
    }

    /** Points / target, up to the ceiling (a multiple of the target); 1 when the target is zero. */
    static double upsells(long points, long target, double ceiling) {
        return target == 0 ? 1 : Math.min(ceiling, (double) points / target);
    }

    /** (on time / total) / target share, capped at 1; 1 when no reply was due. */
    static double timeliness(int onTime, int total, double targetShare) {
        return total == 0 ? 1 : Math.min(1, (double) onTime / total / targetShare);
    }

    /** 1 without complaints, 0 at {@code toZero} complaints or more, in equal steps between. */
    static double quality(int complaints, int toZero) {
        return Math.max(0, 1 - (double) complaints / toZero);
    }

    /** Target / median rescue time, capped at 1; 1 without rescues (nothing handed over is nothing slow). */
    static double rescue(int rescues, long medianSeconds, long targetSeconds) {
        return rescues == 0 || medianSeconds <= targetSeconds ? 1 : (double) targetSeconds / medianSeconds;
    }
}
