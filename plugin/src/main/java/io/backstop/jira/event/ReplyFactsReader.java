package io.backstop.jira.event;

import com.atlassian.jira.bc.issue.comment.property.CommentPropertyService;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backstop.app.response.ReplyFacts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ofbiz.core.entity.GenericValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Jira says of a staff reply, for deciding whether it is a holding reply (sla-semantics.md, "Holding replies in
 * the hosts"): its text; Backstop's mark, the comment property {@value #PROPERTY} the issue panel's reply box sets
 * when it posts the comment through Jira's comment resource ({@code {holding: true|false, promise?}}); and the issue's
 * due date when the same update set or moved it (a {@code duedate} item in the event's change log: Jira's edit
 * screen or {@code PUT /rest/api/2/issue} with a comment, which Jira reports as one event).
 *
 * <p>Jira sets a comment's properties before it dispatches the comment's event (DefaultCommentManager.create), so
 * the property is there when the listener asks. Two reads lean on signatures unconfirmed for Jira 11 (the package of
 * {@code Option} in {@code getEntityProperty()}, the OFBiz change-log types; see jira-stubs): a {@link LinkageError}
 * from either is logged once and the reply is decided by what remains (its text), never thrown into Jira.
 */
@Named("backstopReplyFacts")
public final class ReplyFactsReader {

    /** The comment property the reply box sets (docs/jira.md, "What Backstop reads from a comment"). */
    public static final String PROPERTY = "backstop.reply";
    /** The due date's field in Jira's change history. */
    static final String DUE_DATE_FIELD = "duedate";

    private static final Logger LOG = LoggerFactory.getLogger(ReplyFactsReader.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CommentPropertyService properties;
    private final AtomicBoolean linkageLogged = new AtomicBoolean();

    @Inject
    public ReplyFactsReader(@ComponentImport CommentPropertyService properties) {
        this.properties = properties;
    }

    /** The reply's facts; {@code user} is who Jira says acted (the property is read with their permission). */
    public ReplyFacts read(IssueEvent event, Issue issue, Comment comment, ApplicationUser user) {
        Mark mark = mark(comment, user);
        return new ReplyFacts(comment.getBody(), mark.holding, mark.promise, dueDateSet(event, issue));
    }

    /** Backstop's mark on a comment: holding (TRUE), detection turned off (FALSE) or none (null), and a promise. */
    record Mark(Boolean holding, Instant promise) {
        static final Mark NONE = new Mark(null, null);
    }

    Mark mark(Comment comment, ApplicationUser user) {
        if (comment.getId() == null) {
            return Mark.NONE;
        }
        String value;
        try {
            EntityPropertyService.PropertyResult result = properties.getProperty(user, comment.getId(), PROPERTY);
            EntityProperty property = result == null || result.getEntityProperty() == null ? null
                    : result.getEntityProperty().getOrNull();
            value = property == null ? null : property.getValue();
        } catch (LinkageError e) {
            linkageFailed("the comment property " + PROPERTY, e);
            return Mark.NONE;
        } catch (RuntimeException e) {
            LOG.warn("Backstop could not read the comment property {} of comment {}: {}", PROPERTY, comment.getId(),
                    e.getMessage(), e);
            return Mark.NONE;
        }
        return value == null ? Mark.NONE : parse(value, comment.getId());
    }

    /** {@code {holding: true|false, promise?}}; a promise alone marks holding; anything else is no mark. */
    static Mark parse(String value, Long commentId) {
        try {
            JsonNode node = JSON.readTree(value);
            JsonNode holding = node == null ? null : node.get("holding");
            JsonNode promise = node == null ? null : node.get("promise");
            Instant promised = promise != null && promise.isTextual()
                    ? OffsetDateTime.parse(promise.textValue()).toInstant() : null;
            if (holding != null && holding.isBoolean()) {
                return holding.booleanValue() ? new Mark(true, promised) : new Mark(false, null);
            }
            return promised != null ? new Mark(true, promised) : Mark.NONE;
        } catch (java.io.IOException | DateTimeParseException e) {
            LOG.warn("Backstop ignores the comment property {} of comment {}: {}", PROPERTY, commentId,
                    e.getMessage());
            return Mark.NONE;
        }
    }

    /** The issue's due date (Jira keeps a day at the server's midnight) when this event's change log moved it. */
    LocalDate dueDateSet(IssueEvent event, Issue issue) {
        try {
            GenericValue changeLog = event.getChangeLog();
            if (changeLog == null) {
                return null;
            }
            List<GenericValue> items = changeLog.getRelated("ChildChangeItem");
            boolean moved = items != null && items.stream()
                    .anyMatch(item -> DUE_DATE_FIELD.equalsIgnoreCase(item.getString("field")));
            Timestamp due = moved ? issue.getDueDate() : null;
            return due == null ? null : due.toLocalDateTime().toLocalDate();
        } catch (LinkageError e) {
            linkageFailed("the event's change log", e);
            return null;
        } catch (Exception e) {
            LOG.warn("Backstop could not read the change log of an event on {}: {}", issue.getKey(), e.getMessage(), e);
            return null;
        }
    }

    private void linkageFailed(String what, LinkageError e) {
        if (linkageLogged.compareAndSet(false, true)) {
            LOG.error("Backstop cannot read {} in this Jira ({}); replies are decided by their text. Report this "
                    + "with Jira's version.", what, e.toString(), e);
        }
    }
}
