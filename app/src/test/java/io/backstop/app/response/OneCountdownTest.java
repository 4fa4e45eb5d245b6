package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.rest.Json;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "one countdown": {@code GET queue} and {@code GET issues/{key}/sla} answer the same
 * {@code workingSecondsLeft} and {@code paused} at the same instant (a pinned clock), in working time: the lunch
 * break and the night do not count.
 */
class OneCountdownTest {

    private static final String DEPARTMENT = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"] },
                "holidays": []
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" }
              ],
              "tick": "PT5M"
            }
            """;

    private final TestHost host = new TestHost();
    private final ResponseDesk desk = host.backstop.responses();
    private final Access access = new Access(() -> Optional.of("operator"), new TestHost.OpenDirectory(),
            host.backstop.settings(), (user, issue) -> true);

    private static Instant moscow(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        // WEB-1: Monday 17:00, due 18:00 that evening. WEB-2: Tuesday 12:10, due 14:10 after lunch. WEB-3: answered.
        desk.issueCreated(new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme"), "client",
                moscow("2026-11-02T17:00"));
        desk.issueCreated(new IssueFacts("WEB-3", "Client request", "Medium", "ivanova", "Acme"), "client",
                moscow("2026-11-02T17:00"));
        desk.commentAdded(new IssueFacts("WEB-3", "Client request", "Medium", "ivanova", "Acme"), "ivanova", false,
                moscow("2026-11-02T17:10"));
        desk.issueCreated(new IssueFacts("WEB-2", "Client request", "Medium", "ivanova", "Vasilek"), "client",
                moscow("2026-11-03T12:10"));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private Map<String, JsonNode> queueAt(Instant now) {
        Response answer = new QueueResource(access, host.backstop.views(), host.backstop.settings(),
                Clock.fixed(now, ZoneOffset.UTC)).queue();
        Map<String, JsonNode> byIssue = new HashMap<>();
        Json.MAPPER.valueToTree(read(answer)).forEach(entry -> byIssue.put(entry.get("issue").asText(), entry));
        return byIssue;
    }

    private JsonNode slaAt(String issue, Instant now) {
        return read(new IssueResource(access, host.backstop.views(), desk, host.backstop.settings(),
                Clock.fixed(now, ZoneOffset.UTC)).sla(issue));
    }

    private static JsonNode read(Response answer) {
        assertThat(answer.getStatus()).isEqualTo(200);
        try {
            return Json.MAPPER.readTree((String) answer.getEntity());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theQueueAndTheIssueAnswerTheSameCountdownAtTheSameInstant() {
        Instant now = moscow("2026-11-03T12:45");
        Map<String, JsonNode> queue = queueAt(now);
        assertThat(queue.keySet()).containsExactlyInAnyOrder("WEB-1", "WEB-2");
        // overdue since Monday 18:00: Tuesday 09:00-12:45 only, not the night (3 h 45 min, not 18 h 45 min)
        assertThat(queue.get("WEB-1").get("workingSecondsLeft").asLong()).isEqualTo(-(3 * 3600 + 45 * 60));
        // due 14:10: 15 minutes before lunch and 10 after it (25 min, not the calendar's 1 h 25 min)
        assertThat(queue.get("WEB-2").get("workingSecondsLeft").asLong()).isEqualTo(25 * 60);
        for (String issue : queue.keySet()) {
            JsonNode sla = slaAt(issue, now);
            assertThat(sla.get("workingSecondsLeft")).as(issue).isEqualTo(queue.get(issue).get("workingSecondsLeft"));
            assertThat(sla.get("paused")).as(issue).isEqualTo(queue.get(issue).get("paused"));
            assertThat(sla.get("paused").asBoolean()).isFalse();
        }
        assertThat(queue.get("WEB-1").has("leftSeconds")).as("the old field is gone").isFalse();
    }

    @Test
    void overLunchTheCountdownIsPausedAndStandsStill() {
        for (String at : new String[] {"2026-11-03T13:05", "2026-11-03T13:55"}) {
            Instant now = moscow(at);
            Map<String, JsonNode> queue = queueAt(now);
            for (String issue : new String[] {"WEB-1", "WEB-2"}) {
                JsonNode sla = slaAt(issue, now);
                assertThat(queue.get(issue).get("paused").asBoolean()).as(issue + " at " + at).isTrue();
                assertThat(sla.get("paused").asBoolean()).isTrue();
                assertThat(sla.get("workingSecondsLeft")).isEqualTo(queue.get(issue).get("workingSecondsLeft"));
            }
            assertThat(queue.get("WEB-1").get("workingSecondsLeft").asLong()).isEqualTo(-4 * 3600);
            assertThat(queue.get("WEB-2").get("workingSecondsLeft").asLong()).isEqualTo(10 * 60);
        }
    }

    @Test
    void anIssueThatAwaitsNoAnswerHasNoCountdown() {
        JsonNode sla = slaAt("WEB-3", moscow("2026-11-03T12:45"));
        assertThat(sla.get("awaiting").asBoolean()).isFalse();
        assertThat(sla.has("workingSecondsLeft")).isTrue();
        assertThat(sla.get("workingSecondsLeft").isNull()).isTrue();
        assertThat(sla.get("paused").asBoolean()).isFalse();
        assertThat(slaAt("WEB-3", moscow("2026-11-03T20:00")).get("paused").asBoolean()).isTrue();
    }
}
