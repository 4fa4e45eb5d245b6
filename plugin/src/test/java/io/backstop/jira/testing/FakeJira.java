package io.backstop.jira.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.IssueService.AssignValidationResult;
import com.atlassian.jira.bc.issue.IssueService.IssueResult;
import com.atlassian.jira.bc.issue.comment.property.CommentPropertyService;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.EntityPropertyService.PropertyResult;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.fugue.Option;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ofbiz.core.entity.GenericValue;

/**
 * Jira at the plugin's boundary, as Mockito mocks of the stand-ins with a little state behind them: users, groups,
 * issues with their assignees and field values, comments, issue types and custom fields. The issue service assigns
 * for real (in this state) and remembers every assignment; a failure can be injected into the next assign of an
 * issue.
 *
 * <p>Where a mistake would only show in a real Jira, the doubles behave as Jira does: {@code validateAssign} resolves
 * its assignee by <em>username</em> (as AssigneeSystemField does with {@code UserManager.getUserByName}) and checks
 * the Assign permission of the thread's logged-in user from {@link JiraAuthenticationContext}, not of its
 * {@code user} argument; the cluster locks are not re-entrant ({@link LocalClusterLock}); a comment posted with
 * properties (Jira's comment resource, {@code properties: [{key, value}]}) has them stored before its event is
 * dispatched, as DefaultCommentManager.create does, and the comment property service answers them to a user who may
 * browse the issue; an edit that sets the due date and adds a comment is one ISSUE_UPDATED event carrying both the
 * comment and a change log with a {@code duedate} item, the issue already holding the new date (at the server's
 * midnight, as Jira keeps a due date).
 */
public final class FakeJira {

    /** An assignment Jira carried out. */
    public record Assignment(String issue, String from, String to, String actor) {
    }

    /** A comment Jira stored. */
    public record Note(String issue, String author, String body, String groupLevel, Long roleLevelId) {
    }

    public final UserManager users = mock(UserManager.class);
    public final GroupManager groups = mock(GroupManager.class);
    public final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    public final PermissionManager permissions = mock(PermissionManager.class);
    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final IssueManager issueManager = mock(IssueManager.class);
    public final IssueService issueService = mock(IssueService.class);
    public final CommentManager comments = mock(CommentManager.class);
    public final ClusterLockService clusterLocks = mock(ClusterLockService.class);
    public final EventPublisher events = mock(EventPublisher.class);
    public final SchedulerService scheduler = mock(SchedulerService.class);
    public final CustomFieldManager fields = mock(CustomFieldManager.class);
    public final ConstantsManager constants = mock(ConstantsManager.class);
    public final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    public final AvatarManager avatars = mock(AvatarManager.class);
    public final CommentPropertyService commentProperties = mock(CommentPropertyService.class);

    // Synchronized: two simulated nodes may assign and comment at the same time.
    public final List<Assignment> assignments = java.util.Collections.synchronizedList(new ArrayList<>());
    public final List<Note> notes = java.util.Collections.synchronizedList(new ArrayList<>());
    public final Map<String, LocalClusterLock> locks = new ConcurrentHashMap<>();

    private final Map<String, ApplicationUser> byName = new HashMap<>();
    private final Map<String, ApplicationUser> byKey = new HashMap<>();
    private final Map<String, Set<String>> members = new HashMap<>();
    private final Set<String> admins = new HashSet<>();
    /** Who holds Assign issues in the client projects (Jira's permission scheme). */
    private final Set<String> mayAssign = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The thread's logged-in user, as JiraAuthenticationContext keeps it (null: anonymous, a scheduler thread). */
    private final ThreadLocal<ApplicationUser> loggedIn = new ThreadLocal<>();
    private final Map<String, IssueState> issues = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, RuntimeException> failNextAssign = new HashMap<>();
    private final Map<String, String> refuseAssign = new HashMap<>();
    private final List<CustomField> customFields = new ArrayList<>();
    private final List<IssueType> allIssueTypes = new ArrayList<>();
    private long nextId = 10000;
    private long nextCommentId = 20000;
    /** Comment properties as Jira stores them: comment id -> key -> JSON text. */
    private final Map<Long, Map<String, String>> properties = new ConcurrentHashMap<>();

    private final class IssueState {
        final MutableIssue issue = mock(MutableIssue.class);
        final long id = nextId++;
        final String key;
        ApplicationUser assignee;
        Instant resolvedAt;
        LocalDate dueDate;
        final Map<String, Object> values = new HashMap<>();

