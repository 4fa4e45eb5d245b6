package io.backstop.sandbox.demo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The demo traffic's one source of chance. The generator and its client and staff choices draw from this one
 * {@link Random} in the order things happen, which is what makes the same seed give the same actions; a new draw,
 * or one moved before another, changes every action after it.
 */
final class DemoDice {

    private final Random random;

    DemoDice(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Uniform in {@code [0, 1)}: compared with cumulative shares to choose among several outcomes. */
    double roll() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number of minutes in {@code [low, high]}. */
    Duration minutes(int low, int high) {
        return Duration.ofMinutes(low + random.nextInt(high - low + 1));
    }

    /** Exponentially distributed with the given mean, at least a second: the gap in a Poisson stream. */
    Duration exponential(double meanSeconds) {
        double seconds = -Math.log(1 - random.nextDouble()) * meanSeconds;
        return Duration.ofSeconds(Math.max(1, Math.round(seconds)));
    }

    <T> T pick(List<T> items) {
        return DemoTexts.pick(items, random);
    }

    /** For {@link DemoTexts}, whose texts are drawn from the same stream. */
    Random random() {
        return random;
    }
}
