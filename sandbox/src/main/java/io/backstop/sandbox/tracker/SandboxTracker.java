package io.backstop.sandbox.tracker;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerComment;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.port.TrackerException;
import io.backstop.app.store.EntityStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * The sandbox's own tracker: issues, comments and assignment, kept in the same database as Backstop. A host for
 * the app, not an imitation of Jira.
 */
public final class SandboxTracker implements Tracker {

    /** The author of Backstop's internal notes. */
    public static final String BACKSTOP = "backstop";
    /** The author of client messages. */
    public static final String CLIENT = "client";

    private final EntityStore store;
    private final Clock clock;

    /** Over a store whose tracker tables {@link #migrate} has made. */
    public SandboxTracker(EntityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Makes or updates the tracker's tables; once at start-up, before anything reads them. */
    public static void migrate(EntityStore store) {
        store.migrate(IssueEntity.class, CommentEntity.class);
    }

    /**
     * The time of the latest issue or comment stored, if any: a restarted sandbox's clock never goes behind it.
     * Static, for the host reads it before it has a clock to give a tracker.
     */
    public static Optional<Instant> latestActivity(EntityStore store) {
        long latest = Long.MIN_VALUE;
        for (IssueEntity e : store.find(IssueEntity.class, Query.select("ID, CREATED_AT").order("CREATED_AT DESC")
                .limit(1))) {
            latest = Math.max(latest, e.getCreatedAt());
        }
        for (CommentEntity e : store.find(CommentEntity.class, Query.select("ID, CREATED_AT")
                .order("CREATED_AT DESC").limit(1))) {
            latest = Math.max(latest, e.getCreatedAt());
        }
        return latest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(latest));
    }

    /** An issue as the tracker holds it; {@code description} is what the client wrote below the summary, or null. */
    public record Issue(String key, String summary, String client, String issueType, String priority, String owner,
                        String assignee, boolean resolved, Instant createdAt, String description) {

        /** What the client wrote opening the issue, as the complaint lexicon reads it: the summary, then the rest. */
        public String opening() {
            return description == null ? summary : summary == null ? description : summary + "\n\n" + description;
        }

        public IssueFacts facts() {
            return new IssueFacts(key, issueType, priority, owner, client);
        }
    }

    /** A comment, with what its author said of it as a reply (for a client's or a note: nothing). */
    public record Comment(String author, String body, boolean internal, Instant at, ReplyFacts reply) {
    }

    public Issue create(String key, String summary, String client, String issueType, String priority, String owner,
                        Instant at) {
        return create(key, summary, null, client, issueType, priority, owner, at);
    }

