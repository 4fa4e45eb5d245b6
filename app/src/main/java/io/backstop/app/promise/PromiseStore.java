package io.backstop.app.promise;

import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SchemaPart;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final EntityStore store;

    public PromiseStore(EntityStore store) {
        this.store = store;
    }

    /**
     * Writes what a step did to an issue's promise: a new one as a row, a closed one onto its row (the issue's one
     * open row). Inside the transaction that holds the issue's clock, so two closes of one promise cannot race.
     */
    public void record(Promise promise) {
        if (promise.outcome() == PromiseOutcome.OPEN) {
            Map<String, Object> values = new HashMap<>();
            values.put("ISSUE_KEY", promise.issue());
            values.put("MADE_BY", promise.by());
            values.put("MADE_AT", promise.madeAt().toEpochMilli());
            values.put("DUE", promise.due().toEpochMilli());
            values.put("OUTCOME", PromiseOutcome.OPEN.name());
            store.create(PromiseEntity.class, values);
            return;
        }
        for (PromiseEntity row : store.find(PromiseEntity.class, Query.select().where(
                "ISSUE_KEY = ? AND OUTCOME = ? AND MADE_AT = ?", promise.issue(), PromiseOutcome.OPEN.name(),
                promise.madeAt().toEpochMilli()))) {
            row.setOutcome(promise.outcome().name());
            row.setClosedAt(promise.closedAt().toEpochMilli());
            row.save();
        }
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