        IssueState(String key) {
            this.key = key;
        }
    }

    public FakeJira() {
        lenient().when(users.getUserByName(anyString())).thenAnswer(call -> byName.get(call.<String>getArgument(0)));
        lenient().when(users.getUserByKey(anyString())).thenAnswer(call -> byKey.get(call.<String>getArgument(0)));
        lenient().when(groups.isUserInGroup(any(ApplicationUser.class), anyString())).thenAnswer(call -> {
            ApplicationUser user = call.getArgument(0);
            return members.getOrDefault(call.<String>getArgument(1), Set.of()).contains(user.getUsername());
        });
        lenient().when(groups.getGroup(anyString())).thenAnswer(call -> members.containsKey(call.<String>getArgument(0))
                ? group(call.getArgument(0)) : null);
        lenient().when(groups.groupExists(anyString())).thenAnswer(call -> members.containsKey(call.<String>getArgument(0)));
        try {
            lenient().when(groups.createGroup(anyString())).thenAnswer(call -> {
                members.put(call.getArgument(0), new HashSet<>());
                return group(call.getArgument(0));
            });
        } catch (Exception impossible) {
            throw new AssertionError(impossible);
        }
        lenient().when(globalPermissions.hasPermission(any(GlobalPermissionKey.class), any(ApplicationUser.class)))
                .thenAnswer(call -> call.getArgument(0).equals(GlobalPermissionKey.ADMINISTER)
                        && admins.contains(call.<ApplicationUser>getArgument(1).getUsername()));
        lenient().when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
        lenient().when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        lenient().when(issueManager.getIssueObject(anyString())).thenAnswer(call -> {
            IssueState state = issues.get(call.<String>getArgument(0));
            return state == null ? null : state.issue;
        });
        lenient().when(authentication.getLoggedInUser()).thenAnswer(call -> loggedIn.get());
        lenient().doAnswer(call -> {
            loggedIn.set(call.getArgument(0));
            return null;
        }).when(authentication).setLoggedInUser(any());
        lenient().when(issueService.validateAssign(any(), anyLong(), anyString())).thenAnswer(call -> {
            IssueState state = byId(call.getArgument(1));
            String refusal = assignRefusal(state.key, call.getArgument(2));
            ErrorCollection errors = mock(ErrorCollection.class);
            lenient().when(errors.hasAnyErrors()).thenReturn(refusal != null);
            lenient().when(errors.toString()).thenReturn(refusal == null ? "no errors" : refusal);
            return new AssignValidationResult(state.issue, errors, call.getArgument(2));
        });
        lenient().when(issueService.assign(any(), any(AssignValidationResult.class))).thenAnswer(call -> {
            AssignValidationResult result = call.getArgument(1);
            IssueState state = issues.get(result.getIssue().getKey());
            RuntimeException failure = failNextAssign.remove(state.key);
            if (failure != null) {
                throw failure;
            }
            ApplicationUser actor = call.getArgument(0);
            ApplicationUser to = byName.get(result.getAssigneeId()); // the username validateAssign was given
            assignments.add(new Assignment(state.key, state.assignee == null ? null : state.assignee.getUsername(),
                    to.getUsername(), actor == null ? null : actor.getUsername()));
            state.assignee = to;
            return new IssueResult(state.issue);
        });
        lenient().when(comments.create(any(), any(), anyString(), any(), any(), anyBoolean())).thenAnswer(call -> {
            MutableIssue issue = call.getArgument(0);
            ApplicationUser author = call.getArgument(1);
            notes.add(new Note(issue.getKey(), author == null ? null : author.getUsername(), call.getArgument(2),
                    call.getArgument(3), call.getArgument(4)));
            return mock(Comment.class);
        });
        lenient().when(clusterLocks.getLockForName(anyString()))
                .thenAnswer(call -> locks.computeIfAbsent(call.getArgument(0), LocalClusterLock::new));
        lenient().when(fields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(customFields));
        lenient().when(fields.getCustomFieldType(anyString())).thenAnswer(call -> mock(CustomFieldType.class));
        try {
            lenient().when(fields.createCustomField(anyString(), anyString(), any(), any(), any(), any()))
                    .thenAnswer(call -> customField(call.getArgument(0)));
        } catch (Exception impossible) {
            throw new AssertionError(impossible);
        }
        lenient().when(constants.getAllIssueTypeObjects()).thenAnswer(call -> (Collection<IssueType>) List.copyOf(allIssueTypes));
        lenient().when(issueTypes.createIssueType(anyString(), anyString(), any())).thenAnswer(call -> {
            IssueType type = issueType(call.getArgument(0));
            allIssueTypes.add(type);
            return type;
        });
        lenient().when(avatars.getDefaultAvatarId(any())).thenReturn(10300L);
        lenient().when(commentProperties.getProperty(any(), any(), anyString())).thenAnswer(call -> {
            ApplicationUser user = call.getArgument(0);
            Long comment = call.getArgument(1);
            ErrorCollection errors = mock(ErrorCollection.class);
            boolean refused = user == null; // Jira checks the user may browse the comment's issue
            lenient().when(errors.hasAnyErrors()).thenReturn(refused);
            String json = refused ? null : properties.getOrDefault(comment, Map.of()).get(call.getArgument(2));
            return new PropertyResult(errors, Option.option(json == null ? null
                    : property(call.getArgument(2), json)));
        });
    }

