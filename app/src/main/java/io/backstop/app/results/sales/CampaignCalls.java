package io.backstop.app.results.sales;

import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.CallOutcome;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's call list and the manager of each client on it ({@code managerOf}: client to the manager on
 * their latest invoice up to the day; a client without one has none), with what was written about each row in
 * this cycle ({@code notes}: the caller the head assigned, the outcome the caller recorded).
 */
public record CampaignCalls(CallList list, Map<String, String> managerOf, Map<String, CallNotes.Row> notes) {

    public CampaignCalls {
        managerOf = Map.copyOf(managerOf);
        notes = Map.copyOf(notes);
    }

    public Optional<String> managerOf(String client) {
        return Optional.ofNullable(managerOf.get(client));
    }

    /** Who calls the client: the person the head assigned, else the client's manager. */
    public Optional<String> callerOf(String client) {
        return row(client).caller().or(() -> managerOf(client));
    }

    public Optional<CallOutcome> outcomeOf(String client) {
        return row(client).outcome();
    }

    public Optional<String> outcomeBy(String client) {
        return row(client).outcomeBy();
    }

    public Optional<Instant> outcomeAt(String client) {
        return row(client).outcomeAt();
    }

    public boolean calls(String client) {
        return list.calls().stream().anyMatch(c -> c.client().equals(client));
    }

    private CallNotes.Row row(String client) {
        return notes.getOrDefault(client, CallNotes.Row.NONE);
    }
}
