package io.backstop.core.sla;

import java.util.Optional;

/** What one rule did to one clock: the next clock and what the department should hear about. */
public record ClockStep(ResponseClock clock, Optional<Reassignment> reassignment, Optional<Breach> breach,
                        Optional<Reply> reply) {

    static ClockStep unchanged(ResponseClock clock) {
        return new ClockStep(clock, Optional.empty(), Optional.empty(), Optional.empty());
    }

    ClockStep withReassignment(Reassignment moved) {
        return new ClockStep(clock.assignedTo(moved.to()), Optional.of(moved), breach, reply);
    }

    public boolean changed(ResponseClock before) {
        return !clock.equals(before);
    }
}
