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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue's promise lane ({@code GET queue/promises}): promises broken and not answered since, then those due
 * today, each with who promised, by when and how often it was moved; a manager sees only issues she may browse.
 */
class PromiseLaneTest {

    private static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"] },
                "holidays": [] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true,
                          "answerWithin": "PT2H" },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" },
                { "name": "petrova", "role": "MANAGER" }
              ],
              "tick": "PT5M"
            }
            """;

    private final TestHost host = new TestHost();
    private final ResponseDesk desk = host.backstop.responses();

    private static Instant at(String day, String time) {
        return OffsetDateTime.parse("2026-11-0" + day + "T" + time + ":00+03:00").toInstant();
    }

    private static IssueFacts issue(String key, String owner) {
        return new IssueFacts(key, "Client request", "Medium", owner, "Client of " + key);
    }

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        // WEB-1: ivanova's "ok" at 09:10 promises 11:10 and breaks. WEB-2: petrova promises 16:00 today, moved once.
        // WEB-3: ivanova promises Tuesday 12:00. WEB-4: ivanova's promise broken, then answered.
        for (String key : new String[] {"WEB-1", "WEB-3", "WEB-4"}) {
            desk.issueCreated(issue(key, "ivanova"), "client", at("2", "09:00"));
        }
        desk.issueCreated(issue("WEB-2", "petrova"), "client", at("2", "09:00"));
        hold("WEB-1", "ivanova", at("2", "09:10"), null);
        hold("WEB-2", "petrova", at("2", "09:10"), at("2", "15:00"));
        hold("WEB-2", "petrova", at("2", "09:20"), at("2", "16:00"));
        hold("WEB-3", "ivanova", at("2", "09:10"), at("3", "12:00"));
        hold("WEB-4", "ivanova", at("2", "09:10"), at("2", "10:00"));
        for (Instant t = at("2", "09:10"); !t.isAfter(at("2", "11:30")); t = t.plusSeconds(300)) {
            desk.runWatcher(t);
        }
        desk.commentAdded(issue("WEB-4", "ivanova"), "ivanova", false, at("2", "11:40")); // the answer, late
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private void hold(String key, String by, Instant when, Instant promise) {
        desk.commentAdded(issue(key, by), by, false, when, new ReplyFacts("ok", true, promise, null));
    }

    private List<JsonNode> lane(String user, Instant now) {
        Access access = new Access(() -> Optional.of(user), new TestHost.OpenDirectory(), host.backstop.settings(),
                (who, issue) -> !"petrova".equals(who) || "WEB-2".equals(issue));
        Response answer = new QueueResource(access, host.backstop.views(), host.backstop.settings(),
                Clock.fixed(now, ZoneOffset.UTC)).promises();
        assertThat(answer.getStatus()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        try {
            Json.MAPPER.readTree((String) answer.getEntity()).forEach(entries::add);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return entries;
    }

    @Test
    void brokenAndUnansweredFirstThenDueTodayWithWhoPromisedByWhenAndTheMoves() {
        List<JsonNode> lane = lane("operator", at("2", "12:00"));

        assertThat(lane).extracting(e -> e.path("issue").asText()).containsExactly("WEB-1", "WEB-2");
        JsonNode broken = lane.get(0);
        assertThat(broken.path("state").asText()).isEqualTo("BROKEN");
        assertThat(broken.path("by").asText()).isEqualTo("ivanova");
        assertThat(Instant.parse(broken.path("due").asText())).isEqualTo(at("2", "11:10"));
        assertThat(Instant.parse(broken.path("closedAt").asText())).isEqualTo(at("2", "11:10"));
        assertThat(broken.path("workingSecondsLeft").asLong()).isEqualTo(-50 * 60);
        assertThat(broken.path("client").asText()).isEqualTo("Client of WEB-1");
        JsonNode due = lane.get(1);
        assertThat(due.path("state").asText()).isEqualTo("DUE");
        assertThat(due.path("by").asText()).isEqualTo("petrova");
        assertThat(due.path("moves").asInt()).isEqualTo(1);
        assertThat(due.path("closedAt").isNull()).isTrue();
        assertThat(due.path("workingSecondsLeft").asLong()).as("12:00 to 16:00 less lunch").isEqualTo(3 * 3600);
    }

    @Test
    void aBrokenPromiseLeavesTheLaneWithAFullAnswerButNotWithAnotherHoldingReply() {
        hold("WEB-1", "ivanova", at("2", "12:10"), at("2", "17:00"));
        assertThat(lane("operator", at("2", "12:20"))).extracting(e -> e.path("issue").asText() + " "
                + e.path("state").asText()).containsExactly("WEB-2 DUE", "WEB-1 DUE");

        desk.commentAdded(issue("WEB-1", "ivanova"), "ivanova", false, at("2", "12:30"));
        assertThat(lane("operator", at("2", "12:40"))).extracting(e -> e.path("issue").asText())
                .containsExactly("WEB-2");
    }

    @Test
    void tomorrowsPromiseIsDueTomorrowAndAManagerSeesOnlyWhatSheMayBrowse() {
        desk.runWatcher(at("3", "09:00")); // petrova's 16:00 passed overnight: broken at the first tick
        assertThat(lane("head", at("3", "09:05"))).extracting(e -> e.path("issue").asText() + " "
                + e.path("state").asText()).containsExactly("WEB-1 BROKEN", "WEB-2 BROKEN", "WEB-3 DUE");
        assertThat(lane("petrova", at("2", "12:00"))).extracting(e -> e.path("issue").asText())
                .containsExactly("WEB-2");
    }
}
