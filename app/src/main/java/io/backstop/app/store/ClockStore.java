package io.backstop.app.store;

import io.backstop.core.sla.ResponseClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Response clocks; every read the watcher and the queue make goes through an indexed column.
 *
 * <p>A range on {@code DUE} or {@code QUEUED_AT} always has a lower bound ({@link #ANY}): most clocks are answered
 * and have neither, and H2 keeps NULLs first in an index, so {@code DUE <= ?} alone walks every answered clock
 * before the first due one (measured: 99,501 index entries read to find none among 100,000 clocks). With the bound
 * the index range starts after the NULLs, on every database.
 */
public final class ClockStore {

    /** The lowest instant in milliseconds: a lower bound every stored instant meets. */
    private static final long ANY = Long.MIN_VALUE;
    /** Every column, named: lists are read with AO's {@code stream}, which needs them. */
    private static final String COLUMNS = "ID, ISSUE_KEY, ISSUE_TYPE, PRIORITY, CLIENT, OWNER, ASSIGNEE, RESOLVED,"
            + " AWAITING_SINCE, QUEUED_AT, DUE, BREACHED, CREATED_AT";

    private final EntityStore store;

    public ClockStore(EntityStore store) {
        this.store = store;
    }

    public Optional<StoredClock> find(String issue) {
        ClockEntity[] found = store.find(ClockEntity.class, Query.select().where("ISSUE_KEY = ?", issue));
        return found.length == 0 ? Optional.empty() : Optional.of(toStored(found[0]));
    }

    /**
     * The issue's clock as it is once this transaction holds its row: writing {@code writer} into the row takes the
     * database's row lock, which a second node's transaction on the same clock waits for; the clock is then read
     * again, so it is what the last committed change left, never what a node read before another one changed it.
     * This is what makes a change happen once across nodes that share the database but not a lock. Must run in a
     * transaction (the lock lasts until it ends); {@code writer} must differ from call to call, or the database
     * may see no change to write.
     */
    public Optional<StoredClock> findLocked(String issue, String writer) {
        Optional<StoredClock> seen = find(issue);
        if (seen.isEmpty()) {
            return seen;
        }
        ClockEntity row = store.get(ClockEntity.class, seen.get().id());
        row.setWriter(writer);
        row.save();
        return find(issue);
    }

    public StoredClock create(ResponseClock clock, String client, Instant createdAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", clock.issue());
        values.put("OWNER", clock.owner());
        values.put("ASSIGNEE", clock.assignee());
        values.put("CREATED_AT", createdAt.toEpochMilli());
        values.put("RESOLVED", false);
        values.put("BREACHED", false);
        ClockEntity entity = store.create(ClockEntity.class, values);
        entity.setClient(client);
        copy(clock, entity);
        entity.save();
        return toStored(entity);
    }

    /** Writes the next state of a clock read earlier. */
    public StoredClock save(StoredClock stored, ResponseClock next) {
        ClockEntity entity = store.get(ClockEntity.class, stored.id());
        copy(next, entity);
        entity.save();
        return new StoredClock(stored.id(), next, stored.client(), stored.createdAt());
    }

    /** Open, awaiting, not yet breached clocks due at or before {@code at}, in creation order. */
    public List<StoredClock> dueAt(Instant at, int limit) {
        return list(Query.select(COLUMNS)
                .where("RESOLVED = ? AND BREACHED = ? AND DUE >= ? AND DUE <= ?", false, false, ANY, at.toEpochMilli())
                .order("ID").limit(limit));
    }

    /** The earliest due of an open, awaiting, unbreached clock: when the next tick can find work. */
    public Optional<Instant> earliestPendingDue() {
        List<StoredClock> first = list(Query.select(COLUMNS)
                .where("RESOLVED = ? AND BREACHED = ? AND DUE >= ?", false, false, ANY).order("DUE").limit(1));
        return first.stream().map(s -> s.clock().due()).findFirst();
    }

    /** The operator's queue at {@code at}: soonest due first, then issue key. */
    public List<StoredClock> queuedAt(Instant at) {
        return list(Query.select(COLUMNS)
                .where("RESOLVED = ? AND QUEUED_AT >= ? AND QUEUED_AT <= ?", false, ANY, at.toEpochMilli())
                .order("DUE, ISSUE_KEY"));
    }

    /** Open awaiting clocks held by any of {@code assignees}, in creation order. */
    public List<StoredClock> awaitingHeldBy(Collection<String> assignees) {
        if (assignees.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(assignees.size(), "?"));
        List<Object> parameters = new ArrayList<>();
        parameters.add(false);
        parameters.addAll(assignees);
        return list(Query.select(COLUMNS)
                .where("RESOLVED = ? AND AWAITING_SINCE IS NOT NULL AND ASSIGNEE IN (" + marks + ")",
                        parameters.toArray()).order("ID"));
    }

    /** Open clocks owned by {@code owner} and held by someone else, in creation order. */
    public List<StoredClock> heldAwayFrom(String owner) {
        return list(Query.select(COLUMNS).where("RESOLVED = ? AND OWNER = ? AND ASSIGNEE <> ?", false, owner, owner)
                .order("ID"));
    }

    /** Every clock of one client's issues, open and resolved, in creation order. */
    public List<StoredClock> ofClient(String client) {
        return list(Query.select(COLUMNS).where("CLIENT = ?", client).order("ID"));
    }

    /** The clocks of the given issues (any order); keys with no clock are left out. */
    public List<StoredClock> ofIssues(Collection<String> issues) {
        List<StoredClock> result = new ArrayList<>();
        List<String> all = new ArrayList<>(new java.util.TreeSet<>(issues));
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            result.addAll(list(Query.select(COLUMNS).where("ISSUE_KEY IN (" + marks + ")", chunk.toArray())));
        }
        return result;
    }

    /** How many open clocks a person owns: settings may not drop such a person. */
    public int openOwnedBy(String owner) {
        return store.count(ClockEntity.class, Query.select().where("RESOLVED = ? AND OWNER = ?", false, owner));
    }

    /** Reads the clocks {@code query} (naming {@link #COLUMNS}) selects, streamed: a proxy per row costs more. */
    private List<StoredClock> list(Query query) {
        List<StoredClock> result = new ArrayList<>();
        store.stream(ClockEntity.class, query, entity -> result.add(toStored(entity)));
        return result;
    }

    private static void copy(ResponseClock clock, ClockEntity entity) {
        entity.setIssueType(clock.issueType());
        entity.setPriority(clock.priority());
        entity.setOwner(clock.owner());
        entity.setAssignee(clock.assignee());
        entity.setResolved(!clock.open());
        entity.setAwaitingSince(millis(clock.awaitingSince()));
        entity.setQueuedAt(millis(clock.queuedAt()));
        entity.setDue(millis(clock.due()));
        entity.setBreached(clock.breached());
    }

    private static StoredClock toStored(ClockEntity entity) {
        ResponseClock clock = new ResponseClock(entity.getIssueKey(), entity.getIssueType(), entity.getPriority(),
                entity.getOwner(), entity.getAssignee(), !entity.isResolved(), instant(entity.getAwaitingSince()),
                instant(entity.getQueuedAt()), instant(entity.getDue()), entity.isBreached());
        return new StoredClock(entity.getID(), clock, entity.getClient(), Instant.ofEpochMilli(entity.getCreatedAt()));
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
