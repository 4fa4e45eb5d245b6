package io.backstop.bench;

import java.util.Arrays;

/** How the CPU-time cross-checks ({@link TickCpuTime}, {@link ReplayCpuTime}) print a series of timings. */
final class Medians {

    private Medians() {
    }

    /** Median, minimum and maximum. */
    static String summary(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("median %.1f (min %.1f, max %.1f)", sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1]);
    }
}
