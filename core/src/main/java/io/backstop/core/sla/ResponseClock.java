package io.backstop.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one issue stands against the response goal: who owns and holds it, and, while a client message is
 * unanswered, since when it waits, when it enters the queue, when its holder is reminded and when it is due; and
 * the promise a holding reply left open. Immutable; the rules in {@link ResponseRules} produce the next clock.
 *
 * @param issueType       may be null: the issue then matches only goals that do not restrict the type
 * @param priority        may be null, likewise
 * @param awaitingSince   null when no client message waits for an answer
 * @param queuedAt        null when not awaiting
 * @param due             null when not awaiting
 * @param breached        whether the current awaiting cycle has already breached
 * @param remindAt        when this cycle's reminder falls due (rule 14); null when not awaiting, when the policy
 *                        sends none, or once the cycle's first tick at or after it has passed
 * @param promise         the open promise (rule 11), or null
 */
public record ResponseClock(String issue, String issueType, String priority, String owner, String assignee,
                            boolean open, Instant awaitingSince, Instant queuedAt, Instant due, boolean breached,
                            Instant remindAt, OpenPromise promise) {

    public ResponseClock {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(assignee, "assignee");
        if ((awaitingSince == null) != (due == null) || (awaitingSince == null) != (queuedAt == null)) {
            throw new IllegalArgumentException("awaitingSince, queuedAt and due are set together");
        }
        if (remindAt != null && awaitingSince == null) {
            throw new IllegalArgumentException("only an awaiting clock has a reminder to send");
        }
    }

    /** A clock with no reminder pending and no promise: as every clock was before version 2 of the rules. */
    public ResponseClock(String issue, String issueType, String priority, String owner, String assignee,
                         boolean open, Instant awaitingSince, Instant queuedAt, Instant due, boolean breached) {
        this(issue, issueType, priority, owner, assignee, open, awaitingSince, queuedAt, due, breached, null, null);
    }

    /** A new open issue held by its owner, not yet awaiting. */
    public static ResponseClock opened(String issue, String issueType, String priority, String owner) {
        return new ResponseClock(issue, issueType, priority, owner, owner, true, null, null, null, false);
    }

    public boolean isAwaiting() {
        return open && awaitingSince != null;
    }

    /** Open, awaiting, not yet breached in this cycle, and due at or before {@code at}. */
    public boolean isDueAt(Instant at) {
        return isAwaiting() && !breached && !due.isAfter(at);
    }

    /** In the operator's queue at {@code at}. */
    public boolean isQueuedAt(Instant at) {
        return isAwaiting() && !queuedAt.isAfter(at);
    }

    /** The earliest instant a tick has something to do for this clock: a reminder, a breach or a promise; or null. */
    public Instant nextWatch() {
        Instant next = isAwaiting() && !breached ? due : null;
        if (remindAt != null && (next == null || remindAt.isBefore(next))) {
            next = remindAt;
        }
        if (promise != null && (next == null || promise.due().isBefore(next))) {
            next = promise.due();
        }
        return next;
    }

    ResponseClock awaiting(Instant since, Instant queuedFrom, Instant dueAt, Instant remindFrom) {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, since, queuedFrom, dueAt, false,
                remindFrom, promise);
    }

    ResponseClock answered() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, null, null, null, false, null,
                promise);
    }

    ResponseClock markedBreached() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, awaitingSince, queuedAt, due, true,
                null, promise);
    }

    ResponseClock reminded() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, awaitingSince, queuedAt, due,
                breached, null, promise);
    }

    ResponseClock promising(OpenPromise next) {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, awaitingSince, queuedAt, due,
                breached, remindAt, next);
    }

    ResponseClock closed() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, false, null, null, null, false, null,
                null);
    }

    ResponseClock reopened() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, true, null, null, null, false, null,
                null);
    }

    public ResponseClock assignedTo(String person) {
        return new ResponseClock(issue, issueType, priority, owner, person, open, awaitingSince, queuedAt, due, breached,
                remindAt, promise);
    }
}
