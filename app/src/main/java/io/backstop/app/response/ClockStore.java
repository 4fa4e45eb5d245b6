package io.backstop.app.response;

import io.backstop.app.settings.OpenWork;
import io.backstop.app.store.SchemaPart;
import io.backstop.app.store.EntityStore;

import io.backstop.core.sla.OpenPromise;
import io.backstop.core.sla.ResponseClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * Response clocks; every read the watcher and the queue make goes through an indexed column.
 *
 * <p>A range on {@code DUE} or {@code QUEUED_AT} always has a lower bound ({@link #ANY}): most clocks are answered
 * and have neither, and H2 keeps NULLs first in an index, so {@code DUE <= ?} alone walks every answered clock
 * before the first due one (measured: 99,501 index entries read to find none among 100,000 clocks). With the bound
 * the index range starts after the NULLs, on every database.
 */
public final class ClockStore implements OpenWork {

    /**
     * The clocks and their timeline (version 1). 5: {@code CLOCK.WRITER}, the row lock of a clock change. 7:
     * {@code CLOCK.AWAY_FROM} (the end of an absence reads only the work held away), filled in for open clocks. 8:
     * {@code CLOCK.ISSUE_KEY} loses its @Indexed (its unique constraint is the index; Oracle refuses both,
     * ORA-01408): migrating again lets Active Objects drop the redundant index where a database has it. 9:
     * {@code CLOCK.REMIND_AT} and the open promise ({@code PROMISE_BY}, {@code PROMISE_MADE_AT}, {@code PROMISE_DUE}),
     * null on every clock written before (none had a reminder or a promise).
     */
    public static final SchemaPart SCHEMA = SchemaPart.since(1, ClockEntity.class, ClockEventEntity.class)
            .migrateAt(5).changeAt(7, store -> new ClockStore(store).backfillAwayFrom()).migrateAt(8).migrateAt(9);

    /** The lowest instant in milliseconds: a lower bound every stored instant meets. */
    static final long ANY = Long.MIN_VALUE;
    /** Every column, named: lists are read with AO's {@code stream}, which needs them. */
    private static final String COLUMNS = "ID, ISSUE_KEY, ISSUE_TYPE, PRIORITY, CLIENT, OWNER, ASSIGNEE, RESOLVED,"
            + " AWAITING_SINCE, QUEUED_AT, DUE, BREACHED, CREATED_AT, REMIND_AT, PROMISE_BY, PROMISE_MADE_AT,"
            + " PROMISE_DUE";

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
    public Optional<Locked> findLocked(String issue, String writer) {
        ClockEntity[] seen = store.find(ClockEntity.class, Query.select().where("ISSUE_KEY = ?", issue));
        if (seen.length == 0) {
            return Optional.empty();
        }
        seen[0].setWriter(writer);
        seen[0].save();
        ClockEntity[] held = store.find(ClockEntity.class, Query.select().where("ISSUE_KEY = ?", issue));
        return Optional.of(new Locked(held[0]));
    }

    /**
     * {@link #findLocked} for several clocks by row id, with one read before and one after taking the rows. Rows are
     * taken in id order, so two nodes taking overlapping sets wait for each other instead of deadlocking. Ids with
     * no clock are left out.
     */
    public List<Locked> lockAll(List<Integer> ids, String writer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query byId = Query.select().where("ID IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")", ids.toArray()).order("ID");
        for (ClockEntity row : store.find(ClockEntity.class, byId)) {
            row.setWriter(writer);
            row.save();
        }
        return Arrays.stream(store.find(ClockEntity.class, byId)).map(Locked::new).toList();
    }

    public Locked create(ResponseClock clock, String client, Instant createdAt) {
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
        return new Locked(entity);
    }

    /** Writes the next state of a clock this transaction holds: only the columns that change (AO names each one). */
    public StoredClock save(Locked held, ResponseClock next) {
        ResponseClock before = held.clock();
        ClockEntity row = held.row;
        if (!Objects.equals(next.issueType(), before.issueType())) {
            row.setIssueType(next.issueType());
        }
        if (!Objects.equals(next.priority(), before.priority())) {
            row.setPriority(next.priority());
        }
        if (!Objects.equals(next.owner(), before.owner())) {
            row.setOwner(next.owner());
        }
        if (!Objects.equals(next.assignee(), before.assignee())) {
            row.setAssignee(next.assignee());
        }
        if (next.open() != before.open()) {
            row.setResolved(!next.open());
        }
        if (!Objects.equals(next.awaitingSince(), before.awaitingSince())) {
            row.setAwaitingSince(millis(next.awaitingSince()));
        }
        if (!Objects.equals(next.queuedAt(), before.queuedAt())) {
            row.setQueuedAt(millis(next.queuedAt()));
        }
        if (!Objects.equals(next.due(), before.due())) {
            row.setDue(millis(next.due()));
        }
        if (next.breached() != before.breached()) {
            row.setBreached(next.breached());
        }
        if (!Objects.equals(awayFrom(next), awayFrom(before))) {
            row.setAwayFrom(awayFrom(next));
        }
        if (!Objects.equals(next.remindAt(), before.remindAt())) {
            row.setRemindAt(millis(next.remindAt()));
        }
        if (!Objects.equals(next.promise(), before.promise())) {
            copyPromise(next.promise(), row);
        }
        row.save();
        held.stored = new StoredClock(held.stored.id(), next, held.stored.client(), held.stored.createdAt());
        return held.stored;
    }

    /**
     * A clock whose row the transaction under way holds (taken by {@link #findLocked} or {@link #lockAll}, or
     * created by it), as it was read once held and then saved; its next state is written through the same row, with
     * no read, and only the columns that differ from what the row holds.
     */
    public static final class Locked {

        private final ClockEntity row;
        private StoredClock stored;

        private Locked(ClockEntity row) {
            this.row = row;
            this.stored = toStored(row);
        }

        public StoredClock stored() {
            return stored;
        }

        public ResponseClock clock() {
            return stored.clock();
        }

        public String client() {
            return stored.client();
        }
    }

    /** The operator's queue at {@code at}: soonest due first, then issue key. */
    public List<StoredClock> queuedAt(Instant at) {
        return list(Query.select(COLUMNS)
                .where("RESOLVED = ? AND QUEUED_AT >= ? AND QUEUED_AT <= ?", false, ANY, at.toEpochMilli())
                .order("DUE, ISSUE_KEY"));
    }

    /**
     * Open awaiting clocks held by any of {@code assignees}, in creation order. Read through the {@code DUE} index
     * (every awaiting clock has a due, no answered one does) and filtered here: an assignee's index entries would
     * include every clock they ever held.
     */
    public List<StoredClock> awaitingHeldBy(Collection<String> assignees) {
        if (assignees.isEmpty()) {
            return List.of();
        }
        List<StoredClock> held = new ArrayList<>();
        store.stream(ClockEntity.class, Query.select(COLUMNS).where("RESOLVED = ? AND DUE >= ?", false, ANY)
                .order("ID"), entity -> {
                    if (assignees.contains(entity.getAssignee())) {
                        held.add(toStored(entity));
                    }
                });
        return held;
    }

    /** Open clocks owned by {@code owner} and held by someone else, in creation order (the AWAY_FROM index). */
    public List<StoredClock> heldAwayFrom(String owner) {
        return list(Query.select(COLUMNS).where("AWAY_FROM = ?", owner).order("ID"));
    }

    /** Schema step 7: marks the open clocks held away from their owner, written before AWAY_FROM was kept. */
    void backfillAwayFrom() {
        for (ClockEntity row : store.find(ClockEntity.class, Query.select()
                .where("RESOLVED = ? AND ASSIGNEE <> OWNER AND AWAY_FROM IS NULL", false))) {
            row.setAwayFrom(row.getOwner());
            row.save();
        }
    }

    /** Every clock of one client's issues, open and resolved, in creation order. */
    public List<StoredClock> ofClient(String client) {
        return list(Query.select(COLUMNS).where("CLIENT = ?", client).order("ID"));
    }

    /** The clocks of the given issues (any order); keys with no clock are left out. */
    public List<StoredClock> ofIssues(Collection<String> issues) {
        List<StoredClock> result = new ArrayList<>();
        List<String> all = new ArrayList<>(new TreeSet<>(issues));
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            result.addAll(list(Query.select(COLUMNS).where("ISSUE_KEY IN (" + marks + ")", chunk.toArray())));
        }
        return result;
    }

    /** How many open clocks a person owns: settings may not drop such a person. */
    @Override
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
        entity.setAwayFrom(awayFrom(clock));
        entity.setRemindAt(millis(clock.remindAt()));
        copyPromise(clock.promise(), entity);
    }

    private static void copyPromise(OpenPromise promise, ClockEntity entity) {
        entity.setPromiseBy(promise == null ? null : promise.by());
        entity.setPromiseMadeAt(promise == null ? null : millis(promise.madeAt()));
        entity.setPromiseDue(promise == null ? null : millis(promise.due()));
    }

    /** The owner while the open clock is held by someone else: what {@code AWAY_FROM} keeps. */
    private static String awayFrom(ResponseClock clock) {
        return clock.open() && !clock.assignee().equals(clock.owner()) ? clock.owner() : null;
    }

    private static StoredClock toStored(ClockEntity entity) {
        ResponseClock clock = new ResponseClock(entity.getIssueKey(), entity.getIssueType(), entity.getPriority(),
                entity.getOwner(), entity.getAssignee(), !entity.isResolved(), instant(entity.getAwaitingSince()),
                instant(entity.getQueuedAt()), instant(entity.getDue()), entity.isBreached(),
                instant(entity.getRemindAt()), entity.getPromiseBy() == null ? null : new OpenPromise(
                        entity.getPromiseBy(), instant(entity.getPromiseMadeAt()), instant(entity.getPromiseDue())));
        return new StoredClock(entity.getID(), clock, entity.getClient(), Instant.ofEpochMilli(entity.getCreatedAt()));
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
