package io.backstop.app.response;

import java.time.Duration;
import java.time.Instant;

/** Watcher ticks at {@code origin + k * every}, k >= 0. */
public record TickGrid(Instant origin, Duration every) {

    public TickGrid {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("ticks need a positive interval");
        }
    }

    /** The first tick at or after {@code at}. */
    public Instant firstAtOrAfter(Instant at) {
        if (!at.isAfter(origin)) {
            return origin;
        }
        long step = every.toMillis();
        long since = Duration.between(origin, at).toMillis();
        long ticks = Math.floorDiv(since + step - 1, step);
        return origin.plusMillis(ticks * step);
    }

    public boolean isTick(Instant at) {
        return !at.isBefore(origin) && Duration.between(origin, at).toMillis() % every.toMillis() == 0;
    }
}
