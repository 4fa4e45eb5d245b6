package io.backstop.app.staff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import java.time.ZoneId;

/** An absence as sandbox-contract.md shows it. */
public final class AbsenceJson {

    private AbsenceJson() {
    }

    public static ObjectNode absence(StoredAbsence stored, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", stored.id());
        node.put("person", stored.absence().person());
        Json.put(node, "from", stored.absence().from(), zone);
        Json.put(node, "to", stored.absence().to(), zone);
        node.put("kind", stored.absence().kind().name());
        node.put("status", stored.status().name());
        node.put("createdBy", stored.createdBy());
        stored.recordedAt().ifPresent(at -> Json.put(node, "recordedAt", at, zone));
        stored.decidedBy().ifPresent(by -> node.put("decidedBy", by));
        stored.decidedAt().ifPresent(at -> Json.put(node, "decidedAt", at, zone));
        stored.reason().ifPresent(reason -> node.put("reason", reason));
        return node;
    }
}
