package io.backstop.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ReplyFacts;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.jira.BackstopHolder;
import io.backstop.jira.port.JiraUsers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Jira's issue events into the response desk's events:
 * <ul>
 *   <li>issue created: the app's {@code issueCreated} with the summary and description (the client's opening
 *       message, read for complaints): the response desk's clock (it ignores issues opened by staff) and, for an
 *       issue of the Complaint type, its complaint about the owner (once, however often Jira repeats the event);</li>
 *   <li>a new comment: {@code commentAdded}, internal when its visibility is restricted to a group or a role
 *       (the desk tells a client message from a staff reply by the author), with what {@link ReplyFactsReader}
 *       reads of it: its text, Backstop's mark (the comment property {@code backstop.reply}) and a due date set in
 *       the same event (the desk decides from these whether a staff reply is holding);</li>
 *   <li>a resolution set (any event that leaves the issue resolved), or the issue deleted: {@code issueResolved};</li>
 *   <li>any event that finds the issue unresolved: {@code issueReopened} (nothing happens unless its clock was
 *       closed).</li>
 * </ul>
 * Edited and deleted comments change nothing; a plain comment on an issue already resolved is ignored (rule 4).
 * Issues outside the department's projects (settings {@code projects}) are passed over at once, unless Backstop
 * already keeps their clock.
 * Registered with Jira's event publisher when the plugin starts and unregistered when it stops. A failure is logged
 * and never thrown back into Jira's event dispatch.
 */
@Named("backstopIssueEventListener")
public final class IssueEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(IssueEventListener.class);

    /** Events whose comment, if any, is a new one. */
    private static final Set<Long> IGNORED_COMMENTS = Set.of(EventType.ISSUE_COMMENT_EDITED_ID,
            EventType.ISSUE_COMMENT_DELETED_ID, EventType.ISSUE_DELETED_ID);

    private final EventPublisher publisher;
    private final BackstopHolder backstop;
    private final IssueFactsReader facts;
    private final ReplyFactsReader replies;
    private final Clock clock;

    @Inject
    public IssueEventListener(@ComponentImport EventPublisher publisher, BackstopHolder backstop,
                              IssueFactsReader facts, ReplyFactsReader replies, Clock clock) {
        this.publisher = publisher;
        this.backstop = backstop;
        this.facts = facts;
        this.replies = replies;
        this.clock = clock;
    }

    @PostConstruct
    public void register() {
        publisher.register(this);
    }

    @PreDestroy
    public void unregister() {
        publisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            handle(event);
        } catch (RuntimeException e) {
            Issue issue = event.getIssue();
            LOG.error("Backstop could not process event {} on {}", event.getEventTypeId(),
                    issue == null ? "?" : issue.getKey(), e);
        }
    }

    void handle(IssueEvent event) {
        Issue issue = event.getIssue();
        Long type = event.getEventTypeId();
        if (issue == null || type == null || !backstop.responses().concerns(issue.getKey())) {
            return; // not the department's: no fields read, no lock taken
        }
        if (EventType.ISSUE_DELETED_ID.equals(type)) {
            backstop.responses().issueResolved(issue.getKey(), clock.instant());
            return;
        }
        boolean resolved = issue.getResolutionDate() != null;
        if (!resolved && !EventType.ISSUE_CREATED_ID.equals(type)) {
            // Reopened (by the standard event or a workflow's own): the clock opens again, before any comment.
            backstop.responses().issueReopened(issue.getKey(), clock.instant());
        }
        if (EventType.ISSUE_CREATED_ID.equals(type)) {
            String reporter = JiraUsers.name(issue.getReporter() != null ? issue.getReporter() : event.getUser());
            IssueFacts known = withOwner(facts.facts(issue));
            if (reporter != null && known.owner() != null) {
                backstop.get().issueCreated(known, reporter, instant(issue.getCreated()), opening(issue));
            }
        }
        Comment comment = event.getComment();
        boolean plainCommentOnResolved = resolved && EventType.ISSUE_COMMENTED_ID.equals(type);
        if (comment != null && !IGNORED_COMMENTS.contains(type) && !plainCommentOnResolved) {
            ApplicationUser by = comment.getAuthorApplicationUser() != null ? comment.getAuthorApplicationUser()
                    : event.getUser();
            String author = JiraUsers.name(by);
            IssueFacts known = withOwner(facts.facts(issue));
            if (author != null && known.owner() != null) {
                boolean restricted = isRestricted(comment);
                ReplyFacts reply = restricted ? ReplyFacts.UNKNOWN : replies.read(event, issue, comment, by);
                backstop.responses().commentAdded(known, author, restricted, instant(comment.getCreated()), reply);
            }
        }
        if (resolved && !plainCommentOnResolved) {
            backstop.responses().issueResolved(issue.getKey(), instant(issue.getResolutionDate()));
        }
    }

    /** What the reporter wrote to open the issue, for the complaint lexicon: the summary, then the description. */
    static String opening(Issue issue) {
        String summary = issue.getSummary();
        String description = issue.getDescription();
        if (description == null || description.isBlank()) {
            return summary;
        }
        return summary == null || summary.isBlank() ? description : summary + "\n\n" + description;
    }

    /** A comment restricted to a group or a project role is an internal note, not a reply. */
    static boolean isRestricted(Comment comment) {
        return (comment.getGroupLevel() != null && !comment.getGroupLevel().isBlank())
                || comment.getRoleLevelId() != null;
    }

    /** An issue with neither a Home manager nor an assignee belongs to the department's operator. */
    private IssueFacts withOwner(IssueFacts known) {
        if (known.owner() != null) {
            return known;
        }
        String operator = backstop.settings().current().people().stream()
                .filter(p -> p.role() == Role.OPERATOR).map(Person::name).findFirst().orElse(null);
        return new IssueFacts(known.issue(), known.issueType(), known.priority(), operator, known.client());
    }

    private Instant instant(Date at) {
        return at == null ? clock.instant() : at.toInstant();
    }
}
