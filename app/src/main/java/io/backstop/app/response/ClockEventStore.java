package io.backstop.app.response;

import io.backstop.app.store.EntityStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import net.java.ao.Query;

/** The timeline of every clock; the audit trail and the breach list are its views. */
public final class ClockEventStore {

    private final EntityStore store;

    public ClockEventStore(EntityStore store) {
        this.store = store;
    }

    /** One INSERT with every value (not an insert and an update). */
    public void record(ClockEvent event) {
        store.create(ClockEventEntity.class, values(event));
    }

    /** Every event in one batched INSERT, in the given order: the watcher writes a batch of due clocks' rows so. */
    public void recordAll(List<ClockEvent> timeline) {
        if (timeline.size() == 1) {
            record(timeline.get(0));
        } else if (!timeline.isEmpty()) {
            store.create(ClockEventEntity.class, timeline.stream().map(ClockEventStore::values).toList());
        }
    }

    private static Map<String, Object> values(ClockEvent event) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", event.issue());
        values.put("AT", event.at().toEpochMilli());
        values.put("KIND", event.kind().name());
        putIfPresent(values, "ACTOR", event.actor());
        putIfPresent(values, "FROM_PERSON", event.from());
        putIfPresent(values, "TO_PERSON", event.to());
        putIfPresent(values, "REASON", event.reason());
        putIfPresent(values, "AWAITING_SINCE", ClockStore.millis(event.awaitingSince()));
        putIfPresent(values, "DUE", ClockStore.millis(event.due()));
        putIfPresent(values, "WORKING_SECONDS", event.workingSeconds());
        putIfPresent(values, "ON_TIME", event.onTime());
        putIfPresent(values, "DETAIL", event.detail());
        return values;
    }

    private static void putIfPresent(Map<String, Object> values, String column, Object value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    /** One issue's timeline in the order it happened. */
    public List<ClockEvent> forIssue(String issue) {
        return list(Query.select().where("ISSUE_KEY = ?", issue).order("ID"));
    }

    /** Events of one kind with {@code from <= at < to}, in the order they happened. */
    public List<ClockEvent> ofKind(ClockEventKind kind, Instant from, Instant to) {
        return list(Query.select().where("KIND = ? AND AT >= ? AND AT < ?", kind.name(), from.toEpochMilli(),
                to.toEpochMilli()).order("ID"));
    }

    /**
     * The newest {@code limit} contacts on the given issues, newest first: client messages (an issue's creation is
     * its first) and staff replies.
     */
    public List<ClockEvent> lastContacts(Collection<String> issues, int limit) {
        List<String> all = new ArrayList<>(issues);
        List<ClockEvent> newest = new ArrayList<>();
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            List<Object> parameters = new ArrayList<>(List.of(ClockEventKind.CREATED.name(),
                    ClockEventKind.CLIENT_MESSAGE.name(), ClockEventKind.STAFF_REPLY.name()));
            parameters.addAll(chunk);
            newest.addAll(list(Query.select().where("KIND IN (?, ?, ?) AND ISSUE_KEY IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", parameters.toArray())
                    .order("AT DESC, ID DESC").limit(limit)));
        }
        newest.sort(Comparator.comparing(ClockEvent::at).reversed());
        return newest.subList(0, Math.min(limit, newest.size()));
    }

    /**
     * The rows of the given kinds on the given issues with {@code at >= from}, in the order they happened: what
     * happened on some issues since a moment (the queue's broken promises: answered since?).
     */
    public List<ClockEvent> onIssuesSince(Collection<String> issues, Instant from, ClockEventKind... kinds) {
        List<String> all = new ArrayList<>(issues);
        List<ClockEvent> found = new ArrayList<>();
        String kindList = String.join(", ", Collections.nCopies(kinds.length, "?"));
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            List<Object> parameters = new ArrayList<>();
            for (ClockEventKind kind : kinds) {
                parameters.add(kind.name());
            }
            parameters.add(from.toEpochMilli());
            parameters.addAll(chunk);
            found.addAll(list(Query.select().where("KIND IN (" + kindList + ") AND AT >= ? AND ISSUE_KEY IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", parameters.toArray())
                    .order("ID")));
        }
        found.sort(Comparator.comparing(ClockEvent::at));
        return found;
    }

    /** When the first event of these kinds happened: where the record of them starts (the forecast's demand). */
    public Optional<Instant> first(ClockEventKind... kinds) {
        Object[] names = Arrays.stream(kinds).map(Enum::name).toArray();
        ClockEventEntity[] found = store.find(ClockEventEntity.class, Query.select()
                .where("KIND IN (" + String.join(", ", Collections.nCopies(kinds.length, "?")) + ")", names)
                .order("AT").limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(found[0].getAt()));
    }

    /** What the tracker reported (not what Backstop did) with {@code from <= at < to}, by time then record order. */
    public List<ClockEvent> trackerEvents(Instant from, Instant to) {
        return list(Query.select().where("KIND IN (?, ?, ?, ?, ?) AND AT >= ? AND AT < ?",
                ClockEventKind.CREATED.name(), ClockEventKind.CLIENT_MESSAGE.name(), ClockEventKind.STAFF_REPLY.name(),
                ClockEventKind.RESOLVED.name(), ClockEventKind.REOPENED.name(), from.toEpochMilli(), to.toEpochMilli())
                .order("AT, ID"));
    }

    private List<ClockEvent> list(Query query) {
        ClockEventEntity[] found = store.find(ClockEventEntity.class, query);
        List<ClockEvent> result = new ArrayList<>(found.length);
        for (ClockEventEntity e : found) {
            result.add(new ClockEvent(e.getIssueKey(), Instant.ofEpochMilli(e.getAt()),
                    ClockEventKind.valueOf(e.getKind()), e.getActor(), e.getFromPerson(), e.getToPerson(),
                    e.getReason(), ClockStore.instant(e.getAwaitingSince()), ClockStore.instant(e.getDue()),
                    e.getWorkingSeconds(), e.getOnTime(), e.getDetail()));
        }
        return result;
    }
}