    /** An issue as a client opens it: a summary, and what they wrote below it (null: nothing). */
    public Issue create(String key, String summary, String description, String client, String issueType,
                        String priority, String owner, Instant at) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", key);
        values.put("OWNER", owner);
        values.put("ASSIGNEE", owner);
        values.put("RESOLVED", false);
        values.put("CREATED_AT", at.toEpochMilli());
        IssueEntity entity = store.create(IssueEntity.class, values);
        entity.setSummary(summary);
        entity.setDescription(description);
        entity.setClient(client);
        entity.setIssueType(issueType);
        entity.setPriority(priority);
        entity.save();
        return toIssue(entity);
    }

    public Optional<Issue> find(String key) {
        return entity(key).map(SandboxTracker::toIssue);
    }

    /** Open issues in creation order. */
    public List<Issue> openIssues() {
        List<Issue> open = new ArrayList<>();
        for (IssueEntity e : store.find(IssueEntity.class, Query.select().where("RESOLVED = ?", false).order("ID"))) {
            open.add(toIssue(e));
        }
        return open;
    }

    /** The keys of resolved issues, in creation order. */
    public List<String> resolvedKeys() {
        List<String> keys = new ArrayList<>();
        store.stream(IssueEntity.class, Query.select("ID, ISSUE_KEY").where("RESOLVED = ?", true).order("ID"),
                e -> keys.add(e.getIssueKey()));
        return keys;
    }

    /** One more than the highest {@code n} of the {@code WEB-n} keys so far. */
    public int nextNumber() {
        int highest = 0;
        for (IssueEntity e : store.find(IssueEntity.class, Query.select())) {
            String key = e.getIssueKey();
            if (key.startsWith("WEB-")) {
                try {
                    highest = Math.max(highest, Integer.parseInt(key.substring(4)));
                } catch (NumberFormatException ignored) {
                    // a key the demo did not make
                }
            }
        }
        return highest + 1;
    }

    /** The next free key of the form {@code WEB-n}. */
    public String nextKey() {
        int count = store.count(IssueEntity.class, Query.select());
        String key;
        do {
            key = "WEB-" + (++count);
        } while (entity(key).isPresent());
        return key;
    }

    public void comment(String key, String author, String body, boolean internal, Instant at) {
        comment(key, author, body, internal, at, ReplyFacts.text(body));
    }

    /** Stores a comment with its reply facts, so that a repair after a stop decides the reply as it was given. */
    public void comment(String key, String author, String body, boolean internal, Instant at, ReplyFacts reply) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", key);
        values.put("AUTHOR", author);
        values.put("INTERNAL", internal);
        values.put("CREATED_AT", at.toEpochMilli());
        CommentEntity entity = store.create(CommentEntity.class, values);
        entity.setBody(body);
        entity.setHolding(reply.mark());
        entity.setPromise(reply.promise() == null ? null : reply.promise().toEpochMilli());
        entity.setDueDateSet(reply.dueDateSet() == null ? null : reply.dueDateSet().toString());
        entity.save();
    }

    public List<Comment> comments(String key) {
        List<Comment> list = new ArrayList<>();
        for (CommentEntity c : store.find(CommentEntity.class, Query.select().where("ISSUE_KEY = ?", key).order("ID"))) {
            list.add(new Comment(c.getAuthor(), c.getBody(), c.isInternal(), Instant.ofEpochMilli(c.getCreatedAt()),
                    new ReplyFacts(c.getBody(), c.getHolding(),
                            c.getPromise() == null ? null : Instant.ofEpochMilli(c.getPromise()),
                            c.getDueDateSet() == null ? null : LocalDate.parse(c.getDueDateSet()))));
        }
        return list;
    }

    /**
     * The issue's opening (id {@code "opening"}: the client's summary and description, as Jira's host reads its
     * issues) and the comments everyone on the issue reads (no internal notes), with their row ids.
     */
    @Override
    public List<TrackerComment> conversation(String issue) {
        IssueEntity opened = entity(issue).orElseThrow(() -> new TrackerException("no issue " + issue));
        List<TrackerComment> list = new ArrayList<>();
        String opening = opening(opened.getSummary(), opened.getDescription());
        if (!opening.isBlank()) {
            list.add(new TrackerComment("opening", CLIENT, opening, Instant.ofEpochMilli(opened.getCreatedAt())));
        }
        for (CommentEntity c : store.find(CommentEntity.class,
                Query.select().where("ISSUE_KEY = ? AND INTERNAL = ?", issue, false).order("ID"))) {
            list.add(new TrackerComment(Integer.toString(c.getID()), c.getAuthor(),
                    c.getBody() == null ? "" : c.getBody(), Instant.ofEpochMilli(c.getCreatedAt())));
        }
        return list;
    }

    /** The summary, then the description after a blank line when there is one. */
    static String opening(String summary, String description) {
        String head = summary == null ? "" : summary;
        String body = description == null ? "" : description.strip();
        return body.isEmpty() ? head : (head + "\n\n" + body).strip();
    }

    /** Every client the tracker has an issue of, by name. */
    public List<String> clients() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        store.stream(IssueEntity.class, Query.select("ID, CLIENT"), e -> {
            if (e.getClient() != null && !e.getClient().isBlank()) {
                names.add(e.getClient());
            }
        });
        return List.copyOf(names);
    }

    /** The latest issue of a client, if the tracker has one: whose client they are. */
    public Optional<Issue> latestOf(String client) {
        IssueEntity[] found = store.find(IssueEntity.class, Query.select().where("CLIENT = ?", client)
                .order("ID DESC").limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(toIssue(found[0]));
    }

    public void resolve(String key) {
        IssueEntity entity = entity(key).orElseThrow(() -> gone(key));
        entity.setResolved(true);
        entity.save();
    }

    /** Records the date promised to the client for the issue's work. */
    public void promise(String key, LocalDate on) {
        IssueEntity entity = entity(key).orElseThrow(() -> new TrackerException("no issue " + key));
        entity.setPromisedOn(on.toString());
        entity.save();
    }

    @Override
    public Optional<TrackedIssue> describe(String issue) {
        return entity(issue).map(e -> new TrackedIssue(e.getSummary() == null ? "" : e.getSummary(),
                Optional.ofNullable(e.getPromisedOn()).map(LocalDate::parse)));
    }

    @Override
    public void assign(String issue, String assignee) {
        IssueEntity entity = entity(issue).orElseThrow(() -> gone(issue));
        entity.setAssignee(assignee);
        entity.save();
    }

    @Override
    public void addInternalNote(String issue, String text) {
        addInternalNote(issue, text, clock.instant());
    }

    /**
     * Dated {@code at}, the instant the desk acted: the manual clock shows the instant a move started from while
     * the desk runs the ticks on the way, and the demo's history is replayed at its own instants long after the
     * sandbox's clock has passed them.
     */
    @Override
    public void addInternalNote(String issue, String text, Instant at) {
        if (entity(issue).isEmpty()) {
            throw gone(issue);
        }
        comment(issue, BACKSTOP, text, true, at);
    }

    private static TrackerException gone(String key) {
        return new TrackerException(TrackerException.Refusal.ISSUE_GONE, "no issue " + key);
    }

    private Optional<IssueEntity> entity(String key) {
        IssueEntity[] found = store.find(IssueEntity.class, Query.select().where("ISSUE_KEY = ?", key));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static Issue toIssue(IssueEntity e) {
        return new Issue(e.getIssueKey(), e.getSummary(), e.getClient(), e.getIssueType(), e.getPriority(),
                e.getOwner(), e.getAssignee(), e.isResolved(), Instant.ofEpochMilli(e.getCreatedAt()),
                e.getDescription());
    }
}
