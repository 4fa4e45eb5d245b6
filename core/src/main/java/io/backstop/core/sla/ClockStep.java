package io.backstop.core.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one rule did to one clock: the next clock and what the department should hear about. {@code promises} holds
 * a promise closed by this step (with its outcome) before one it opened.
 */
public record ClockStep(ResponseClock clock, Optional<Reassignment> reassignment, Optional<Breach> breach,
                        Optional<Reply> reply, Optional<Reminder> reminder, List<Promise> promises) {

    public ClockStep {
        promises = List.copyOf(promises);
    }

    static ClockStep unchanged(ResponseClock clock) {
        return new ClockStep(clock, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    ClockStep withReassignment(Reassignment moved) {
        return new ClockStep(clock.assignedTo(moved.to()), Optional.of(moved), breach, reply, reminder, promises);
    }

    ClockStep withClock(ResponseClock next) {
        return new ClockStep(next, reassignment, breach, reply, reminder, promises);
    }

    ClockStep withBreach(Breach breached) {
        return new ClockStep(clock, reassignment, Optional.of(breached), reply, reminder, promises);
    }

    ClockStep withReply(Reply replied) {
        return new ClockStep(clock, reassignment, breach, Optional.of(replied), reminder, promises);
    }

    ClockStep withReminder(Reminder sent) {
        return new ClockStep(clock, reassignment, breach, reply, Optional.of(sent), promises);
    }

    ClockStep withPromise(Promise promise) {
        List<Promise> more = new ArrayList<>(promises);
        more.add(promise);
        return new ClockStep(clock, reassignment, breach, reply, reminder, more);
    }

    public boolean changed(ResponseClock before) {
        return !clock.equals(before);
    }
}
