package io.backstop.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.rest.Json;
import io.backstop.app.results.scorecard.ScorecardResource;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 3: "every figure that judges or pays a person must survive someone trying to game it". Each test is
 * one way to game {@code GET results/sla} (and the scorecard's timeliness, which is its on-time share): let an issue
 * breach and have the operator answer it; make the operator look slow by handing her breached issues; hold a client
 * off with holding replies and move the promise again and again; say "ok" and never answer.
 *
 * <p>The department: Moscow, weekdays 09:00-13:00 and 14:00-18:00; answer within one working hour, a promise
 * within two (answerWithin); the operator takes breached issues. Monday 2 November 2026.
 */
class HonestResultsTest {

    private static final String DEPARTMENT = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                          "WED": ["09:00-13:00", "14:00-18:00"], "THU": ["09:00-13:00", "14:00-18:00"],
                          "FRI": ["09:00-13:00", "14:00-18:00"] },
                "holidays": []
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true,
                          "answerWithin": "PT2H" },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER" }
              ],
              "tick": "PT5M"
            }
            """;

    private final TestHost host = new TestHost();
    private final ResponseDesk desk = host.backstop.responses();
    private final Access head = new Access(() -> Optional.of("head"), new TestHost.OpenDirectory(),
            host.backstop.settings(), (user, issue) -> true);

    static Instant monday(String time) {
        return OffsetDateTime.parse("2026-11-02T" + time + ":00+03:00").toInstant();
    }

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private static IssueFacts issue(String key, String owner) {
        return new IssueFacts(key, "Client request", "Medium", owner, "Client of " + key);
    }

    private void watch(String from, String to) {
        for (Instant t = monday(from); !t.isAfter(monday(to)); t = t.plusSeconds(300)) {
            desk.runWatcher(t);
        }
    }

    /** GET results/sla for Monday as the head sees it at {@code now}: the person's node. */
    private JsonNode person(String name, Instant now) {
        return sla(now).path("people").findParents("person").stream()
                .filter(p -> name.equals(p.path("person").asText())).findFirst().orElseThrow();
    }

    private JsonNode sla(Instant now) {
        Response answer = new ScorecardResource(head, host.backstop.results().scorecard(),
                Clock.fixed(now, ZoneOffset.UTC)).sla("2026-11-02", "2026-11-02", null);
        assertThat(answer.getStatus()).isEqualTo(200);
        try {
            return Json.MAPPER.readTree((String) answer.getEntity());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aManagerWhoLetsAnIssueBreachAndHasTheOperatorAnswerShowsTheBreach() {
        desk.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"));
        watch("10:00", "11:00"); // due 11:00: breached in ivanova's hands, handed to the operator
        desk.commentAdded(issue("WEB-1", "ivanova"), "operator", false, monday("11:20"));

        JsonNode ivanova = person("ivanova", monday("18:00"));
        assertThat(ivanova.path("breaches").asInt()).as("the breach is hers").isEqualTo(1);
        assertThat(ivanova.path("onTime").asInt()).isZero();
        assertThat(ivanova.path("onTimeShare").asDouble()).isEqualTo(0.0);
        JsonNode operator = person("operator", monday("18:00"));
        assertThat(operator.path("breaches").asInt()).as("the rescue is not the operator's breach").isZero();
        assertThat(operator.path("onTimeShare").isNull()).isTrue();
        assertThat(operator.path("lateReplies").asInt()).isEqualTo(1);
        assertThat(operator.path("rescues").path("count").asInt()).isEqualTo(1);
        assertThat(operator.path("rescues").path("medianSeconds").asLong()).isEqualTo(20 * 60);
        assertThat(timeliness("ivanova")).as("the scorecard pays her breach").isEqualTo(0.0);
        assertThat(timeliness("operator")).as("and not the operator's rescue").isEqualTo(1.0);
    }

    /** The scorecard's timeliness score for November (the on-time share against the 95% target, at most 1). */
    private double timeliness(String name) {
        Response answer = new ScorecardResource(head, host.backstop.results().scorecard(),
                Clock.fixed(monday("18:00"), ZoneOffset.UTC)).scorecard("2026-11", name);
        try {
            return Json.MAPPER.readTree((String) answer.getEntity()).path("people").get(0).path("components")
                    .path("timeliness").path("score").asDouble();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anOperatorWhoRescuesTenBreachedIssuesFastShowsNoLateReplyAgainstHer() {
        for (int i = 1; i <= 10; i++) {
            desk.issueCreated(issue("WEB-" + i, i % 2 == 0 ? "ivanova" : "petrova"), "client", monday("09:00"));
        }
        watch("09:00", "10:00"); // all ten breach at 10:00 and go to the operator
        for (int i = 1; i <= 10; i++) { // one every two minutes: 2, 4, ... 20 working minutes after the move
            desk.commentAdded(issue("WEB-" + i, i % 2 == 0 ? "ivanova" : "petrova"), "operator", false,
                    monday("10:00").plusSeconds(120L * i));
        }

        JsonNode operator = person("operator", monday("18:00"));
        assertThat(operator.path("breaches").asInt()).as("not ten late replies against her").isZero();
        assertThat(operator.path("onTimeShare").isNull()).as("nothing was due on her watch").isTrue();
        assertThat(operator.path("rescues").path("count").asInt()).isEqualTo(10);
        assertThat(operator.path("rescues").path("unanswered").asInt()).isZero();
        assertThat(operator.path("rescues").path("medianSeconds").asLong()).as("(10 + 12) / 2 min").isEqualTo(660);
        assertThat(operator.path("rescues").path("p90Seconds").asLong()).as("the 9th of 10").isEqualTo(18 * 60);
        assertThat(operator.path("rescues").path("months").get(0).path("month").asText()).isEqualTo("2026-11");
        assertThat(person("ivanova", monday("18:00")).path("breaches").asInt()).isEqualTo(5);
        assertThat(person("petrova", monday("18:00")).path("breaches").asInt()).isEqualTo(5);
    }

    @Test
    void anUnansweredRescueCountsWithTheTimeItHasWaitedSoFar() {
        desk.issueCreated(issue("WEB-1", "ivanova"), "client", monday("09:00"));
        desk.issueCreated(issue("WEB-2", "ivanova"), "client", monday("09:00"));
        watch("09:00", "10:00");
        desk.commentAdded(issue("WEB-1", "ivanova"), "operator", false, monday("10:05"));

        JsonNode rescues = person("operator", monday("12:00")).path("rescues");
        assertThat(rescues.path("count").asInt()).isEqualTo(2);
        assertThat(rescues.path("unanswered").asInt()).isEqualTo(1);
        assertThat(rescues.path("p90Seconds").asLong()).as("WEB-2 has waited two hours since the move")
                .isEqualTo(2 * 3600);
    }

    @Test
    void aManagerWhoMovesHerPromiseFiveTimesShowsOneBrokenChainNotFiveKeptPromises() {
        desk.issueCreated(issue("WEB-1", "ivanova"), "client", monday("09:00"));
        hold("09:10", "10:00"); // "we'll answer by 10:00"
        String[] nudges = {"09:50", "10:40", "11:30", "12:20", "14:10"};
        String[] moves = {"09:55", "10:45", "11:35", "12:25", "14:15"};
        String[] dates = {"10:50", "11:50", "12:50", "14:50", "15:00"};
        for (int i = 0; i < 5; i++) { // the client asks again; "by ... then", each time before the last date
            desk.commentAdded(issue("WEB-1", "ivanova"), "client", false, monday(nudges[i]));
            hold(moves[i], dates[i]);
        }
        watch("14:15", "15:30"); // the last date passes: broken

        JsonNode ivanova = person("ivanova", monday("18:00"));
        assertThat(ivanova.path("onTimeShare").asDouble()).as("holding replies are no answers").isEqualTo(0.0);
        assertThat(ivanova.path("replies").asInt()).isEqualTo(6);
        assertThat(ivanova.path("answersOnTime").asInt()).isZero();
        JsonNode promises = ivanova.path("promises");
        assertThat(promises.path("made").asInt()).as("one promise to the client").isEqualTo(1);
        assertThat(promises.path("moved").asInt()).isEqualTo(5);
        assertThat(promises.path("broken").asInt()).isEqualTo(1);
        assertThat(promises.path("kept").asInt()).isZero();
        JsonNode broken = sla(monday("18:00")).path("brokenPromises");
        assertThat(broken).hasSize(1);
        assertThat(broken.get(0).path("issue").asText()).isEqualTo("WEB-1");
        assertThat(broken.get(0).path("by").asText()).isEqualTo("ivanova");
        assertThat(broken.get(0).path("moves").asInt()).isEqualTo(5);
        assertThat(Instant.parse(broken.get(0).path("first").path("due").asText())).isEqualTo(monday("10:00"));
        assertThat(Instant.parse(broken.get(0).path("due").asText())).isEqualTo(monday("15:00"));
    }

    @Test
    void aHoldingOkNeverAnsweredIsABrokenPromise() {
        desk.issueCreated(issue("WEB-1", "ivanova"), "client", monday("09:00"));
        desk.commentAdded(issue("WEB-1", "ivanova"), "ivanova", false, monday("09:15"),
                new ReplyFacts("ok", true, null, null)); // a promise within answerWithin: 11:15
        watch("09:15", "11:30");

        JsonNode ivanova = person("ivanova", monday("18:00"));
        assertThat(ivanova.path("promises").path("broken").asInt()).isEqualTo(1);
        assertThat(ivanova.path("onTimeShare").asDouble()).as("an \"ok\" is no answer on time").isEqualTo(0.0);
        assertThat(sla(monday("18:00")).path("brokenPromises").get(0).path("moves").asInt()).isZero();
    }

    @Test
    void aKeptPromiseAndAnAnswerOnTimeCountOnTimeAndALateAnswerBeforeTheWatcherRanIsTheAnswerers() {
        desk.issueCreated(issue("WEB-1", "ivanova"), "client", monday("09:00"));
        hold("09:30", "11:00");
        desk.commentAdded(issue("WEB-1", "ivanova"), "ivanova", false, monday("10:30")); // kept
        desk.issueCreated(issue("WEB-2", "petrova"), "client", monday("09:00"));
        desk.commentAdded(issue("WEB-2", "petrova"), "petrova", false, monday("09:40")); // on time
        desk.issueCreated(issue("WEB-3", "petrova"), "client", monday("12:00"));
        desk.commentAdded(issue("WEB-3", "petrova"), "petrova", false, monday("14:02")); // due 13:00, no tick yet

        JsonNode ivanova = person("ivanova", monday("18:00"));
        assertThat(ivanova.path("onTime").asInt()).isEqualTo(1);
        assertThat(ivanova.path("promises").path("kept").asInt()).isEqualTo(1);
        assertThat(ivanova.path("onTimeShare").asDouble()).isEqualTo(1.0);
        JsonNode petrova = person("petrova", monday("18:00"));
        assertThat(petrova.path("onTime").asInt()).isEqualTo(1);
        assertThat(petrova.path("lateAnswers").asInt()).isEqualTo(1);
        assertThat(petrova.path("breaches").asInt()).isZero();
        assertThat(petrova.path("onTimeShare").asDouble()).isEqualTo(0.5);
    }

    /** ivanova's holding reply on WEB-1 promising the answer by {@code due}, both Monday. */
    private void hold(String at, String due) {
        desk.commentAdded(issue("WEB-1", "ivanova"), "ivanova", false, monday(at),
                new ReplyFacts("Получили, ответим", true, monday(due), null));
    }
}
