package io.backstop.app.response;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Moves the desk through time for a clock that jumps (the sandbox's manual clock), in the order of rule 8:
 * advancing from {@code now} to {@code t} runs the tick still owed at {@code now}, then everything strictly
 * between, then the absence boundaries at {@code t}. The tick at {@code t} waits until the tracker calls made at
 * {@code t} are in: it runs first thing on the next advance, or on {@link #settle()}.
 */
public final class ClockDriver {

    private final ResponseDesk desk;
    private final Supplier<TickGrid> grid;
    /** Read without the lock: a reader asking the time during a move sees the time the move started from. */
    private volatile Instant now;
    private boolean tickDoneAtNow;

    /** @param grid the ticks as they are now; the interval comes from settings, which an admin may change */
    public ClockDriver(ResponseDesk desk, Supplier<TickGrid> grid, Instant now) {
        this.desk = desk;
        this.grid = grid;
        this.now = now;
    }

    public Instant now() {
        return now;
    }

    public synchronized void advanceTo(Instant to) {
        if (to.isBefore(now)) {
            throw new IllegalArgumentException("the clock never goes backwards: now is " + now);
        }
        if (to.equals(now)) {
            return;
        }
        settle();
        advance(now, to, grid.get());
        desk.applyAbsenceBoundaries(to);
        now = to;
        tickDoneAtNow = false;
    }

    /** Runs the tick at {@code now}, if {@code now} is a tick and it has not run yet. */
    public synchronized void settle() {
        if (!tickDoneAtNow && grid.get().isTick(now)) {
            desk.tick(now);
        }
        tickDoneAtNow = true;
    }

    /**
     * Runs, in the order of rule 8, everything after {@code from} up to {@code to}: absence boundaries in
     * {@code (from, to]} and ticks of {@code grid} strictly between. The tick at {@code to} is left for the caller,
     * so that tracker events at {@code to} come before it.
     */
    private void advance(Instant from, Instant to, TickGrid grid) {
        Instant cursor = from;
        while (true) {
            Instant boundary = desk.nextAbsenceBoundary().filter(b -> !b.isAfter(to)).orElse(null);
            Instant after = cursor.plusMillis(1);
            Instant tick = desk.nextWatch()
                    .map(due -> grid.firstAtOrAfter(due.isAfter(after) ? due : after))
                    .filter(t -> t.isBefore(to))
                    .orElse(null);
            if (boundary == null && tick == null) {
                return;
            }
            if (boundary != null && (tick == null || !boundary.isAfter(tick))) {
                if (!desk.applyAbsenceBoundaries(boundary)) {
                    throw new IllegalStateException("the absence boundary at " + boundary
                            + " could not be applied to every clock; time stops there until it can");
                }
            } else {
                desk.tick(tick);
                cursor = tick;
            }
        }
    }
}
