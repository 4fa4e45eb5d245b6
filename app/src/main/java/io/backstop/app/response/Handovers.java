package io.backstop.app.response;

import io.backstop.app.port.Tracker;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.ResponseClock;
import java.time.Instant;

/**
 * What people do with who holds an issue, by clicking: take it from the queue, or give it back to its owner. Each
 * names who the person saw holding it, so that of two people acting at once the second learns the first was
 * quicker instead of silently undoing them.
 */
final class Handovers {

    private final ClockWork work;
    private final Tracker tracker;
    private final AbsenceStore absences;

    Handovers(ClockWork work, Tracker tracker, AbsenceStore absences) {
        this.work = work;
        this.tracker = tracker;
        this.absences = absences;
    }

    /** What came of a take or a return: the outcome and who holds the issue now. */
    record Outcome(Kind kind, String holder) {
    }

    enum Kind { DONE, ALREADY_THERE, HELD_BY_SOMEONE_ELSE, OWNER_AWAY, NO_SUCH_ISSUE }

    Outcome take(String issue, String taker, String expectedHolder, Instant at) {
        return move(issue, taker, expectedHolder, at, Take.REASON, clock -> taker);
    }

    /**
     * The issue goes back to its owner, as rule 3 sends it after someone else's reply, but now, without a reply:
     * the operator who took it finds it is the manager's to answer. Never to an owner who is away (busy counts): an
     * issue handed to someone absent would sit there and its breach would count against them. The reason is
     * {@code RETURN}, as the automatic return; the actor (null for Backstop's own moves) says who did it.
     */
    Outcome giveBack(String issue, String by, String expectedHolder, Instant at) {
        return move(issue, by, expectedHolder, at, ReassignReason.RETURN.name(), ResponseClock::owner);
    }

    private Outcome move(String issue, String by, String expectedHolder, Instant at, String reason,
                         java.util.function.Function<ResponseClock, String> target) {
        return work.onIssue(issue, (stored, changes) -> {
            if (stored.isEmpty() || !stored.get().clock().open()) {
                return new Outcome(Kind.NO_SUCH_ISSUE, null);
            }
            ResponseClock clock = stored.get().clock();
            String to = target.apply(clock);
            if (clock.assignee().equals(to)) {
                return new Outcome(Kind.ALREADY_THERE, to);
            }
            if (expectedHolder != null && !clock.assignee().equals(expectedHolder)) {
                return new Outcome(Kind.HELD_BY_SOMEONE_ELSE, clock.assignee());
            }
            if (reason.equals(ReassignReason.RETURN.name()) && !absences.inForceAt(at).isPresent(to, at)) {
                return new Outcome(Kind.OWNER_AWAY, clock.assignee());
            }
            tracker.assign(issue, to);
            changes.record(new ClockEvent(issue, at, ClockEventKind.REASSIGNED, by, clock.assignee(), to, reason,
                    clock.awaitingSince(), clock.due(), null, null, null));
            changes.save(stored.get(), clock.assignedTo(to));
            return new Outcome(Kind.DONE, to);
        });
    }
}
