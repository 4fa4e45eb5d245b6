package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.json.ScenarioJson;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's promise: a scenario replayed through a sandbox started with {@code --no-demo --clock manual
 * --start <start>} (settings, absences, each event at its instant, then {@code until} and a settle) leaves the
 * same audit, breaches and queue as {@code simulate} prints for the file.
 */
class SandboxReplaysScenariosIT {

    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(strings = {"../app/src/test/resources/scenarios/worked-example.json",
            "../app/src/test/resources/scenarios/worked-example-v2.json", "../examples/department-week.json"})
    void theSandboxAgreesWithSimulate(String file) throws Exception {
        String json = Files.readString(Path.of(file));
        Scenario scenario = ScenarioJson.read(json);
        JsonNode expected = SandboxClient.MAPPER.readTree(
                ScenarioJson.write(Replay.run(scenario), scenario.calendar().zone()));
        JsonNode document = SandboxClient.MAPPER.readTree(json);

        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, true, scenario.start(), 1, false))) {
            SandboxClient client = new SandboxClient(sandbox.url());
            ObjectNode settings = SandboxClient.MAPPER.createObjectNode();
            for (String part : List.of("calendar", "policy", "goals", "people", "tick")) {
                if (document.has(part)) {
                    settings.set(part, document.get(part));
                }
            }
            assertThat(client.put("admin", "rest/backstop/1.0/settings", settings).status()).isEqualTo(200);
            for (JsonNode absence : document.path("absences")) {
                assertThat(client.post("admin", "rest/backstop/1.0/absences", absence).status()).isEqualTo(201);
            }
            for (JsonNode event : document.path("events")) {
                assertThat(client.post("admin", "rest/sandbox/1.0/clock", Map.of("to", event.get("at").asText()))
                        .status()).isEqualTo(200);
                String issue = event.get("issue").asText();
                SandboxClient.Answer answer = switch (event.get("type").asText()) {
                    case "CREATED" -> client.post("admin", "rest/sandbox/1.0/issues", event);
                    case "CLIENT_MESSAGE" -> client.post("admin", "rest/sandbox/1.0/issues/" + issue + "/comments",
                            Map.of("author", "client", "body", "a question"));
                    case "STAFF_REPLY" -> client.post("admin", "rest/sandbox/1.0/issues/" + issue + "/comments",
                            reply(event));
                    default -> client.post("admin", "rest/sandbox/1.0/issues/" + issue + "/resolve", Map.of());
                };
                assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
            }
            client.post("admin", "rest/sandbox/1.0/clock", Map.of("to", document.get("until").asText()));
            client.post("admin", "rest/sandbox/1.0/clock", Map.of("settle", true));

            assertThat(rows(client.get("head", "rest/backstop/1.0/audit").body(), "at", "issue", "from", "to", "reason"))
                    .containsExactlyElementsOf(rows(expected.get("reassignments"), "at", "issue", "from", "to", "reason"));
            assertThat(rows(client.get("head", "rest/backstop/1.0/breaches").body(),
                    "issue", "awaitingSince", "due", "detectedAt", "heldBy"))
                    .containsExactlyElementsOf(rows(expected.get("breaches"), "issue", "awaitingSince", "due", "detectedAt",
                            "heldBy"));
            assertThat(rows(client.get("head", "rest/backstop/1.0/promises").body(),
                    "issue", "by", "madeAt", "due", "outcome", "closedAt"))
                    .containsExactlyElementsOf(rows(expected.get("promises"), "issue", "by", "madeAt", "due", "outcome",
                            "closedAt"));
            assertThat(rows(client.get("operator", "rest/backstop/1.0/queue").body(),
                    "issue", "awaitingSince", "due", "assignee"))
                    .containsExactlyElementsOf(rows(expected.get("queue"), "issue", "awaitingSince", "due", "assignee"));
        }
    }

    /** A staff reply as the tracker takes it: its author, a plain text, and the scenario's holding mark. */
    private static ObjectNode reply(JsonNode event) {
        ObjectNode reply = SandboxClient.MAPPER.createObjectNode();
        reply.put("author", event.get("by").asText());
        reply.put("body", "The details are in the attached document; everything you asked for is done.");
        for (String part : List.of("holding", "promise")) {
            if (event.has(part)) {
                reply.set(part, event.get(part));
            }
        }
        return reply;
    }

    /** Rows of the named fields; instants are compared as instants, whatever their offset. */
    private static List<List<String>> rows(JsonNode list, String... fields) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : list) {
            List<String> row = new ArrayList<>();
            for (String field : fields) {
                String value = item.path(field).asText();
                try {
                    value = OffsetDateTime.parse(value).toInstant().toString();
                } catch (RuntimeException notAnInstant) {
                    // keep the text
                }
                row.add(value);
            }
            rows.add(row);
        }
        return rows;
    }
}
