package io.backstop.sandbox.demo;

import io.backstop.core.replay.ScenarioEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happens on a client issue, as the sandbox tracker would receive it.
 *
 * <p>Every action carries the issue's attributes ({@code owner}, {@code client}, {@code issueType},
 * {@code priority}, {@code summary}) so it can be shown on its own; the tracker needs them only on
 * {@link Kind#CREATE_ISSUE}.
 *
 * @param author {@link DemoDepartment#CLIENT} for client actions, a staff login for staff comments and resolutions
 * @param body   the text of the message: the issue's description for a creation, the comment for a comment;
 *               null for a resolution
 */
public record DemoAction(Instant at, Kind kind, String issue, String author, String owner, String client,
                         String issueType, String priority, String summary, String body) {

    public enum Kind {
        /** A client opens an issue ({@code POST issues}): a client message. */
        CREATE_ISSUE,
        /** A public comment by the client: a client message. */
        CLIENT_COMMENT,
        /** A public comment by a member of the department: a staff reply. */
        STAFF_COMMENT,
        /** A member of the department resolves the issue. */
        RESOLVE
    }

    public DemoAction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(owner, "owner");
    }

    public boolean byClient() {
        return kind == Kind.CREATE_ISSUE || kind == Kind.CLIENT_COMMENT;
    }

    /** The tracker event the response engine sees for this action. */
    public ScenarioEvent toScenarioEvent() {
        return switch (kind) {
            case CREATE_ISSUE -> ScenarioEvent.created(at, issue, owner, issueType, priority);
            case CLIENT_COMMENT -> ScenarioEvent.clientMessage(at, issue);
            case STAFF_COMMENT -> ScenarioEvent.staffReply(at, issue, author);
            case RESOLVE -> ScenarioEvent.resolved(at, issue);
        };
    }
}
