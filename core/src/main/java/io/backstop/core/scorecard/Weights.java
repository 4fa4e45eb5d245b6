package io.backstop.core.scorecard;

import io.backstop.core.validation.Problem;
import io.backstop.core.validation.Check;
import java.util.Locale;

/**
 * How much each component counts in one role's total. Each in [0, 1]; together exactly 1 (to 6 decimals). A role
 * is weighed only on what it can earn: a component it has no use for weighs 0.
 */
public record Weights(double output, double receivables, double timeliness, double quality, double upsells,
                      double rescue) {

    /** Tolerance for weights typed as percentages: 0.35 + 0.25 + ... is not exactly 1 in binary. */
    static final double TOLERANCE = 1e-6;

    /**
     * A manager's default weights, set by the head: output 35%, receivables 25%, timeliness 15%, quality 10%,
     * upsells 15%. Only the 15% for upsells comes from the department; the rest are a starting point for the head
     * to change, not what is paid today.
     */
    public static final Weights DEFAULT = new Weights(0.35, 0.25, 0.15, 0.10, 0.15, 0);

    /**
     * The operator's default weights, set by the head: timeliness 50%, rescue speed 30%, quality 20%. The operator
     * has no clients to collect from or sell to, so receivables and upsells weigh nothing and his best total is 1.
     */
    public static final Weights OPERATOR_DEFAULT = new Weights(0, 0, 0.5, 0.2, 0, 0.3);

    /**
     * The head's default weights, set by the head (the director may change them): the department's output 30%,
     * collection 20%, timeliness 20%, complaints 15%, upsells 15%.
     */
    public static final Weights HEAD_DEFAULT = new Weights(0.30, 0.20, 0.20, 0.15, 0.15, 0);

    public Weights {
        Check.between(output, 0, 1, "output");
        Check.between(receivables, 0, 1, "receivables");
        Check.between(timeliness, 0, 1, "timeliness");
        Check.between(quality, 0, 1, "quality");
        Check.between(upsells, 0, 1, "upsells");
        Check.between(rescue, 0, 1, "rescue");
        double sum = output + receivables + timeliness + quality + upsells + rescue;
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw Check.invalid("weights", Problem.of("error.scorecard.weightsSum", round(sum), output, receivables,
                    timeliness, quality, upsells, rescue));
        }
    }

    /** Weights without rescue speed (a manager's, as they were written before it existed). */
    public Weights(double output, double receivables, double timeliness, double quality, double upsells) {
        this(output, receivables, timeliness, quality, upsells, 0);
    }

    public double of(Component component) {
        return switch (component) {
            case OUTPUT -> output;
            case RECEIVABLES -> receivables;
            case TIMELINESS -> timeliness;
            case QUALITY -> quality;
            case UPSELLS -> upsells;
            case RESCUE -> rescue;
        };
    }

    /**
     * The same weights with upsells at {@code share} (the proposal is 30-40%) and the others scaled to fill the
     * rest in their present proportions; split equally between the manager's other four if they were all zero.
     */
    public Weights withUpsells(double share) {
        Check.between(share, 0, 1, "upsells");
        double others = output + receivables + timeliness + quality + rescue;
        double rest = 1 - share;
        if (others == 0) {
            return new Weights(rest / 4, rest / 4, rest / 4, rest / 4, share, 0);
        }
        double k = rest / others;
        return new Weights(output * k, receivables * k, timeliness * k, quality * k, share, rescue * k);
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