    private static EntityProperty property(String key, String json) {
        EntityProperty property = mock(EntityProperty.class);
        lenient().when(property.getKey()).thenReturn(key);
        lenient().when(property.getValue()).thenReturn(json);
        return property;
    }

    // ------------------------------------------------------------------ users and groups

    public ApplicationUser user(String name) {
        return byName.computeIfAbsent(name, n -> {
            ApplicationUser user = mock(ApplicationUser.class);
            String key = "JIRAUSER" + (byKey.size() + 10100);
            lenient().when(user.getUsername()).thenReturn(n);
            lenient().when(user.getName()).thenReturn(n);
            lenient().when(user.getKey()).thenReturn(key);
            lenient().when(user.getDisplayName()).thenReturn(n);
            lenient().when(user.isActive()).thenReturn(true);
            lenient().when(user.toString()).thenReturn(n);
            byKey.put(key, user);
            return user;
        });
    }

    public FakeJira users(Collection<String> names) {
        names.forEach(this::user);
        return this;
    }

    /** The users get Assign issues in the client projects. */
    public void grantAssign(String... names) {
        for (String name : names) {
            user(name);
            mayAssign.add(name);
        }
    }

    /** The current thread runs as this user (null: anonymous), as Jira sets it for a request or an event. */
    public void logIn(String name) {
        loggedIn.set(name == null ? null : user(name));
    }

    public String loggedInUser() {
        ApplicationUser user = loggedIn.get();
        return user == null ? null : user.getUsername();
    }

    /**
     * Jira's refusal of an assign, or null: an assignee that is not a username, a logged-in user (whoever the
     * {@code user} argument names) without Assign issues, or a refusal injected for the issue.
     */
    private String assignRefusal(String issue, String assignee) {
        if (byName.get(assignee) == null) {
            return "User '" + assignee + "' does not exist.";
        }
        ApplicationUser acting = loggedIn.get();
        if (acting == null || !mayAssign.contains(acting.getUsername())) {
            return "You do not have permission to assign issues (logged in: "
                    + (acting == null ? "anonymous" : acting.getUsername()) + ").";
        }
        return refuseAssign.get(issue);
    }

    public void admin(String name) {
        user(name);
        admins.add(name);
    }

    public void group(String group, String... names) {
        Set<String> in = members.computeIfAbsent(group, g -> new HashSet<>());
        for (String name : names) {
            user(name);
            in.add(name);
        }
    }

    public boolean hasGroup(String group) {
        return members.containsKey(group);
    }

    private static Group group(String name) {
        Group group = mock(Group.class);
        lenient().when(group.getName()).thenReturn(name);
        return group;
    }

    // ------------------------------------------------------------------ issues

