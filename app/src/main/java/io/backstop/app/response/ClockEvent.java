package io.backstop.app.response;

import io.backstop.core.sla.Breach;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reply;
import java.time.Instant;

/**
 * A row of an issue's timeline. Fields that do not apply to a kind are null.
 *
 * @param actor who acted (a staff member, "client"), null when Backstop acted
 */
public record ClockEvent(String issue, Instant at, ClockEventKind kind, String actor, String from, String to,
                         String reason, Instant awaitingSince, Instant due, Long workingSeconds, Boolean onTime,
                         String detail) {

    public static ClockEvent tracker(String issue, Instant at, ClockEventKind kind, String actor) {
        return new ClockEvent(issue, at, kind, actor, null, null, null, null, null, null, null, null);
    }

    public static ClockEvent of(Reply reply) {
        return new ClockEvent(reply.issue(), reply.repliedAt(), ClockEventKind.STAFF_REPLY, reply.by(), null, null,
                null, reply.awaitingSince(), null, reply.waited().getSeconds(), reply.onTime(), null);
    }

    /** A breach; {@code from} is who held the issue when it breached (rule 10). */
    public static ClockEvent of(Breach breach) {
        return new ClockEvent(breach.issue(), breach.detectedAt(), ClockEventKind.BREACH, null, breach.heldBy(), null,
                null, breach.awaitingSince(), breach.due(), null, null, null);
    }

    public static ClockEvent of(Reminder reminder) {
        return new ClockEvent(reminder.issue(), reminder.at(), ClockEventKind.REMINDER, null, null, reminder.to(), null,
                null, reminder.due(), null, null, null);
    }

    /** A promise made (at its making) or closed (at its closing, with the outcome as the reason). */
    public static ClockEvent of(Promise promise) {
        boolean open = promise.outcome() == PromiseOutcome.OPEN;
        return new ClockEvent(promise.issue(), open ? promise.madeAt() : promise.closedAt(), ClockEventKind.PROMISE,
                promise.by(), null, null, promise.outcome().name(), null, promise.due(), null, null, null);
    }

    /** A holding reply's row: a reply row marked so in {@code detail}, with how it was decided. */
    public ClockEvent holding(ReplyDecidedBy decidedBy) {
        return new ClockEvent(issue, at, kind, actor, from, to, reason, awaitingSince, due, workingSeconds, onTime,
                decidedBy.stored());
    }

    /**
     * An automatic reassignment and the clock it was decided from ({@code awaitingSince}, {@code due}: null when
     * the issue was not awaiting); {@code refusal} is the tracker's reason when it could not be carried out.
     */
    public static ClockEvent of(Reassignment moved, Instant awaitingSince, Instant due, String refusal) {
        return new ClockEvent(moved.issue(), moved.at(), ClockEventKind.REASSIGNED, null, moved.from(), moved.to(),
                moved.reason().name(), awaitingSince, due, null, null, refusal == null ? null : "not applied: " + refusal);
    }
}
