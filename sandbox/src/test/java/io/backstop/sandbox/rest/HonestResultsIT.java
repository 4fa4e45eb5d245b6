package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 3, over HTTP as a department lives it (the sandbox tracker, the watcher on the manual clock): a
 * breach counts against whoever held the issue, never against the operator who rescued it; the operator is measured
 * on how fast she answered the breached issues handed to her; a promise moved and then broken is one broken promise
 * with its move; an "ok" never followed by an answer is a broken promise; the queue's promise lane lists them; and a
 * manager sees only her own figures and broken promises.
 */
class HonestResultsIT extends DepartmentIT {

    private static final String PERIOD = "?from=2026-11-02&to=2026-11-06";

    @BeforeAll
    static void aWeekOfTheDepartment() {
        calls.clockTo(Rest.at("2026-11-02T09:00"));
        for (String key : new String[] {"WEB-1", "WEB-2", "WEB-3"}) { // due 10:00, breach in ivanova's hands
            calls.createIssue(key, "ivanova");
        }
        calls.createIssue("WEB-5", "petrova");
        calls.createIssue("WEB-6", "sidorova");
        calls.clockTo(Rest.at("2026-11-02T09:10"));
        hold("WEB-5", "petrova", "Получили, ответим", Rest.at("2026-11-02T12:00"));
        hold("WEB-6", "sidorova", "ok", null); // a promise within answerWithin (16 working hours): Thu 09:10
        calls.clockTo(Rest.at("2026-11-02T10:10")); // the 10:00 tick: three breaches, handed to the operator
        comment("WEB-1", "operator", "Here is the answer.");
        calls.clockTo(Rest.at("2026-11-02T10:20"));
        comment("WEB-2", "operator", "Here is the answer.");
        calls.clockTo(Rest.at("2026-11-02T11:00"));
        comment("WEB-5", "client", "So when?");
        calls.clockTo(Rest.at("2026-11-02T11:10"));
        hold("WEB-5", "petrova", "Still on it, by three", Rest.at("2026-11-02T15:00")); // moved
        calls.clockTo(Rest.at("2026-11-05T12:00")); // Wednesday is a holiday; both promises broke meanwhile
        calls.settle();
    }

    private static void comment(String key, String author, String body) {
        Rest.Calls.ok(client.post("admin", SANDBOX + "issues/" + key + "/comments",
                Map.of("author", author, "body", body)), "comment on " + key);
    }

    private static void hold(String key, String author, String body, String promise) {
        Map<String, Object> reply = new HashMap<>(Map.of("author", author, "body", body, "holding", true));
        if (promise != null) {
            reply.put("promise", promise);
        }
        Rest.Calls.ok(client.post("admin", SANDBOX + "issues/" + key + "/comments", reply), "hold " + key);
    }

    @Test
    void theBreachesAreTheHoldersAndTheOperatorIsMeasuredOnRescueSpeed() {
        JsonNode all = calls.get("head", BACKSTOP + "results/sla" + PERIOD);
        JsonNode ivanova = Rest.person(all, "ivanova");
        assertThat(ivanova.path("breaches").asInt()).isEqualTo(3);
        assertThat(ivanova.path("onTimeShare").asDouble()).isEqualTo(0.0);
        JsonNode operator = Rest.person(all, "operator");
        assertThat(operator.path("breaches").asInt()).as("her late replies were rescues").isZero();
        assertThat(operator.path("lateReplies").asInt()).isEqualTo(2);
        assertThat(operator.path("onTimeShare").isNull()).isTrue();
        JsonNode rescues = operator.path("rescues");
        assertThat(rescues.path("count").asInt()).isEqualTo(3);
        assertThat(rescues.path("unanswered").asInt()).as("WEB-3 still waits").isEqualTo(1);
        assertThat(rescues.path("medianSeconds").asLong()).as("10 min, 20 min, WEB-3 so far").isEqualTo(20 * 60);
        assertThat(rescues.path("p90Seconds").asLong()).as("WEB-3: Mon 10:00-18:00 less lunch, Tue, Thu 09:00-12:00")
                .isEqualTo((7 + 8 + 3) * 3600);
        assertThat(rescues.path("months").get(0).path("month").asText()).isEqualTo("2026-11");
    }

    @Test
    void aMovedThenBrokenPromiseIsOneBrokenPromiseAndAnOkNeverAnsweredIsBroken() {
        JsonNode all = calls.get("head", BACKSTOP + "results/sla" + PERIOD);
        JsonNode petrova = Rest.person(all, "petrova").path("promises");
        assertThat(petrova.path("made").asInt()).isEqualTo(1);
        assertThat(petrova.path("moved").asInt()).isEqualTo(1);
        assertThat(petrova.path("broken").asInt()).isEqualTo(1);
        assertThat(petrova.path("kept").asInt()).isZero();
        assertThat(Rest.person(all, "petrova").path("onTimeShare").asDouble()).isEqualTo(0.0);
        assertThat(Rest.person(all, "sidorova").path("promises").path("broken").asInt()).isEqualTo(1);
        assertThat(Rest.person(all, "sidorova").path("onTimeShare").asDouble()).isEqualTo(0.0);

        JsonNode broken = all.path("brokenPromises");
        assertThat(Rest.field(broken, "issue")).containsExactly("WEB-5", "WEB-6");
        assertThat(broken.get(0).path("moves").asInt()).isEqualTo(1);
        assertThat(broken.get(0).path("first").path("by").asText()).isEqualTo("petrova");
        assertThat(Rest.instant(broken.get(0).path("first").path("due")))
                .isEqualTo(Rest.parseInstant(Rest.at("2026-11-02T12:00")));
        assertThat(Rest.instant(broken.get(1).path("due"))).isEqualTo(Rest.parseInstant(Rest.at("2026-11-05T09:10")));
    }

    @Test
    void theQueuesPromiseLaneListsTheBrokenOnesNotAnsweredSince() {
        JsonNode lane = calls.get("operator", BACKSTOP + "queue/promises");
        assertThat(Rest.field(lane, "issue")).containsExactly("WEB-5", "WEB-6");
        assertThat(Rest.field(lane, "state")).containsOnly("BROKEN");
        assertThat(Rest.field(lane, "by")).containsExactly("petrova", "sidorova");
        assertThat(lane.get(0).path("moves").asInt()).isEqualTo(1);
        assertThat(Rest.field(calls.get("ivanova", BACKSTOP + "queue/promises"), "issue"))
                .as("a manager's lane: petrova's, whom she stands in for, not sidorova's").containsExactly("WEB-5");
    }

    @Test
    void aManagerSeesOnlyHerOwnFiguresAndBrokenPromises() {
        JsonNode own = calls.get("petrova", BACKSTOP + "results/sla" + PERIOD);
        assertThat(Rest.field(own.path("people"), "person")).containsExactly("petrova");
        assertThat(Rest.field(own.path("brokenPromises"), "issue")).containsExactly("WEB-5");
        assertThat(client.get("petrova", BACKSTOP + "results/sla?person=sidorova").status()).isEqualTo(403);
    }
}
