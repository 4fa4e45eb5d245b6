package io.backstop.app.results.suspected;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SchemaPart;
import io.backstop.core.complaint.suspect.Dismissal;
import io.backstop.core.complaint.suspect.Signal;
import io.backstop.core.complaint.suspect.Suspicion;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Suspected complaints ({@code RES_SUSPICION}). */
public final class SuspicionStore {

    /** The suspected complaints' table came with schema step 11. */
    public static final SchemaPart SCHEMA = SchemaPart.since(11, SuspicionEntity.class);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EntityStore store;

    public SuspicionStore(EntityStore store) {
        this.store = store;
    }

    /** Whether a suspicion of the client's message on {@code issue} at {@code at} is stored already. */
    public boolean has(String issue, Instant at) {
        return store.count(SuspicionEntity.class, Query.select("ID").where("ISSUE_KEY = ? AND WRITTEN_AT = ?", issue,
                at.toEpochMilli())) > 0;
    }

    public Suspected add(String issue, String client, String about, Instant at, Suspicion suspicion) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", issue);
        values.put("ABOUT", about);
        values.put("WRITTEN_AT", at.toEpochMilli());
        values.put("SIGNALS", signals(suspicion.signals()));
        values.put("STATE", SuspicionState.OPEN.name());
        SuspicionEntity e = store.create(SuspicionEntity.class, values);
        // blank text is kept as none: Active Objects refuses empty strings (Oracle would read them as null)
        e.setClient(client == null || client.isBlank() ? null : client);
        e.setExcerpt(suspicion.excerpt().isBlank() ? null : suspicion.excerpt());
        e.save();
        return toSuspected(e);
    }

    public Optional<Suspected> suspicion(int id) {
        SuspicionEntity e = store.get(SuspicionEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(toSuspected(e));
    }

    public Suspected confirmed(int id, String by, Instant at, int complaint) {
        SuspicionEntity e = store.get(SuspicionEntity.class, id);
        e.setState(SuspicionState.CONFIRMED.name());
        e.setDecidedBy(by);
        e.setDecidedAt(at.toEpochMilli());
        e.setComplaintId(complaint);
        e.save();
        return toSuspected(e);
    }

    public Suspected dismissed(int id, Dismissal dismissal) {
        SuspicionEntity e = store.get(SuspicionEntity.class, id);
        e.setState(SuspicionState.DISMISSED.name());
        e.setDecidedBy(dismissal.by());
        e.setDecidedAt(dismissal.at().toEpochMilli());
        e.setReason(dismissal.reason());
        e.save();
        return toSuspected(e);
    }

    /** Every open suspicion, oldest first; with {@code all}, also those the client wrote in {@code [from, to)}. */
    public List<Suspected> suspicions(Instant from, Instant to, boolean all) {
        Query query = all
                ? Query.select().where("STATE = ? OR (WRITTEN_AT >= ? AND WRITTEN_AT < ?)", SuspicionState.OPEN.name(),
                        from.toEpochMilli(), to.toEpochMilli())
                : Query.select().where("STATE = ?", SuspicionState.OPEN.name());
        return list(query.order("WRITTEN_AT, ID"));
    }

    /** Suspicions dismissed in {@code [from, to)}, in the order they were dismissed. */
    public List<Suspected> dismissedBetween(Instant from, Instant to) {
        return list(Query.select().where("STATE = ? AND DECIDED_AT >= ? AND DECIDED_AT < ?",
                SuspicionState.DISMISSED.name(), from.toEpochMilli(), to.toEpochMilli()).order("DECIDED_AT, ID"));
    }

    private List<Suspected> list(Query query) {
        List<Suspected> list = new ArrayList<>();
        for (SuspicionEntity e : store.find(SuspicionEntity.class, query)) {
            list.add(toSuspected(e));
        }
        return list;
    }

    private static String signals(List<Signal> signals) {
        ArrayNode list = MAPPER.createArrayNode();
        signals.forEach(s -> s.word().ifPresentOrElse(word -> list.addObject().put("kind", s.kind().name())
                .put("word", word), () -> list.addObject().put("kind", s.kind().name())));
        return list.toString();
    }

    private static Suspected toSuspected(SuspicionEntity e) {
        List<Signal> signals = new ArrayList<>();
        try {
            for (JsonNode s : MAPPER.readTree(e.getSignals())) {
                signals.add(new Signal(Signal.Kind.valueOf(s.get("kind").asText()),
                        Optional.ofNullable(s.get("word")).map(JsonNode::asText)));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Suspected(e.getID(), e.getIssueKey(), Optional.ofNullable(e.getClient()), e.getAbout(),
                Instant.ofEpochMilli(e.getWrittenAt()), e.getExcerpt() == null ? "" : e.getExcerpt(), signals,
                SuspicionState.valueOf(e.getState()), Optional.ofNullable(e.getDecidedBy()),
                Optional.ofNullable(e.getDecidedAt()).map(Instant::ofEpochMilli), Optional.ofNullable(e.getReason()),
                Optional.ofNullable(e.getComplaintId()));
    }
}
