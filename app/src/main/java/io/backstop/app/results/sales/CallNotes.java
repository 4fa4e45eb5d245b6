package io.backstop.app.results.sales;

import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SchemaPart;
import io.backstop.core.upsell.CallOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.java.ao.Query;

/** The callers the head assigned and the outcomes callers recorded on campaigns' call lists ({@code RES_CALL_NOTE}). */
public final class CallNotes {

    /** Campaign call notes (version 12). */
    public static final SchemaPart SCHEMA = SchemaPart.since(12, CallNoteEntity.class);

    static final String CALLER = "CALLER";
    static final String OUTCOME = "OUTCOME";

    private final EntityStore store;

    public CallNotes(EntityStore store) {
        this.store = store;
    }

    /** The latest caller and outcome written for a client's row. */
    public record Row(Optional<String> caller, Optional<CallOutcome> outcome, Optional<String> outcomeBy,
               Optional<Instant> outcomeAt) {

        static final Row NONE = new Row(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    void add(String campaign, String client, String kind, String value, String person, Instant at, LocalDate on) {
        Map<String, Object> values = new HashMap<>();
        values.put("CAMPAIGN", campaign);
        values.put("CLIENT", client);
        values.put("KIND", kind);
        values.put("WRITTEN", value);
        values.put("PERSON", person);
        values.put("AT", at.toEpochMilli());
        values.put("ON_DAY", on.toString());
        store.create(CallNoteEntity.class, values);
    }

    /** Each client's latest caller and outcome written on a day in {@code [from, to]}: one cycle of the campaign. */
    Map<String, Row> rows(String campaign, LocalDate from, LocalDate to) {
        Map<String, Row> rows = new TreeMap<>();
        for (CallNoteEntity e : store.find(CallNoteEntity.class, Query.select()
                .where("CAMPAIGN = ? AND ON_DAY >= ? AND ON_DAY <= ?", campaign, from.toString(), to.toString())
                .order("AT, ID"))) {
            Row row = rows.getOrDefault(e.getClient(), Row.NONE);
            rows.put(e.getClient(), CALLER.equals(e.getKind())
                    ? new Row(Optional.of(e.getWritten()), row.outcome(), row.outcomeBy(), row.outcomeAt())
                    : new Row(row.caller(), Optional.of(CallOutcome.valueOf(e.getWritten())), Optional.of(e.getPerson()),
                    Optional.of(Instant.ofEpochMilli(e.getAt()))));
        }
        return rows;
    }
}
