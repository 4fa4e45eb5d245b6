package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
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
 * "My work" ({@code GET mywork}): a person's issues awaiting an answer (held, or owned while someone else holds them)
 * split by standing with the server's countdown, their promises, their clients; only their own, and only what the
 * caller may browse; the head and administrators may name a person, nobody else.
 */
class MyWorkTest {

    private static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"] },
                "holidays": [] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT4H", "returnToOwner": true,
                          "answerWithin": "PT2H" },
              "goals": [ { "issueTypes": ["Complaint"], "queueAfter": "PT0M", "respondWithin": "PT2H" } ],
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

    private static IssueFacts issue(String key, String type, String owner) {
        return new IssueFacts(key, type, "Medium", owner, "Client of " + key);
    }

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        // WEB-1 ivanova's, due 13:00; WEB-2 ivanova's, due 16:00 (lunch); WEB-3 her client's complaint, due 11:00,
        // breached and taken over by the operator; WEB-4 petrova's; WEB-5 ivanova's, answered "ok" promising
        // Tuesday 12:00; WEB-6 ivanova's "ok" promising 10:00, broken.
        desk.issueCreated(issue("WEB-1", "Client request", "ivanova"), "client", at("2", "09:00"));
        desk.issueCreated(issue("WEB-3", "Complaint", "ivanova"), "client", at("2", "09:00"));
        desk.issueCreated(issue("WEB-4", "Client request", "petrova"), "client", at("2", "09:00"));
        desk.issueCreated(issue("WEB-5", "Client request", "ivanova"), "client", at("2", "09:00"));
        desk.issueCreated(issue("WEB-6", "Client request", "ivanova"), "client", at("2", "09:00"));
        desk.issueCreated(issue("WEB-2", "Client request", "ivanova"), "client", at("2", "11:00"));
        hold("WEB-5", at("2", "09:10"), at("3", "12:00"));
        hold("WEB-6", at("2", "09:10"), at("2", "10:00"));
        for (Instant t = at("2", "09:10"); !t.isAfter(at("2", "12:30")); t = t.plusSeconds(300)) {
            desk.runWatcher(t);
        }
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private void hold(String key, Instant when, Instant promise) {
        desk.commentAdded(issue(key, "Client request", "ivanova"), "ivanova", false, when,
                new ReplyFacts("ok", true, promise, null));
    }

    /** GET mywork as {@code user}, who may browse everything but {@code hidden}. */
    private JsonNode work(String user, String person, String hidden) {
        Access access = new Access(() -> Optional.of(user), new TestHost.OpenDirectory(), host.backstop.settings(),
                (who, key) -> !key.equals(hidden));
        Response answer = new MyWorkResource(access, host.backstop.views(), host.backstop.settings(),
                Clock.fixed(at("2", "12:30"), ZoneOffset.UTC)).work(person);
        assertThat(answer.getStatus()).isEqualTo(200);
        try {
            return Json.MAPPER.readTree((String) answer.getEntity());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> column(JsonNode list, String... fields) {
        List<String> rows = new ArrayList<>();
        list.forEach(row -> {
            StringBuilder text = new StringBuilder();
            for (String field : fields) {
                text.append(text.length() == 0 ? "" : " ").append(row.path(field).asText());
            }
            rows.add(text.toString());
        });
        return rows;
    }

    @Test
    void herWaitingIssuesSoonestDueFirstEachWithItsStandingAndTheServersCountdown() {
        JsonNode mine = work("ivanova", null, null);

        assertThat(mine.path("person").asText()).isEqualTo("ivanova");
        assertThat(column(mine.path("waiting"), "issue", "standing", "held", "assignee")).containsExactly(
                "WEB-3 BREACHED false operator", // her client's, held by the operator since it breached
                "WEB-1 DUE_SOON true ivanova",
                "WEB-2 WAITING true ivanova");
        JsonNode soon = mine.path("waiting").get(1);
        assertThat(soon.path("workingSecondsLeft").asLong()).as("12:30 to 13:00").isEqualTo(1800);
        assertThat(soon.path("paused").asBoolean()).isFalse();
        assertThat(mine.path("waiting").get(0).path("complaint").asBoolean()).isTrue();
        assertThat(mine.path("waiting").get(0).path("breached").asBoolean()).isTrue();
        assertThat(mine.path("waiting").get(2).path("workingSecondsLeft").asLong()).as("12:30 to 16:00 less lunch")
                .isEqualTo(150 * 60);
    }

    @Test
    void herPromisesBrokenFirstThenOpenAndHerClientsEachWithAnIssueShowingTheirDigest() {
        JsonNode mine = work("ivanova", null, null);

        assertThat(column(mine.path("promises"), "issue", "state", "by")).containsExactly(
                "WEB-6 BROKEN ivanova", "WEB-5 OPEN ivanova");
        assertThat(mine.path("promises").get(1).path("workingSecondsLeft").asLong())
                .as("12:30 Monday to 12:00 Tuesday in working time").isEqualTo((30 + 240 + 180) * 60);
        assertThat(column(mine.path("clients"), "client", "issue", "waiting", "breached", "promises")).containsExactly(
                "Client of WEB-3 WEB-3 0 1 0", "Client of WEB-1 WEB-1 1 0 0", "Client of WEB-2 WEB-2 1 0 0",
                "Client of WEB-6 WEB-6 0 0 1", "Client of WEB-5 WEB-5 0 0 1");
    }

    @Test
    void aManagerNeverSeesAnotherManagersIssueNorOneSheMayNotBrowse() {
        JsonNode mine = work("ivanova", "ivanova", "WEB-2");
        assertThat(column(mine.path("waiting"), "issue")).containsExactly("WEB-3", "WEB-1");
        assertThat(mine.toString()).doesNotContain("WEB-4").doesNotContain("WEB-2");
        assertThat(work("petrova", null, null).path("waiting").findValuesAsText("issue")).containsExactly("WEB-4");
        assertThat(work("petrova", null, null).path("promises")).isEmpty();

        for (String[] asking : new String[][] {{"ivanova", "petrova"}, {"operator", "ivanova"}, {"petrova", "head"}}) {
            assertThatThrownBy(() -> work(asking[0], asking[1], null)).as(asking[0] + " asking for " + asking[1])
                    .isInstanceOf(ApiError.class).extracting("status").isEqualTo(403);
        }
    }

    @Test
    void theHeadAndAdministratorsLookAtANamedPersonsWork() {
        assertThat(work("head", "petrova", null).path("waiting").findValuesAsText("issue")).containsExactly("WEB-4");
        assertThat(work("head", "petrova", null).path("person").asText()).isEqualTo("petrova");
        assertThat(work("admin", "ivanova", null).path("waiting").findValuesAsText("issue"))
                .containsExactly("WEB-3", "WEB-1", "WEB-2");
        assertThat(work("admin", null, null).path("waiting")).as("an administrator's own: none").isEmpty();
        assertThat(work("head", null, null).path("person").asText()).isEqualTo("head");
        assertThatThrownBy(() -> work("head", "nobody", null)).isInstanceOf(ApiError.class)
                .satisfies(e -> assertThat(((ApiError) e).status()).isEqualTo(400))
                .satisfies(e -> assertThat(((ApiError) e).field()).isEqualTo("person"));
    }
}
