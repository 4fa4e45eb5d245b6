package io.backstop.app.staff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.UnaryOperator;

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

    /**
     * An absence as the lists show it (issue 18): the stored shape, plus the person's display name, whether it is
     * {@code UPCOMING}, {@code CURRENT} or {@code PAST} at {@code now}, and, when it covers whole days in the
     * department's zone (midnight to midnight), the first and the last day inclusive ({@code firstDay},
     * {@code lastDay}): people say "10 to 12 November", not "to 13 November 00:00". The stored end stays exclusive.
     */
    public static ObjectNode listed(StoredAbsence stored, ZoneId zone, Instant now, UnaryOperator<String> names) {
        ObjectNode node = absence(stored, zone);
        node.put("personName", names.apply(stored.absence().person()));
        Instant from = stored.absence().from();
        Instant to = stored.absence().to();
        node.put("when", !now.isBefore(to) ? "PAST" : now.isBefore(from) ? "UPCOMING" : "CURRENT");
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        if (start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT)
                && end.isAfter(start)) {
            LocalDate last = end.toLocalDate().minusDays(1);
            node.put("firstDay", start.toLocalDate().toString());
            node.put("lastDay", last.toString());
        }
        return node;
    }
}