    /** A new issue assigned to {@code assignee}, with a Home manager and a Client. */
    public MutableIssue issue(String key, String issueType, String priority, String reporter, String assignee,
                              String homeManager, String client, Instant created) {
        IssueState state = new IssueState(key);
        issues.put(key, state);
        state.assignee = assignee == null ? null : user(assignee);
        if (homeManager != null) {
            state.values.put("Home manager", user(homeManager));
        }
        if (client != null) {
            state.values.put("Client", client);
        }
        MutableIssue issue = state.issue;
        IssueType type = issueType == null ? null : issueType(issueType);
        Priority level = priority == null ? null : priority(priority);
        ApplicationUser by = reporter == null ? null : user(reporter);
        lenient().when(issue.getKey()).thenReturn(key);
        lenient().when(issue.getId()).thenReturn(state.id);
        lenient().when(issue.getIssueType()).thenReturn(type);
        lenient().when(issue.getPriority()).thenReturn(level);
        lenient().when(issue.getReporter()).thenReturn(by);
        lenient().when(issue.getCreated()).thenReturn(new Timestamp(created.toEpochMilli()));
        lenient().when(issue.getAssignee()).thenAnswer(call -> state.assignee);
        lenient().when(issue.getDueDate()).thenAnswer(call ->
                state.dueDate == null ? null : Timestamp.valueOf(state.dueDate.atStartOfDay()));
        lenient().when(issue.getResolutionDate()).thenAnswer(call ->
                state.resolvedAt == null ? null : new Timestamp(state.resolvedAt.toEpochMilli()));
        lenient().when(issue.getCustomFieldValue(any())).thenAnswer(call -> {
            CustomField field = call.getArgument(0);
            return field == null ? null : state.values.get(field.getFieldName());
        });
        lenient().when(issue.toString()).thenReturn(key);
        return issue;
    }

    public MutableIssue issue(String key) {
        return issues.get(key).issue;
    }

    public String assigneeOf(String key) {
        ApplicationUser assignee = issues.get(key).assignee;
        return assignee == null ? null : assignee.getUsername();
    }

    /** Somebody assigned the issue in Jira's own screens (not through Backstop): no assignment is recorded. */
    public void assignByHand(String issue, String to) {
        issues.get(issue).assignee = user(to);
    }

    /** The issue is deleted: Jira's issue manager no longer finds it by key. */
    public void delete(String key) {
        issues.remove(key);
    }

    /** The user is deactivated in Jira's user directory. */
    public void deactivate(String name) {
        lenient().when(user(name).isActive()).thenReturn(false);
    }

    public void resolve(String key, Instant at) {
        issues.get(key).resolvedAt = at;
    }

    /** The next assign of {@code issue} throws (Jira's database failing, say); later ones work. */
    public void failNextAssign(String issue, RuntimeException failure) {
        failNextAssign.put(issue, failure);
    }

    /** Jira refuses (validation errors) every assign of {@code issue}. */
    public void refuseAssign(String issue, String why) {
        refuseAssign.put(issue, why);
    }

    /** Jira no longer refuses assigns of {@code issue} (an admin fixed the project's permissions). */
    public void allowAssign(String issue) {
        refuseAssign.remove(issue);
    }

    public List<Assignment> assignmentsOf(String issue) {
        return assignments.stream().filter(a -> a.issue().equals(issue)).toList();
    }

