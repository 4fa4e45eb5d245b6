package io.backstop.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.acceptance.Host.Who;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What the scenarios share: reads of Backstop's REST that must succeed, and small JSON helpers. */
final class Scenarios {

    private Scenarios() {
    }

    static JsonNode ok(Host.Answer answer, String what) {
        assertThat(answer.status()).as(what + " answered " + answer.body()).isBetween(200, 204);
        return answer.body();
    }

    static JsonNode sla(Host host, Who who, String key) {
        return ok(host.get(who, "issues/" + key + "/sla"), "GET issues/" + key + "/sla as " + who);
    }

    static List<String> queue(Host host, Who who) {
        return field(ok(host.get(who, "queue"), "GET queue as " + who), "issue");
    }

    static JsonNode queueEntry(Host host, Who who, String key) {
        for (JsonNode entry : ok(host.get(who, "queue"), "GET queue as " + who)) {
            if (entry.path("issue").asText().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    /** The audit rows of one issue from {@code since} on, as {@code [from, to, reason]}. */
    static List<List<String>> audit(Host host, String key, Instant since) {
        JsonNode audit = ok(host.get(Who.ADMIN, "audit?from=" + query(since)), "GET audit");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : audit) {
            if (row.path("issue").asText().equals(key)) {
                rows.add(List.of(row.path("from").asText(), row.path("to").asText(), row.path("reason").asText()));
            }
        }
        return rows;
    }

    static List<JsonNode> breaches(Host host, String key, Instant since) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode breach : ok(host.get(Who.ADMIN, "breaches?from=" + query(since)), "GET breaches")) {
            if (breach.path("issue").asText().equals(key)) {
                found.add(breach);
            }
        }
        return found;
    }

    static String query(Instant instant) {
        return URLEncoder.encode(instant.atOffset(ZoneOffset.UTC).toString(), StandardCharsets.UTF_8);
    }

    static List<String> field(JsonNode list, String name) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.path(name).asText()));
        return values;
    }

    static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }
}
