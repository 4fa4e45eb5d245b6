package io.backstop.app.results.complaints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.Change;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintSource;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Complaints ({@code RES_COMPLAINT}): their state and history. Rows are never deleted. */
public final class ComplaintStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EntityStore store;

    public ComplaintStore(EntityStore store) {
        this.store = store;
    }

    public StoredComplaint addComplaint(Complaint complaint) {
        Map<String, Object> values = new HashMap<>();
        values.put("CLIENT", complaint.client());
        values.put("ISSUE_KEY", complaint.issue());
        values.put("ABOUT", complaint.about());
        values.put("FLAGGED_BY", complaint.flaggedBy());
        values.put("FLAGGED_AT", complaint.flaggedAt().toEpochMilli());
        values.put("STATE", complaint.state().name());
        values.put("HISTORY", history(complaint));
        values.put("SOURCE", complaint.source().name());
        ComplaintEntity e = store.create(ComplaintEntity.class, values);
        complaint.comment().ifPresent(e::setCommentRef);
        e.setActedAt(actedAt(complaint));
        e.save();
        return toComplaint(e);
    }

    public Optional<StoredComplaint> complaint(int id) {
        ComplaintEntity e = store.get(ComplaintEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(toComplaint(e));
    }

    public StoredComplaint updateComplaint(int id, Complaint complaint) {
        ComplaintEntity e = store.get(ComplaintEntity.class, id);
        e.setState(complaint.state().name());
        e.setHistory(history(complaint));
        e.setActedAt(actedAt(complaint));
        e.save();
        return toComplaint(e);
    }

    /** Open complaints, and any flagged in {@code [from, to)}. */
    public List<StoredComplaint> complaints(Instant from, Instant to) {
        return complaints(Query.select().where("STATE = ? OR (FLAGGED_AT >= ? AND FLAGGED_AT < ?)", "OPEN",
                from.toEpochMilli(), to.toEpochMilli()).order("FLAGGED_AT, ID"));
    }

    public List<StoredComplaint> openComplaints() {
        return complaints(Query.select().where("STATE = ?", "OPEN").order("FLAGGED_AT, ID"));
    }

    public List<StoredComplaint> complaintsOf(String client) {
        return complaints(Query.select().where("CLIENT = ?", client).order("FLAGGED_AT, ID"));
    }

    /**
     * Complaints last acted on at or after {@code since}: every complaint unflagged or closed since then is among
     * them (its last change is no earlier), so the director's log of a period reads no other row.
     */
    public List<StoredComplaint> actedOnSince(Instant since) {
        return complaints(Query.select().where("ACTED_AT >= ?", since.toEpochMilli()).order("ACTED_AT, ID"));
    }

    /** The complaint a Complaint issue made when it was created, if it made one. */
    public Optional<StoredComplaint> fromIssueType(String issue) {
        return complaints(Query.select().where("ISSUE_KEY = ? AND SOURCE = ?", issue,
                ComplaintSource.ISSUE_TYPE.name()).order("ID")).stream().findFirst();
    }

    /**
     * Schema step 10: rows of older steps were all flagged by hand and have no {@code ACTED_AT}; both are filled in
     * from the history they keep. A row already filled is left as it is, so the step may run twice.
     */
    public int backfillSourceAndActedAt() {
        int filled = 0;
        for (ComplaintEntity e : store.find(ComplaintEntity.class, Query.select().where("SOURCE IS NULL"))) {
            e.setSource(ComplaintSource.MANUAL.name());
            e.setActedAt(actedAt(toComplaint(e).complaint()));
            e.save();
            filled++;
        }
        return filled;
    }

    private List<StoredComplaint> complaints(Query query) {
        List<StoredComplaint> list = new ArrayList<>();
        for (ComplaintEntity e : store.find(ComplaintEntity.class, query)) {
            list.add(toComplaint(e));
        }
        return list;
    }

    private static Long actedAt(Complaint complaint) {
        return complaint.history().size() > 1 ? complaint.lastChange().at().toEpochMilli() : null;
    }

    private static String history(Complaint complaint) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Change change : complaint.history()) {
            ObjectNode node = list.addObject().put("action", change.action().name()).put("by", change.by())
                    .put("at", change.at().toEpochMilli());
            change.reason().ifPresent(reason -> node.put("reason", reason));
        }
        return list.toString();
    }

    private static StoredComplaint toComplaint(ComplaintEntity e) {
        List<Change> history = new ArrayList<>();
        try {
            for (JsonNode change : MAPPER.readTree(e.getHistory())) {
                JsonNode reason = change.get("reason");
                history.add(new Change(ComplaintAction.valueOf(change.get("action").asText()),
                        change.get("by").asText(), Instant.ofEpochMilli(change.get("at").asLong()),
                        reason == null || reason.isNull() ? Optional.empty() : Optional.of(reason.asText())));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        ComplaintSource source = e.getSource() == null ? ComplaintSource.MANUAL
                : ComplaintSource.valueOf(e.getSource());
        return new StoredComplaint(e.getID(), new Complaint(Integer.toString(e.getID()), e.getClient(),
                e.getIssueKey(), Optional.ofNullable(e.getCommentRef()), e.getAbout(), history, source));
    }
}
