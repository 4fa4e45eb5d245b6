package io.backstop.core.sla;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Presence;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    /** Rule 3 for an answer: any staff member replied publicly; the issue goes home if its owner is in. */
    public ClockStep staffReply(ResponseClock clock, Instant at, String by, Presence presence) {
        return staffReply(clock, at, by, ReplyKind.ANSWER, presence);
    }

    /**
     * Rule 3, then rule 11: a staff reply ends the awaiting cycle, on time or not; it closes an open promise (kept by
     * an answer, moved by another holding reply, broken when late), and a holding reply opens its own.
     */
    public ClockStep staffReply(ResponseClock clock, Instant at, String by, ReplyKind kind, Presence presence) {
        if (!clock.open()) {
            return ClockStep.unchanged(clock);
        }
        ClockStep step = ClockStep.unchanged(clock);
        if (clock.isAwaiting()) {
            step = step.withReply(new Reply(clock.issue(), clock.awaitingSince(), at, by,
                    calendar.working(clock.awaitingSince(), at), !at.isAfter(clock.due()))).withClock(clock.answered());
        }
        step = closePromise(step, at, kind.holding() ? PromiseOutcome.MOVED : PromiseOutcome.KEPT);
        if (kind.holding()) {
            step = openPromise(step, by, at, kind.promise());
        }
        ResponseClock next = step.clock();
        if (policy.returnToOwner() && !next.assignee().equals(next.owner())
                && presence.isPresent(next.owner(), at)) {
            step = step.withReassignment(
                    new Reassignment(at, next.issue(), next.assignee(), next.owner(), ReassignReason.RETURN));
        }
        return step;
    }

    /** Rule 4: closed; nothing happens to it afterwards. An open promise is kept if this is by its due time. */
    public ClockStep resolved(ResponseClock clock, Instant at) {
        if (!clock.open()) {
            return ClockStep.unchanged(clock);
        }
        return closePromise(ClockStep.unchanged(clock), at, PromiseOutcome.KEPT).withClock(clock.closed());
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

    /**
     * A watcher tick, for one clock: its reminder (rule 14), its breach (rules 7 and 10: held against whoever held
     * the issue, then moved to the operator), then its promise (rule 11: broken once its due time has come).
     */
    public ClockStep tick(ResponseClock clock, Instant at, Presence presence) {
        ClockStep step = ClockStep.unchanged(clock);
        if (clock.remindAt() != null && !at.isBefore(clock.remindAt())) {
            step = step.withClock(clock.reminded());
            if (at.isBefore(clock.due())) {
                step = step.withReminder(new Reminder(clock.issue(), at, clock.assignee(), clock.due()));
            }
        }
        if (clock.isDueAt(at)) {
            step = breach(step, at, presence);
        }
        OpenPromise promise = clock.promise();
        if (promise != null && !promise.due().isAfter(at)) {
            step = step.withPromise(Promise.closed(clock.issue(), promise, PromiseOutcome.BROKEN, at))
                    .withClock(step.clock().promising(null));
        }
        return step;
    }

    private ClockStep breach(ClockStep step, Instant at, Presence presence) {
        ResponseClock clock = step.clock();
        step = step.withClock(clock.markedBreached()).withBreach(
                new Breach(clock.issue(), clock.awaitingSince(), clock.due(), at, clock.assignee()));
        Optional<String> taker = new Substitution(staff, presence).takeOverBreach(clock.owner(), at);
        if (taker.isPresent() && !taker.get().equals(clock.assignee())) {
            step = step.withReassignment(
                    new Reassignment(at, clock.issue(), clock.assignee(), taker.get(), ReassignReason.BREACH));
        }
        return step;
    }

    /** Closes the open promise, if any, at {@code at}: {@code ifInTime} by its due time, else broken. */
    private static ClockStep closePromise(ClockStep step, Instant at, PromiseOutcome ifInTime) {
        OpenPromise open = step.clock().promise();
        if (open == null) {
            return step;
        }
        PromiseOutcome outcome = at.isAfter(open.due()) ? PromiseOutcome.BROKEN : ifInTime;
        return step.withPromise(Promise.closed(step.clock().issue(), open, outcome, at))
                .withClock(step.clock().promising(null));
    }

    /** A holding reply's promise: the date it names, else the goal's {@code answerWithin} from now. */
    private ClockStep openPromise(ClockStep step, String by, Instant at, Instant named) {
        ResponseClock clock = step.clock();
        Instant due = named != null && named.isAfter(at) ? named
                : calendar.addWorking(at, policy.goalFor(clock.issueType(), clock.priority()).answerWithin());
        OpenPromise promise = new OpenPromise(by, at, due);
        return step.withPromise(Promise.opened(clock.issue(), promise)).withClock(clock.promising(promise));
    }

    private ResponseClock startAwaiting(ResponseClock clock, Instant at) {
        Goal goal = policy.goalFor(clock.issueType(), clock.priority());
        Optional<Duration> remindAfter = policy.remindBefore()
                .map(before -> positivePart(goal.respondWithin().minus(before)));
        List<Instant> marks = calendar.addWorking(at, remindAfter
                .map(after -> List.of(goal.queueAfter(), goal.respondWithin(), after))
                .orElse(List.of(goal.queueAfter(), goal.respondWithin())));
        return clock.awaiting(at, marks.get(0), marks.get(1), remindAfter.isPresent() ? marks.get(2) : null);
    }

    private static Duration positivePart(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private ClockStep coverIfAssigneeAway(ResponseClock clock, Instant at, Presence presence) {
        ClockStep step = ClockStep.unchanged(clock);
        if (!clock.isAwaiting()) {
            return step;
        }
        Optional<String> taker = new Substitution(staff, presence).handOver(clock.owner(), clock.assignee(), at);
        if (taker.isPresent()) {
            step = step.withReassignment(
                    new Reassignment(at, clock.issue(), clock.assignee(), taker.get(), ReassignReason.ABSENCE));
        }
        return step;
    }
}
