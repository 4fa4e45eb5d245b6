package io.backstop.core.upsell;

import io.backstop.core.validation.Check;

/**
 * A row of the amount bands: a sale of at least {@code fromRoubles} earns {@code points} per adjacency level (until
 * the next band starts). Roubles, because that is how the head writes prices; core compares kopecks.
 */
public record AmountBand(long fromRoubles, int points) {

    public AmountBand {
        Check.positive(fromRoubles, "fromRoubles");
        Check.notNegative(points, "points");
    }

    public long fromKopecks() {
        return Math.multiplyExact(fromRoubles, 100L);
    }
}
