package io.backstop.app.response;

import java.time.Instant;

/**
 * What one run of the watcher did ({@link ResponseDesk#runWatcher}), the same in every host.
 *
 * @param absencesApplied whether every absence boundary due by {@code at} was applied (if not, the next run tries
 *                        again; the tick ran regardless)
 * @param tick            the breaches and reassignments of the tick, and the clocks it left for the next run
 */
public record WatcherRun(Instant at, boolean absencesApplied, ResponseDesk.TickReport tick) {

    /** Nothing was left for the next run. */
    public boolean complete() {
        return absencesApplied && tick.failed() == 0;
    }

    /** One line for a log or a scheduler's status: the counts, and what was left. */
    public String summary() {
        String counts = tick.breaches() + " breach(es), " + tick.reassignments() + " reassignment(s)";
        if (complete()) {
            return counts + " at " + at;
        }
        return counts + ", " + tick.failed() + " clock(s) left for the next run"
                + (absencesApplied ? "" : ", absences pending") + " at " + at;
    }
}
