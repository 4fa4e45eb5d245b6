package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.TrackerComment;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reply box's REST (issue 15, point 2): {@code POST issues/{key}/reply-preview} decides as the sent reply will be
 * decided ({@link HoldingReplies}, the text with the department's phrases), and {@code GET issues/{key}/reply-context}
 * gives what the client wrote. Monday 2 November 2026, 10:30 in Moscow; Wednesday is a holiday.
 */
class ReplyPreviewTest {

    private static final String DEPARTMENT = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                          "WED": ["09:00-18:00"], "THU": ["09:00-18:00"] },
                "holidays": ["2026-11-04"]
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "goals": [ { "issueTypes": ["Complaint"], "answerWithin": "PT2H" } ],
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" }
              ],
              "tick": "PT5M"
            }
            """;
    private static final Instant NOW = moscow("2026-11-02T10:30");

    private final TestHost host = new TestHost();
    private final ResponseDesk desk = host.backstop.responses();

    private static Instant moscow(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        host.tracker.issues.put("WEB-1", new TrackedIssue("Where is my order?", Optional.empty()));
        host.tracker.issues.put("WEB-2", new TrackedIssue("Rude again", Optional.empty()));
        desk.issueCreated(new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme"), "client",
                moscow("2026-11-02T10:00"));
        desk.issueCreated(new IssueFacts("WEB-2", "Complaint", "Medium", "ivanova", "Acme"), "client",
                moscow("2026-11-02T10:00"));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private IssueResource resource(boolean mayBrowse) {
        Access access = new Access(() -> Optional.of("ivanova"), new TestHost.OpenDirectory(),
                host.backstop.settings(), (user, issue) -> mayBrowse);
        return new IssueResource(access, host.backstop.views(), desk, host.backstop.settings(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private JsonNode preview(String issue, Object text) {
        return read(resource(true).replyPreview(issue, Json.MAPPER.valueToTree(Map.of("text", text)).toString()));
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
    void aHoldingTextNamesItsPhraseAndThePromiseOfTheDayItNames() {
        JsonNode p = preview("WEB-1", "Получили, ответим до четверга");

        assertThat(p.get("holding").asBoolean()).isTrue();
        assertThat(p.get("how").asText()).isEqualTo("text");
        assertThat(p.get("phrase").asText()).isEqualTo("получили");
        assertThat(OffsetDateTime.parse(p.get("promise").asText()).toInstant()).isEqualTo(moscow("2026-11-05T18:00"));
        // the default: 16 working hours from Monday 10:30 (Wednesday is a holiday): Thursday 10:30
        assertThat(OffsetDateTime.parse(p.get("defaultPromise").asText()).toInstant())
                .isEqualTo(moscow("2026-11-05T10:30"));
    }

    @Test
    void aHoldingTextWithoutADateOwesTheAnswerWithinTheIssuesGoal() {
        JsonNode p = preview("WEB-2", "We got it, we'll get back to you");

        assertThat(p.get("phrase").asText()).isEqualTo("we got it");
        assertThat(OffsetDateTime.parse(p.get("promise").asText()).toInstant())
                .as("a complaint: answer within 2 working hours").isEqualTo(moscow("2026-11-02T12:30"));
    }

    @Test
    void anAnswerIsNoHoldingReply() {
        JsonNode p = preview("WEB-1", "Your invoice is attached; the order left on Friday.");

        assertThat(p.get("holding").asBoolean()).isFalse();
        assertThat(p.get("how").isNull()).isTrue();
        assertThat(p.get("phrase").isNull()).isTrue();
        assertThat(p.get("promise").isNull()).isTrue();
        assertThat(p.get("defaultPromise").isNull()).isFalse();
        assertThat(preview("WEB-1", "").get("holding").asBoolean()).isFalse();
    }

    @Test
    void aMissingOrTooLongTextIsRefusedNamingText() {
        assertThatThrownBy(() -> resource(true).replyPreview("WEB-1", "{}"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> preview("WEB-1", 42))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.field()).isEqualTo("text"));
        assertThatThrownBy(() -> preview("WEB-1", "a".repeat(ReplyBox.MAX_TEXT + 1)))
                .isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.field()).isEqualTo("text");
                });
        assertThat(preview("WEB-1", "a".repeat(ReplyBox.MAX_TEXT)).get("holding").asBoolean()).isFalse();
    }

    @Test
    void anIssueTheCallerMayNotBrowseOrTheTrackerDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> resource(true).replyPreview("WEB-9", "{\"text\":\"Получили\"}"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> resource(false).replyPreview("WEB-1", "{\"text\":\"Получили\"}"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> resource(false).replyContext("WEB-1"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theContextIsTheOpeningAndTheClientsLatestMessage() {
        host.tracker.conversations.put("WEB-1", new java.util.ArrayList<>(java.util.List.of(
                new TrackerComment("opening", "client", "Where is my order?", moscow("2026-11-02T10:00")))));
        JsonNode none = read(resource(true).replyContext("WEB-1"));
        assertThat(none.get("opening").get("body").asText()).isEqualTo("Where is my order?");
        assertThat(none.get("clientMessage").isNull()).isTrue();

        host.tracker.say("WEB-1", "client", "Any news?", moscow("2026-11-02T10:05"));
        host.tracker.say("WEB-1", "ivanova", "Looking into it.", moscow("2026-11-02T10:10"));
        host.tracker.say("WEB-1", "client", "And the invoice?", moscow("2026-11-02T10:20"));
        host.tracker.say("WEB-1", "operator", "Sent.", moscow("2026-11-02T10:25"));

        JsonNode context = read(resource(true).replyContext("WEB-1"));
        assertThat(context.get("clientMessage").get("body").asText()).isEqualTo("And the invoice?");
        assertThat(context.get("clientMessage").get("author").asText()).isEqualTo("client");
        assertThat(OffsetDateTime.parse(context.get("clientMessage").get("at").asText()).toInstant())
                .isEqualTo(moscow("2026-11-02T10:20"));
        assertThat(context.get("opening").get("author").asText()).isEqualTo("client");
    }
}
