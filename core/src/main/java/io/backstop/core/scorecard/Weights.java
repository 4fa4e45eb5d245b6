package io.backstop.core.scorecard;

import io.backstop.core.validation.Check;
import java.util.Locale;

/** How much each component counts in the total. Each in [0, 1]; together exactly 1 (to 6 decimals). */
public record Weights(double output, double receivables, double timeliness, double quality, double upsells) {

    /** Tolerance for weights typed as percentages: 0.35 + 0.25 + ... is not exactly 1 in binary. */
    static final double TOLERANCE = 1e-6;

    /** Output 35%, receivables 25%, timeliness 15%, quality 10%, upsells 15% (what is paid today). */
    public static final Weights DEFAULT = new Weights(0.35, 0.25, 0.15, 0.10, 0.15);

    public Weights {
        Check.between(output, 0, 1, "output");
        Check.between(receivables, 0, 1, "receivables");
        Check.between(timeliness, 0, 1, "timeliness");
        Check.between(quality, 0, 1, "quality");
        Check.between(upsells, 0, 1, "upsells");
        double sum = output + receivables + timeliness + quality + upsells;
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw Check.invalid("weights", String.format(Locale.ROOT,
                    "must sum to 1, got %s (output %s + receivables %s + timeliness %s + quality %s + upsells %s)",
                    round(sum), output, receivables, timeliness, quality, upsells));
        }
    }

    public double of(Component component) {
        return switch (component) {
            case OUTPUT -> output;
            case RECEIVABLES -> receivables;
            case TIMELINESS -> timeliness;
            case QUALITY -> quality;
            case UPSELLS -> upsells;
        };
    }

    /**
     * The same weights with upsells at {@code share} (the proposal is 30-40%) and the others scaled to fill the
     * rest in their present proportions; split equally if they were all zero.
     */
    public Weights withUpsells(double share) {
        Check.between(share, 0, 1, "upsells");
        double others = output + receivables + timeliness + quality;
        double rest = 1 - share;
        if (others == 0) {
            return new Weights(rest / 4, rest / 4, rest / 4, rest / 4, share);
        }
        double k = rest / others;
        return new Weights(output * k, receivables * k, timeliness * k, quality * k, share);
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
