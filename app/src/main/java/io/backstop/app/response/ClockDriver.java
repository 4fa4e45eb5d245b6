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
        desk.advance(now, to, grid.get());
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
}
