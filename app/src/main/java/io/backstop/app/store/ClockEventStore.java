package io.backstop.app.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/** The timeline of every clock; the audit trail and the breach list are its views. */
public final class ClockEventStore {

    private final EntityStore store;

    public ClockEventStore(EntityStore store) {
        this.store = store;
    }

    public void record(ClockEvent event) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", event.issue());
        values.put("AT", event.at().toEpochMilli());
        values.put("KIND", event.kind().name());
        ClockEventEntity entity = store.create(ClockEventEntity.class, values);
        entity.setActor(event.actor());
        entity.setFromPerson(event.from());
        entity.setToPerson(event.to());
        entity.setReason(event.reason());
        entity.setAwaitingSince(ClockStore.millis(event.awaitingSince()));
        entity.setDue(ClockStore.millis(event.due()));
        entity.setWorkingSeconds(event.workingSeconds());
        entity.setOnTime(event.onTime());
        entity.setDetail(event.detail());
        entity.save();
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
