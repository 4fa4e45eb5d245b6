package io.backstop.sandbox.services;

import io.backstop.app.response.ClockDriver;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * The sandbox's time. On the system clock it may run {@code speed} times faster than real time (a demo
 * time-lapse); on the manual clock it moves only when told, through a {@link ClockDriver}, so a test or a replay
 * decides exactly what happens when.
 */
public final class SandboxTime extends Clock {

    private final Instant origin;
    private final long realOriginNanos;
    private final double speed;
    private final boolean manual;
    private final Consumer<Instant> onAdvance;
    private volatile ClockDriver driver;

    private SandboxTime(Instant origin, double speed, boolean manual, Consumer<Instant> onAdvance) {
        this.origin = origin;
        this.realOriginNanos = System.nanoTime();
        this.speed = speed;
        this.manual = manual;
        this.onAdvance = onAdvance;
    }

    public static SandboxTime system(Instant origin, double speed) {
        return new SandboxTime(origin, speed, false, at -> { });
    }

    /**
     * A clock standing at {@code now} until a {@link ClockDriver} is attached to move it.
     *
     * @param onAdvance told the new instant after each move, to keep it across restarts
     */
    public static SandboxTime manual(Instant now, Consumer<Instant> onAdvance) {
        return new SandboxTime(now, 1, true, onAdvance);
    }

    /** Hands a manual clock to the driver that runs the desk along with it. */
    public void attach(ClockDriver clockDriver) {
        this.driver = clockDriver;
    }

    public boolean isManual() {
        return manual;
    }

    /** Where the clock started: it has moved on from here since, at {@link #speed()} or by its driver. */
    public Instant origin() {
        return origin;
    }

    public double speed() {
        return speed;
    }

    @Override
    public Instant instant() {
        if (manual) {
            ClockDriver attached = driver;
            return attached == null ? origin : attached.now();
        }
        long realNanos = System.nanoTime() - realOriginNanos;
        return origin.plusNanos((long) (realNanos * speed)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Moves a manual clock forward to {@code to}, running everything on the way. */
    public void advanceTo(Instant to) {
        requireManual().advanceTo(to);
        onAdvance.accept(to);
    }

    /** Runs the tick owed at the current instant of a manual clock. */
    public void settle() {
        requireManual().settle();
    }

    private ClockDriver requireManual() {
        if (!manual || driver == null) {
            throw new IllegalStateException("the sandbox runs on the system clock; start it with --clock manual");
        }
        return driver;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
