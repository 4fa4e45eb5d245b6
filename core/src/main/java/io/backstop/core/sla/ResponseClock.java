package io.backstop.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one issue stands against the response goal: who owns and holds it, and, while a client message is
 * unanswered, since when it waits, when it enters the queue and when it is due. Immutable; the rules in
 * {@link ResponseRules} produce the next clock.
 *
 * @param issueType       may be null: the issue then matches only goals that do not restrict the type
 * @param priority        may be null, likewise
 * @param awaitingSince   null when no client message waits for an answer
 * @param queuedAt        null when not awaiting
 * @param due             null when not awaiting
 * @param breached        whether the current awaiting cycle has already breached
 */
public record ResponseClock(String issue, String issueType, String priority, String owner, String assignee,
                            boolean open, Instant awaitingSince, Instant queuedAt, Instant due, boolean breached) {

    public ResponseClock {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(assignee, "assignee");
        if ((awaitingSince == null) != (due == null) || (awaitingSince == null) != (queuedAt == null)) {
            throw new IllegalArgumentException("awaitingSince, queuedAt and due are set together");
        }
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

    ResponseClock awaiting(Instant since, Instant queuedFrom, Instant dueAt) {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, since, queuedFrom, dueAt, false);
    }

    ResponseClock answered() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, null, null, null, false);
    }

    ResponseClock markedBreached() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, open, awaitingSince, queuedAt, due, true);
    }

    ResponseClock closed() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, false, null, null, null, false);
    }

    ResponseClock reopened() {
        return new ResponseClock(issue, issueType, priority, owner, assignee, true, null, null, null, false);
    }

    public ResponseClock assignedTo(String person) {
        return new ResponseClock(issue, issueType, priority, owner, person, open, awaitingSince, queuedAt, due, breached);
    }
}
