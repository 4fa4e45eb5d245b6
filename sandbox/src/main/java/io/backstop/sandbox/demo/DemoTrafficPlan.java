package io.backstop.sandbox.demo;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * What the traffic generator has planned, in time order, and how far it has handed the plan out (the cursor).
 *
 * <p>Steps planned for the same instant come out in the order they were planned, so the plan, and with it the
 * order of the draws, does not depend on how time is cut into windows. Nothing is planned before the cursor.
 */
final class DemoTrafficPlan {

    enum Step { ARRIVAL, OFF_HOURS, STAFF_REPLY, CLIENT_FOLLOW_UP, CLIENT_NUDGE, RESOLVE }

    /**
     * @param seq     the order of planning, for steps planned for the same instant
     * @param issue   null for the department-wide steps (arrivals, off-hours messages)
     * @param version the issue's {@link DemoTrafficIssue#version()} (replies, follow-ups, resolutions) or waiting
     *                {@link DemoTrafficIssue#cycle()} (nudges) when the step was planned
     */
    record Planned(Instant at, long seq, Step step, String issue, int version) {
    }

    private final PriorityQueue<Planned> queue =
            new PriorityQueue<>(Comparator.comparing(Planned::at).thenComparingLong(Planned::seq));
    private long seq;
    private Instant cursor;

    DemoTrafficPlan(Instant cursor) {
        this.cursor = cursor;
    }

    /** A department-wide step: the next arrival or off-hours message. */
    void schedule(Step step, Instant at) {
        schedule(step, at, null, 0);
    }

    void schedule(Step step, Instant at, String issue, int version) {
        // Only an observed action from before the cursor can plan into the past; it happens at the cursor instead.
        queue.add(new Planned(at.isBefore(cursor) ? cursor : at, seq++, step, issue, version));
    }

    /** The earliest planned step if it is due before {@code end}, taken off the plan; otherwise null. */
    Planned takeBefore(Instant end) {
        return !queue.isEmpty() && queue.peek().at().isBefore(end) ? queue.poll() : null;
    }

    /** The end of the last window handed out: everything planned before it has happened. */
    Instant cursor() {
        return cursor;
    }

    /** Moves the cursor on to {@code to}; never back. */
    void advanceTo(Instant to) {
        if (to.isAfter(cursor)) {
            cursor = to;
        }
    }
}
