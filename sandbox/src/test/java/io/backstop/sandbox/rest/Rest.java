package io.backstop.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import io.backstop.sandbox.host.SandboxOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the REST tests share: a sandbox as the contract's replay starts it ({@code --no-demo --clock manual
 * --start ...}, port 0), the demo-like department of the contract, and short calls through {@link SandboxClient}.
 */
final class Rest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BACKSTOP = "rest/backstop/1.0/";
    static final String SANDBOX = "rest/sandbox/1.0/";
    /** Monday 2 November 2026, 08:00 in Moscow: a working week with a holiday on Wednesday. */
    static final Instant MONDAY_0800 = OffsetDateTime.parse("2026-11-02T08:00:00+03:00").toInstant();

    private Rest() {
    }

    static Sandbox start(Path data, Instant start) throws Exception {
        return Sandbox.start(new SandboxOptions(0, data, true, start, 1, false));
    }

    /**
     * The demo-like department: head; operator (deputies: office); office (office manager); the managers ivanova
     * (deputies: petrova), petrova (sidorova, ivanova) and sidorova (petrova). Moscow, 09:00-18:00 with lunch,
     * Wednesday 4 November a holiday; queue after 30 working minutes, answer within 1 working hour; ticks every
     * 5 minutes.
     */
    static ObjectNode department() {
        return (ObjectNode) parse("""
                {
                  "calendar": {
                    "zone": "Europe/Moscow",
                    "week": {
                      "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                      "WED": ["09:00-13:00", "14:00-18:00"], "THU": ["09:00-13:00", "14:00-18:00"],
                      "FRI": ["09:00-13:00", "14:00-17:00"]
                    },
                    "holidays": ["2026-11-04"]
                  },
                  "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
                  "goals": [
                    { "issueTypes": ["Complaint"], "queueAfter": "PT0M", "respondWithin": "PT2H" },
                    { "priorities": ["Highest"], "queueAfter": "PT10M" }
                  ],
                  "people": [
                    { "name": "head", "role": "HEAD" },
                    { "name": "operator", "role": "OPERATOR", "deputies": ["office"] },
                    { "name": "office", "role": "OFFICE_MANAGER" },
                    { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                    { "name": "petrova", "role": "MANAGER", "deputies": ["sidorova", "ivanova"] },
                    { "name": "sidorova", "role": "MANAGER", "deputies": ["petrova"] }
                  ],
                  "tick": "PT5M"
                }
                """);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An instant in Moscow on the department's week, e.g. {@code at("2026-11-02T10:00")}. */
    static String at(String localDateTime) {
        return localDateTime + ":00+03:00";
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Calls that must succeed, as the admin unless told otherwise. */
    static final class Calls {

        final SandboxClient client;

        Calls(SandboxClient client) {
            this.client = client;
        }

        JsonNode get(String user, String path) {
            return ok(client.get(user, path), path);
        }

        JsonNode putSettings(JsonNode settings) {
            return ok(client.put("admin", BACKSTOP + "settings", settings), "PUT settings");
        }

        JsonNode createIssue(String key, String owner) {
            return createIssue(Map.of("key", key, "owner", owner));
        }

        JsonNode createIssue(Map<String, ?> body) {
            return ok(client.post("admin", SANDBOX + "issues", body), "POST issues " + body);
        }

        JsonNode comment(String key, String author, boolean internal) {
            return ok(client.post("admin", SANDBOX + "issues/" + key + "/comments",
                    Map.of("author", author, "body", "a message from " + author, "internal", internal)),
                    "comment on " + key);
        }

        JsonNode resolve(String key) {
            return ok(client.post("admin", SANDBOX + "issues/" + key + "/resolve", Map.of()), "resolve " + key);
        }

        JsonNode issue(String key) {
            return ok(client.get("admin", SANDBOX + "issues/" + key), "GET issue " + key);
        }

        JsonNode sla(String key) {
            return ok(client.get("admin", BACKSTOP + "issues/" + key + "/sla"), "GET sla " + key);
        }

        JsonNode absence(Map<String, ?> body) {
            return ok(client.post("admin", BACKSTOP + "absences", body), "POST absences " + body);
        }

        JsonNode clockTo(String instant) {
            return ok(client.post("admin", SANDBOX + "clock", Map.of("to", instant)), "clock to " + instant);
        }

        JsonNode settle() {
            return ok(client.post("admin", SANDBOX + "clock", Map.of("settle", true)), "settle");
        }

        Instant now() {
            return instant(get("admin", SANDBOX + "clock").get("now"));
        }

        JsonNode watcher() {
            return ok(client.post("admin", BACKSTOP + "watcher/run", ""), "watcher/run");
        }

        List<String> queue(String user) {
            return field(get(user, BACKSTOP + "queue"), "issue");
        }

        static JsonNode ok(SandboxClient.Answer answer, String what) {
            assertThat(answer.status()).as(what + " answered " + answer.body()).isBetween(200, 204);
            return answer.body();
        }
    }

    /** The row of {@code name} in a results view's {@code people}. */
    static JsonNode person(JsonNode view, String name) {
        for (JsonNode p : view.path("people")) {
            if (p.path("person").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " not in " + view);
    }

    /** A GET as {@code user} read as text (CSV exports, headers), not as JSON. */
    static java.net.http.HttpResponse<String> raw(Sandbox sandbox, String user, String path) throws Exception {
        java.net.URI uri = java.net.URI.create(sandbox.url() + BACKSTOP + path);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":" + user)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static List<String> field(JsonNode list, String name) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.path(name).asText()));
        return values;
    }

    static Instant instant(JsonNode node) {
        return parseInstant(node.asText());
    }

    static Instant parseInstant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    static ArrayNode array(JsonNode node) {
        return (ArrayNode) node;
    }
}