    private IssueState byId(long id) {
        return issues.values().stream().filter(s -> s.id == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no issue " + id));
    }

    // ------------------------------------------------------------------ fields and types

    public CustomField customField(String name) {
        CustomField field = mock(CustomField.class);
        lenient().when(field.getFieldName()).thenReturn(name);
        lenient().when(field.getId()).thenReturn("customfield_" + (10200 + customFields.size()));
        customFields.add(field);
        return field;
    }

    /** The standard fields Backstop reads, as if setup had run. */
    public FakeJira withBackstopFields() {
        customField("Client");
        customField("Home manager");
        return this;
    }

    public List<String> customFieldNames() {
        return customFields.stream().map(CustomField::getFieldName).toList();
    }

    public IssueType existingIssueType(String name) {
        IssueType type = issueType(name);
        allIssueTypes.add(type);
        return type;
    }

    public List<String> issueTypeNames() {
        return allIssueTypes.stream().map(IssueType::getName).toList();
    }

    private static IssueType issueType(String name) {
        IssueType type = mock(IssueType.class);
        lenient().when(type.getName()).thenReturn(name);
        lenient().when(type.getId()).thenReturn(Integer.toString(Math.abs(name.hashCode()) % 100000));
        return type;
    }

    private static Priority priority(String name) {
        Priority priority = mock(Priority.class);
        lenient().when(priority.getName()).thenReturn(name);
        return priority;
    }

    // ------------------------------------------------------------------ events

    public IssueEvent created(String issue) {
        return event(issue, EventType.ISSUE_CREATED_ID, issues.get(issue).issue.getReporter(), null);
    }

    public IssueEvent commented(String issue, String author, Instant at) {
        return event(issue, EventType.ISSUE_COMMENTED_ID, user(author), comment(author, at, null));
    }

    /** A public comment with its text, as Jira's comment field or comment resource adds one. */
    public IssueEvent commented(String issue, String author, Instant at, String body) {
        return event(issue, EventType.ISSUE_COMMENTED_ID, user(author), comment(author, at, null, body));
    }

    /**
     * {@code POST /rest/api/2/issue/{key}/comment} with {@code properties: [{key, value}]}: the comment is stored, then
     * its properties, then ISSUE_COMMENTED is dispatched (DefaultCommentManager.create).
     */
    public IssueEvent commentedWithProperty(String issue, String author, Instant at, String body, String key,
                                            String json) {
        Comment comment = comment(author, at, null, body);
        properties.computeIfAbsent(comment.getId(), id -> new ConcurrentHashMap<>()).put(key, json);
        return event(issue, EventType.ISSUE_COMMENTED_ID, user(author), comment);
    }

    /**
     * Jira's edit screen (or {@code PUT /rest/api/2/issue/{key}}) setting the due date with a comment: the issue holds
     * the new date, and one ISSUE_UPDATED event carries the comment and a change log with a {@code duedate} item.
     */
    public IssueEvent dueDateSetWithComment(String issue, String author, Instant at, String body, LocalDate due) {
        LocalDate before = issues.get(issue).dueDate;
        issues.get(issue).dueDate = due;
        IssueEvent event = event(issue, EventType.ISSUE_UPDATED_ID, user(author), comment(author, at, null, body));
        GenericValue changeLog = changeLog(changeItem("duedate", before == null ? null : before.toString(),
                due.toString()));
        lenient().when(event.getChangeLog()).thenReturn(changeLog);
        return event;
    }

    private static GenericValue changeLog(GenericValue... items) {
        GenericValue changeLog = mock(GenericValue.class);
        try {
            lenient().when(changeLog.getRelated("ChildChangeItem")).thenReturn(List.of(items));
        } catch (Exception impossible) {
            throw new AssertionError(impossible);
        }
        return changeLog;
    }

    /** A change item as Jira's change history has it: field, old and new values ({@code newvalue} [U]). */
    private static GenericValue changeItem(String field, String oldValue, String newValue) {
        GenericValue item = mock(GenericValue.class);
        lenient().when(item.getString("field")).thenReturn(field);
        lenient().when(item.getString("fieldtype")).thenReturn("jira");
        lenient().when(item.getString("oldvalue")).thenReturn(oldValue);
        lenient().when(item.getString("newvalue")).thenReturn(newValue);
        return item;
    }

    public IssueEvent internalComment(String issue, String author, Instant at, String group) {
        return event(issue, EventType.ISSUE_COMMENTED_ID, user(author), comment(author, at, group));
    }

    public IssueEvent commentEdited(String issue, String author, Instant at) {
        return event(issue, EventType.ISSUE_COMMENT_EDITED_ID, user(author), comment(author, at, null));
    }

    public IssueEvent resolved(String issue, String by, Instant at) {
        resolve(issue, at);
        return event(issue, EventType.ISSUE_RESOLVED_ID, user(by), null);
    }

    public IssueEvent reopened(String issue, String by) {
        issues.get(issue).resolvedAt = null;
        return event(issue, EventType.ISSUE_REOPENED_ID, user(by), null);
    }

    public IssueEvent event(String issue, Long type, ApplicationUser user, Comment comment) {
        IssueEvent event = mock(IssueEvent.class);
        MutableIssue target = issues.get(issue).issue;
        lenient().when(event.getIssue()).thenReturn(target);
        lenient().when(event.getEventTypeId()).thenReturn(type);
        lenient().when(event.getUser()).thenReturn(user);
        lenient().when(event.getComment()).thenReturn(comment);
        return event;
    }

    private Comment comment(String author, Instant at, String group) {
        return comment(author, at, group, "text");
    }

    private Comment comment(String author, Instant at, String group, String body) {
        Comment comment = mock(Comment.class);
        ApplicationUser by = user(author);
        long id = nextCommentId++;
        lenient().when(comment.getId()).thenReturn(id);
        lenient().when(comment.getAuthorApplicationUser()).thenReturn(by);
        lenient().when(comment.getCreated()).thenReturn(Date.from(at));
        lenient().when(comment.getGroupLevel()).thenReturn(group);
        lenient().when(comment.getRoleLevelId()).thenReturn(null);
        lenient().when(comment.getBody()).thenReturn(body);
        return comment;
    }
}
