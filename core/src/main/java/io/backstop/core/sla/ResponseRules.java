package io.backstop.core.sla;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Presence;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The response rules of {@code sla-semantics.md}, one clock at a time: pure functions of a clock, an event or an
 * instant, and who is present. The Jira job, the sandbox and the replay all call these.
 */
public final class ResponseRules {

    private final WorkCalendar calendar;
    private final ResponsePolicy policy;
    private final Staff staff;

    public ResponseRules(WorkCalendar calendar, ResponsePolicy policy, Staff staff) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.staff = Objects.requireNonNull(staff, "staff");
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public ResponsePolicy policy() {
        return policy;
    }

    public Staff staff() {
        return staff;
    }

    /** Rule 1, then rule 5: a client opened an issue; it is held by its owner and awaits an answer. */
    public ClockStep created(String issue, String issueType, String priority, String owner, Instant at,
                             Presence presence) {
        ResponseClock opened = ResponseClock.opened(issue, issueType, priority, owner);
        return coverIfAssigneeAway(startAwaiting(opened, at), at, presence);
    }

    /** Rule 2, then rule 5: a client wrote; the earliest unanswered message keeps the clock. */
    public ClockStep clientMessage(ResponseClock clock, Instant at, Presence presence) {
        if (!clock.open()) {
            return ClockStep.unchanged(clock);
        }
        ResponseClock next = clock.isAwaiting() ? clock : startAwaiting(clock, at);
        return coverIfAssigneeAway(next, at, presence);
    }

    /** Rule 3: any staff member replied publicly; the issue goes home if its owner is in. */
    public ClockStep staffReply(ResponseClock clock, Instant at, String by, Presence presence) {
        if (!clock.open()) {
            return ClockStep.unchanged(clock);
        }
        Optional<Reply> reply = Optional.empty();
        ResponseClock next = clock;
        if (clock.isAwaiting()) {
            reply = Optional.of(new Reply(clock.issue(), clock.awaitingSince(), at, by,
                    calendar.working(clock.awaitingSince(), at), !at.isAfter(clock.due())));
            next = clock.answered();
        }
        ClockStep step = new ClockStep(next, Optional.empty(), Optional.empty(), reply);
        if (policy.returnToOwner() && !next.assignee().equals(next.owner())
                && presence.isPresent(next.owner(), at)) {
            step = step.withReassignment(
                    new Reassignment(at, next.issue(), next.assignee(), next.owner(), ReassignReason.RETURN));
        }
        return step;
    }

    /** Rule 4: closed; nothing happens to it afterwards. */
    public ClockStep resolved(ResponseClock clock) {
        return ClockStep.unchanged(clock.open() ? clock.closed() : clock);
    }

    /**
     * A resolved issue reopened in the tracker (the spec's scenarios never reopen): open again, not awaiting; the
     * client's next message starts a new cycle.
     */
    public ClockStep reopened(ResponseClock clock) {
        return ClockStep.unchanged(clock.open() ? clock : clock.reopened());
    }

    /** Rule 5 at an absence start: an awaiting issue whose assignee is now away moves on. */
    public ClockStep absenceStarted(ResponseClock clock, Instant at, Presence presence) {
        return coverIfAssigneeAway(clock, at, presence);
    }

    /** Rule 6: the owner is back; their open issues held by others return. */
    public ClockStep absenceEnded(ResponseClock clock, String person, Instant at, Presence presence) {
        if (policy.returnToOwner() && clock.open() && clock.owner().equals(person)
                && !clock.assignee().equals(person) && presence.isPresent(person, at)) {
            return ClockStep.unchanged(clock).withReassignment(
                    new Reassignment(at, clock.issue(), clock.assignee(), person, ReassignReason.RETURN));
        }
        return ClockStep.unchanged(clock);
    }

    /** Rule 7: at a watcher tick an unanswered issue past due breaches once per cycle and goes to the operator. */
    public ClockStep tick(ResponseClock clock, Instant at, Presence presence) {
        if (!clock.isDueAt(at)) {
            return ClockStep.unchanged(clock);
        }
        ResponseClock breached = clock.markedBreached();
        ClockStep step = new ClockStep(breached, Optional.empty(),
                Optional.of(new Breach(clock.issue(), clock.awaitingSince(), clock.due(), at)), Optional.empty());
        Optional<String> taker = new Substitution(staff, presence).takeOverBreach(at);
        if (taker.isPresent() && !taker.get().equals(clock.assignee())) {
            step = step.withReassignment(
                    new Reassignment(at, clock.issue(), clock.assignee(), taker.get(), ReassignReason.BREACH));
        }
        return step;
    }

    private ResponseClock startAwaiting(ResponseClock clock, Instant at) {
        Goal goal = policy.goalFor(clock.issueType(), clock.priority());
        return clock.awaiting(at, calendar.addWorking(at, goal.queueAfter()),
                calendar.addWorking(at, goal.respondWithin()));
    }

    private ClockStep coverIfAssigneeAway(ResponseClock clock, Instant at, Presence presence) {
        ClockStep step = ClockStep.unchanged(clock);
        if (!clock.isAwaiting() || presence.isPresent(clock.assignee(), at)) {
            return step;
        }
        Optional<String> taker = new Substitution(staff, presence).coverFor(clock.owner(), at);
        if (taker.isPresent() && !taker.get().equals(clock.assignee())) {
            step = step.withReassignment(
                    new Reassignment(at, clock.issue(), clock.assignee(), taker.get(), ReassignReason.ABSENCE));
        }
        return step;
    }
}
