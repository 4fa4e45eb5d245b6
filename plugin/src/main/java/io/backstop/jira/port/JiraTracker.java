package io.backstop.jira.port;

import com.atlassian.jira.bc.issue.IssueService.AssignValidationResult;
import com.atlassian.jira.bc.issue.IssueService.IssueResult;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerComment;
import io.backstop.app.port.TrackerException.Refusal;
import io.backstop.app.port.TrackerException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jira as the app's {@link Tracker}: assigns through {@link IssueService} (validate, then assign) and leaves
 * internal notes as comments restricted to the department's staff group.
 *
 * <p>Only Jira's refusals become {@link TrackerException} (the desk then keeps the clock as it was and records
 * why). Anything unexpected (a database failure) propagates, so the desk's transaction rolls back and the watcher's
 * next run retries; assigning an issue to the person who already holds it does nothing, so a retry never moves an
 * issue twice.
 *
 * <p>Backstop acts as the Jira user named in the {@code jira.actor} setting (set on the setup page), else as the
 * department's head, never as whoever triggered an event: a client's comment must not need assign permission. The
 * actor is Jira's logged-in user for the assignment only (Jira checks Assign on that user); the thread's own user
 * comes back afterwards, whatever happened.
 */
@Named("backstopTracker")
public final class JiraTracker implements Tracker {

    /** The id of the issue's opening message in a conversation (comments have numeric ids). */
    static final String OPENING = "opening";

    private final IssueService issueService;
    private final IssueManager issues;
    private final CommentManager comments;
    private final UserManager users;
    private final JiraAuthenticationContext authentication;
    private final JiraSettings settings;

    @Inject
    public JiraTracker(@ComponentImport IssueService issueService, @ComponentImport IssueManager issues,
                       @ComponentImport CommentManager comments, @ComponentImport UserManager users,
                       @ComponentImport JiraAuthenticationContext authentication, JiraSettings settings) {
        this.issueService = issueService;
        this.issues = issues;
        this.comments = comments;
        this.users = users;
        this.authentication = authentication;
        this.settings = settings;
    }

    @Override
    public void assign(String issue, String assignee) {
        MutableIssue target = issue(issue);
        ApplicationUser to = users.getUserByName(assignee);
        if (!JiraUsers.isActive(to)) {
            throw new TrackerException(Refusal.USER_INACTIVE, "Jira has no active user \"" + assignee + "\"");
        }
        ApplicationUser current = target.getAssignee();
        if (current != null && to.getKey().equals(current.getKey())) {
            return; // already there: a retry, or another node was first
        }
        ApplicationUser actor = actor();
        // Jira checks Assign on the thread's logged-in user, not on the user argument: the watcher's thread has none
        // and an event's thread runs as whoever triggered it (typically the client), so act as the actor meanwhile.
        ApplicationUser before = authentication.getLoggedInUser();
        authentication.setLoggedInUser(actor);
        try {
            // the assignee by username: Jira resolves the Assignee field's value with UserManager.getUserByName
            AssignValidationResult validation = issueService.validateAssign(actor, target.getId(), to.getUsername());
            if (!validation.isValid()) {
                throw new TrackerException("Jira refused to assign " + issue + " to " + assignee + " as "
                        + actor.getUsername() + ": " + validation.getErrorCollection());
            }
            IssueResult result = issueService.assign(actor, validation);
            if (!result.isValid()) {
                throw new TrackerException("Jira failed to assign " + issue + " to " + assignee + ": "
                        + result.getErrorCollection());
            }
        } finally {
            authentication.setLoggedInUser(before);
        }
    }

    /** A comment visible only to the staff group (a group-level restriction; no project role). */
    @Override
    public void addInternalNote(String issue, String text) {
        MutableIssue target = issue(issue);
        String group = settings.department().staffGroup();
        comments.create(target, actor(), text, group, null, true);
    }

    /**
     * Rule 14's reminder: the internal note, with the {@code @person} it opens with written as Jira's mention
     * {@code [~person]}, so that Jira notifies them as it notifies anyone mentioned in a comment they may read.
     */
    @Override
    public void remind(String issue, String person, String text, Instant at) {
        String mention = "@" + person;
        addInternalNote(issue, text.startsWith(mention) ? "[~" + person + "]" + text.substring(mention.length())
                : "[~" + person + "] " + text);
    }

    /** Summary and due date as Jira has them now; a due date is a day, kept by Jira at the server's midnight. */
    @Override
    public Optional<TrackedIssue> describe(String issue) {
        MutableIssue found = issues.getIssueObject(issue);
        if (found == null) {
            return Optional.empty();
        }
        Timestamp due = found.getDueDate();
        return Optional.of(new TrackedIssue(found.getSummary() == null ? "" : found.getSummary(),
                Optional.ofNullable(due).map(d -> d.toLocalDateTime().toLocalDate())));
    }

    /**
     * The issue's opening (its reporter's summary and description) and the comments visible to everyone on it (no
     * group or role restriction), oldest first. Read without a user's permission check: the app shows the text only
     * to callers Jira lets browse the issue.
     */
    @Override
    public List<TrackerComment> conversation(String issue) {
        MutableIssue target = issue(issue);
        List<TrackerComment> list = new ArrayList<>();
        ApplicationUser reporter = target.getReporter();
        String summary = target.getSummary() == null ? "" : target.getSummary();
        String description = target.getDescription() == null ? "" : target.getDescription().strip();
        String opening = description.isEmpty() ? summary : (summary + "\n\n" + description).strip();
        if (!opening.isBlank()) {
            list.add(new TrackerComment(OPENING, reporter == null ? "" : reporter.getUsername(), opening,
                    target.getCreated() == null ? Instant.EPOCH : target.getCreated().toInstant()));
        }
        for (Comment c : comments.getComments(target)) {
            if (c.getGroupLevel() != null || c.getRoleLevelId() != null) {
                continue;
            }
            ApplicationUser author = c.getAuthorApplicationUser();
            list.add(new TrackerComment(String.valueOf(c.getId()), author == null ? "" : author.getUsername(),
                    c.getBody() == null ? "" : c.getBody(), c.getCreated().toInstant()));
        }
        return list;
    }

    private MutableIssue issue(String key) {
        MutableIssue found = issues.getIssueObject(key);
        if (found == null) {
            throw new TrackerException(Refusal.ISSUE_GONE, "Jira has no issue " + key);
        }
        return found;
    }

    private ApplicationUser actor() {
        String name = settings.actor().orElseThrow(() -> new TrackerException(Refusal.USER_INACTIVE,
                "no Jira user to act as: set one on Backstop's setup page, or add a head to the department"));
        ApplicationUser actor = users.getUserByName(name);
        if (!JiraUsers.isActive(actor)) {
            throw new TrackerException(Refusal.USER_INACTIVE,
                    "Backstop acts as \"" + name + "\", who is not an active Jira user");
        }
        return actor;
    }
}
