package io.backstop.core.replay;

import io.backstop.core.sla.ReplyKind;
import java.time.Instant;
import java.util.Objects;

/**
 * One tracker event of a scenario.
 *
 * @param owner     the home manager; CREATED only
 * @param issueType optional; CREATED only
 * @param priority  optional; CREATED only
 * @param by        the staff member who replied; STAFF_REPLY only
 * @param reply     an answer or a holding reply with its promise; STAFF_REPLY only ({@link ReplyKind#ANSWER}
 *                  otherwise)
 */
public record ScenarioEvent(Instant at, EventType type, String issue, String owner, String issueType,
                            String priority, String by, ReplyKind reply) {

    public ScenarioEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(reply, "reply");
    }

    public ScenarioEvent(Instant at, EventType type, String issue, String owner, String issueType, String priority,
                         String by) {
        this(at, type, issue, owner, issueType, priority, by, ReplyKind.ANSWER);
    }

    public static ScenarioEvent created(Instant at, String issue, String owner, String issueType, String priority) {
        return new ScenarioEvent(at, EventType.CREATED, issue, owner, issueType, priority, null);
    }

    public static ScenarioEvent clientMessage(Instant at, String issue) {
        return new ScenarioEvent(at, EventType.CLIENT_MESSAGE, issue, null, null, null, null);
    }

    public static ScenarioEvent staffReply(Instant at, String issue, String by) {
        return new ScenarioEvent(at, EventType.STAFF_REPLY, issue, null, null, null, by);
    }

    public static ScenarioEvent holdingReply(Instant at, String issue, String by, Instant promiseOrNull) {
        return new ScenarioEvent(at, EventType.STAFF_REPLY, issue, null, null, null, by,
                ReplyKind.holding(promiseOrNull));
    }

    public static ScenarioEvent resolved(Instant at, String issue) {
        return new ScenarioEvent(at, EventType.RESOLVED, issue, null, null, null, null);
    }
}
