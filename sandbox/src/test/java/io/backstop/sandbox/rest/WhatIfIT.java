package io.backstop.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The what-if over REST with who answers decided again. Monday 2 November, queue after 30 working minutes, answer
 * within an hour: ivanova answers WEB-1 after 30 minutes; the operator answers petrova's WEB-2 30 minutes after it
 * entered the queue; sidorova answers WEB-3 after 2.5 hours (it breached). Waits 30 min, 1 h, 2.5 h.
 */
class WhatIfIT extends DepartmentIT {

    private static final String WHAT_IF = Rest.BACKSTOP + "forecast/what-if";

    @BeforeAll
    static void aMondayWithTheOperatorAnsweringFromTheQueue() throws Exception {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue("WEB-1", "ivanova");
        calls.createIssue("WEB-2", "petrova");
        calls.createIssue("WEB-3", "sidorova");
        calls.clockTo(Rest.at("2026-11-02T10:30"));
        calls.comment("WEB-1", "ivanova", false);
        calls.clockTo(Rest.at("2026-11-02T11:00"));
        calls.comment("WEB-2", "operator", false);
        calls.clockTo(Rest.at("2026-11-02T12:30"));
        calls.comment("WEB-3", "sidorova", false);
        calls.clockTo(Rest.at("2026-11-09T09:00"));
        calls.settle();
    }

    private static JsonNode whatIf(Map<String, Object> change) {
        Map<String, Object> body = new java.util.HashMap<>(change);
        body.put("from", "2026-11-02");
        body.put("to", "2026-11-06");
        return Rest.Calls.ok(client.post("head", WHAT_IF, body), "what-if " + change);
    }

    @Test
    void anOperatorWhoSeesMessagesAfterTenMinutesAnswersSooner() {
        JsonNode answer = whatIf(Map.of("change", "operator", "person", "operator", "queueAfter", "PT10M"));
        assertThat(answer.get("actual").get("medianWaitSeconds").asLong()).isEqualTo(3600);
        assertThat(answer.get("actual").get("p90WaitSeconds").asLong()).isEqualTo(9000);
        assertThat(answer.get("actual").get("breaches").asInt()).isEqualTo(1);
        // the operator's measured pace is 30 minutes from the queue: WEB-2 and WEB-3 answered at 10:40
        assertThat(answer.get("assumptions").get("paceFromQueueSeconds").get("operator").asLong()).isEqualTo(1800);
        assertThat(answer.get("changed").get("medianWaitSeconds").asLong()).isEqualTo(2400);
        assertThat(answer.get("changed").get("p90WaitSeconds").asLong()).isEqualTo(2400);
        assertThat(answer.get("changed").get("breaches").asInt()).isZero();
        assertThat(answer.get("sooner").get("medianSeconds").asLong()).isEqualTo(1200);
        assertThat(answer.get("sooner").get("p90Seconds").asLong()).isEqualTo(6600);
        assertThat(answer.get("actual").get("load").get("operator").get("replies").asInt()).isEqualTo(1);
        assertThat(answer.get("changed").get("load").get("operator").get("replies").asInt()).isEqualTo(2);
        assertThat(answer.get("changed").get("load").has("sidorova")).isFalse();
        assertThat(answer.get("assumptions").get("redecidedReplies").asInt()).isEqualTo(2);
    }

    @Test
    void petrovaAsOperatorNowChangesTheFigures() {
        JsonNode answer = whatIf(Map.of("change", "operator", "person", "petrova"));
        // the operator takes petrova's WEB-2 and answers it at their pace; petrova answers WEB-3 from the queue
        assertThat(answer.get("movedIssues").asInt()).isEqualTo(1);
        assertThat(answer.get("changed").get("medianWaitSeconds").asLong()).isEqualTo(1800);
        assertThat(answer.get("changed").get("p90WaitSeconds").asLong()).isEqualTo(3600);
        assertThat(answer.get("changed").get("load").get("petrova").get("replies").asInt()).isEqualTo(1);
        assertThat(answer.get("changed").get("brokenPromises").asInt()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameAnswerAndTheAnswerNamesIt() {
        JsonNode once = whatIf(Map.of("change", "standIn", "name", "kozlova", "seed", 5));
        JsonNode again = whatIf(Map.of("change", "standIn", "name", "kozlova", "seed", 5));
        assertThat(again).isEqualTo(once);
        assertThat(once.get("assumptions").get("seed").asLong()).isEqualTo(5);
        assertThat(once.get("assumptions").get("newPerson").asText()).isEqualTo("kozlova");
        JsonNode manager = whatIf(Map.of("change", "manager"));
        assertThat(manager.get("assumptions").get("seed").asLong()).isEqualTo(21);
        assertThat(manager.get("assumptions").get("newPerson").asText()).isEqualTo("new manager");
    }

    @Test
    void nothingChangedIsTheRecordedWeek() {
        JsonNode answer = whatIf(Map.of("change", "operator", "person", "operator", "queueAfter", "PT30M"));
        assertThat(answer.get("changed")).isEqualTo(answer.get("actual"));
        assertThat(answer.get("sooner").get("medianSeconds").asLong()).isZero();
    }
}
