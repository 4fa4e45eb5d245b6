package io.backstop.app.promise;

import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SchemaPart;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * Every promise holding replies made, open and closed. The clock keeps the open one (what the watcher decides
 * from); this is the history the results and the head's list of broken promises read.
 */
public final class PromiseStore {

    /** Promises (version 9). */
    public static final SchemaPart SCHEMA = SchemaPart.since(9, PromiseEntity.class);

    /** Every column, named: lists are read with AO's {@code stream}, which needs them. */
    private static final String COLUMNS = "ID, ISSUE_KEY, MADE_BY, MADE_AT, DUE, OUTCOME, CLOSED_AT";

    /** Issue keys per {@code IN (...)} list. */
    private static final int KEYS_PER_READ = 500;

    private final EntityStore store;

    public PromiseStore(EntityStore store) {
        this.store = store;
    }

    /**
     * Writes what a transaction decided about promises, in order: a new one as a row, a closed one onto its row (the
     * issue's one open row made at that instant). Inside the transaction that holds the issues' clocks, so two closes
     * of one promise cannot race. The open rows the closed promises close are read at once: a tick closes hundreds
     * of promises a batch of clocks at a time, and a query per promise cost more than the rest of their closing.
     */
    public void recordAll(List<Promise> promises) {
        Map<String, List<PromiseEntity>> open = openRowsOf(promises.stream()
                .filter(promise -> promise.outcome() != PromiseOutcome.OPEN).map(Promise::issue).toList());
        for (Promise promise : promises) {
            if (promise.outcome() == PromiseOutcome.OPEN) {
                open.computeIfAbsent(promise.issue(), issue -> new ArrayList<>()).add(create(promise));
                continue;
            }
            List<PromiseEntity> rows = open.getOrDefault(promise.issue(), List.of());
            for (Iterator<PromiseEntity> each = rows.iterator(); each.hasNext(); ) {
                PromiseEntity row = each.next();
                if (row.getMadeAt() == promise.madeAt().toEpochMilli()) {
                    row.setOutcome(promise.outcome().name());
                    row.setClosedAt(promise.closedAt().toEpochMilli());
                    row.save();
                    each.remove();
                }
            }
        }
    }

    private PromiseEntity create(Promise promise) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", promise.issue());
        values.put("MADE_BY", promise.by());
        values.put("MADE_AT", promise.madeAt().toEpochMilli());
        values.put("DUE", promise.due().toEpochMilli());
        values.put("OUTCOME", PromiseOutcome.OPEN.name());
        return store.create(PromiseEntity.class, values);
    }

    /**
     * The OPEN rows of the given issues, by issue, {@value #KEYS_PER_READ} keys a read. The condition names the issue
     * only, so that every database reads it through the ISSUE_KEY index: with {@code OUTCOME = 'OPEN'} in it, H2
     * chose the OUTCOME index while its statistics were young and read every open row of the table. An issue has
     * few promises; the closed ones are left out here.
     */
    private Map<String, List<PromiseEntity>> openRowsOf(List<String> issues) {
        Map<String, List<PromiseEntity>> open = new HashMap<>();
        List<String> keys = List.copyOf(new TreeSet<>(issues));
        for (int start = 0; start < keys.size(); start += KEYS_PER_READ) {
            List<String> chunk = keys.subList(start, Math.min(keys.size(), start + KEYS_PER_READ));
            for (PromiseEntity row : store.find(PromiseEntity.class, Query.select().where("ISSUE_KEY IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk.toArray()))) {
                if (PromiseOutcome.OPEN.name().equals(row.getOutcome())) {
                    open.computeIfAbsent(row.getIssueKey(), issue -> new ArrayList<>()).add(row);
                }
            }
        }
        return open;
    }

    /** Promises made with {@code from <= madeAt < to}, in the order made. */
    public List<Promise> madeBetween(Instant from, Instant to) {
        return list(Query.select(COLUMNS).where("MADE_AT >= ? AND MADE_AT < ?", from.toEpochMilli(), to.toEpochMilli())
                .order("MADE_AT, ID"));
    }

    /**
     * Promises that closed with {@code from <= closedAt < to} (kept, moved or broken then), in the order they
     * closed: what a period's results count against each promise's maker.
     */
    public List<Promise> closedBetween(Instant from, Instant to) {
        return list(Query.select(COLUMNS).where("OUTCOME <> ? AND CLOSED_AT >= ? AND CLOSED_AT < ?",
                PromiseOutcome.OPEN.name(), from.toEpochMilli(), to.toEpochMilli()).order("CLOSED_AT, ID"));
    }

    /** Open promises due before {@code before}, the soonest due first: the queue's "due today". */
    public List<Promise> openDueBefore(Instant before) {
        return list(Query.select(COLUMNS).where("OUTCOME = ? AND DUE < ?", PromiseOutcome.OPEN.name(),
                before.toEpochMilli()).order("DUE, ID"));
    }

    /** Every open promise (at most one per issue), the soonest due first: what people still have to keep. */
    public List<Promise> open() {
        return list(Query.select(COLUMNS).where("OUTCOME = ?", PromiseOutcome.OPEN.name()).order("DUE, ID"));
    }

    /** Every broken promise, in the order they broke: the queue's lane keeps those not answered since. */
    public List<Promise> broken() {
        return list(Query.select(COLUMNS).where("OUTCOME = ?", PromiseOutcome.BROKEN.name()).order("CLOSED_AT, ID"));
    }

    /** Every promise on the given issue, in the order made: how often one was moved before it broke. */
    public List<Promise> ofIssue(String issue) {
        return list(Query.select(COLUMNS).where("ISSUE_KEY = ?", issue).order("MADE_AT, ID"));
    }

    private List<Promise> list(Query query) {
        List<Promise> result = new ArrayList<>();
        store.stream(PromiseEntity.class, query, row -> result.add(toPromise(row)));
        return result;
    }

    private static Promise toPromise(PromiseEntity row) {
        return new Promise(row.getIssueKey(), row.getMadeBy(), Instant.ofEpochMilli(row.getMadeAt()),
                Instant.ofEpochMilli(row.getDue()), PromiseOutcome.valueOf(row.getOutcome()),
                row.getClosedAt() == null ? null : Instant.ofEpochMilli(row.getClosedAt()));
    }
}
