package io.backstop.app.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.json.ScenarioJson;
import io.backstop.app.store.ClockEvent;
import io.backstop.app.store.StoredAbsence;
import io.backstop.app.store.StoredClock;
import io.backstop.core.sla.ResponseClock;
import java.time.Instant;
import java.time.ZoneId;

/** The JSON shapes of sandbox-contract.md. */
final class Views {

    private Views() {
    }

    static ObjectNode queueEntry(StoredClock stored, ZoneId zone) {
        ResponseClock clock = stored.clock();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("issue", clock.issue());
        put(node, "awaitingSince", clock.awaitingSince(), zone);
        put(node, "due", clock.due(), zone);
        put(node, "queuedAt", clock.queuedAt(), zone);
        node.put("assignee", clock.assignee());
        node.put("owner", clock.owner());
        node.put("client", stored.client());
        node.put("issueType", clock.issueType());
        node.put("breached", clock.breached());
        return node;
    }

    static ObjectNode sla(StoredClock stored, ZoneId zone) {
        ResponseClock clock = stored.clock();
        ObjectNode node = queueEntry(stored, zone);
        node.put("awaiting", clock.isAwaiting());
        node.put("open", clock.open());
        node.put("priority", clock.priority());
        return node;
    }

    static ObjectNode timelineEntry(ClockEvent event, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        put(node, "at", event.at(), zone);
        node.put("kind", event.kind().name());
        putIfSet(node, "actor", event.actor());
        putIfSet(node, "from", event.from());
        putIfSet(node, "to", event.to());
        putIfSet(node, "reason", event.reason());
        if (event.awaitingSince() != null) {
            put(node, "awaitingSince", event.awaitingSince(), zone);
        }
        if (event.due() != null) {
            put(node, "due", event.due(), zone);
        }
        if (event.workingSeconds() != null) {
            node.put("workingSeconds", event.workingSeconds());
        }
        if (event.onTime() != null) {
            node.put("onTime", event.onTime());
        }
        putIfSet(node, "detail", event.detail());
        return node;
    }

    static ObjectNode audit(ClockEvent event, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        put(node, "at", event.at(), zone);
        node.put("issue", event.issue());
        node.put("from", event.from());
        node.put("to", event.to());
        node.put("reason", event.reason());
        node.put("detail", decidedFrom(event, zone));
        return node;
    }

    /** The state a reassignment was decided from, as the audit's {@code detail}: who held it and its clock. */
    private static String decidedFrom(ClockEvent event, ZoneId zone) {
        String state = event.awaitingSince() == null ? "answered"
                : "awaiting since " + ScenarioJson.format(event.awaitingSince(), zone) + ", due "
                        + ScenarioJson.format(event.due(), zone);
        return "held by " + event.from() + "; " + state + (event.detail() == null ? "" : "; " + event.detail());
    }

    static ObjectNode breach(ClockEvent event, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("issue", event.issue());
        put(node, "awaitingSince", event.awaitingSince(), zone);
        put(node, "due", event.due(), zone);
        put(node, "detectedAt", event.at(), zone);
        return node;
    }

    static ObjectNode absence(StoredAbsence stored, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", stored.id());
        node.put("person", stored.absence().person());
        put(node, "from", stored.absence().from(), zone);
        put(node, "to", stored.absence().to(), zone);
        node.put("kind", stored.absence().kind().name());
        node.put("status", stored.status().name());
        node.put("createdBy", stored.createdBy());
        stored.recordedAt().ifPresent(at -> put(node, "recordedAt", at, zone));
        stored.decidedBy().ifPresent(by -> node.put("decidedBy", by));
        stored.decidedAt().ifPresent(at -> put(node, "decidedAt", at, zone));
        stored.reason().ifPresent(reason -> node.put("reason", reason));
        return node;
    }

    private static void put(ObjectNode node, String name, Instant instant, ZoneId zone) {
        if (instant == null) {
            node.putNull(name);
        } else {
            node.put(name, ScenarioJson.format(instant, zone));
        }
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
