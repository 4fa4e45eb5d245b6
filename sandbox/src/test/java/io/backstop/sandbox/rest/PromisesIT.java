package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static io.backstop.sandbox.rest.Rest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Holding replies over REST (rule 11): a reply's text, its explicit mark or a due date set with it opens a promise;
 * who sees which promise; a promise broken at a tick; breaches held by whoever held the issue (rule 10).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // one sandbox, its clock only goes forward
class PromisesIT extends DepartmentIT {

    @Test
    @Order(1)
    void holdingRepliesOpenPromisesThatStaffSeeAsTheyMayAndTheWatcherBreaks() {
        calls.clockTo(at("2026-11-02T10:00"));
        calls.createIssue("WEB-31", "ivanova");
        calls.createIssue("WEB-32", "sidorova");
        calls.createIssue("WEB-33", "petrova");
        calls.clockTo(at("2026-11-02T10:20"));
        // The text decides: a short acknowledgement naming Thursday (Wednesday is a holiday) promises Thu 18:00.
        reply("WEB-31", Map.of("author", "ivanova", "body", "Получили, ответим до четверга"));
        // The mark decides, with its own promise; and "holding: false" makes an acknowledgement an answer.
        reply("WEB-32", Map.of("author", "sidorova", "body", "ok", "holding", true,
                "promise", "2026-11-02T16:00:00+03:00"));
        reply("WEB-33", Map.of("author", "petrova", "body", "We got it", "holding", false));

        JsonNode sla = calls.sla("WEB-31");
        assertThat(sla.get("awaiting").asBoolean()).as("a holding reply ends the wait").isFalse();
        assertThat(sla.get("promise").get("by").asText()).isEqualTo("ivanova");
        assertThat(Rest.instant(sla.get("promise").get("due"))).isEqualTo(Rest.parseInstant(at("2026-11-05T18:00")));
        assertThat(calls.sla("WEB-33").get("promise").isNull()).isTrue();
        assertThat(Rest.field(calls.get("head", BACKSTOP + "promises"), "issue")).containsExactly("WEB-31", "WEB-32");

        // Sidorova's promise passes its due time: the 16:00 tick breaks it; nobody's work moves for it.
        calls.clockTo(at("2026-11-02T16:00"));
        calls.settle();
        JsonNode broken = calls.get("head", BACKSTOP + "promises?outcome=BROKEN");
        assertThat(Rest.field(broken, "issue")).containsExactly("WEB-32");
        assertThat(Rest.instant(broken.get(0).get("closedAt"))).isEqualTo(Rest.parseInstant(at("2026-11-02T16:00")));
        assertThat(calls.issue("WEB-32").get("assignee").asText()).isEqualTo("sidorova");

        // A manager sees only the promises she made; the operator all she may browse; bad outcome: 400 naming it.
        assertThat(Rest.field(calls.get("ivanova", BACKSTOP + "promises"), "issue")).containsExactly("WEB-31");
        assertThat(Rest.field(calls.get("operator", BACKSTOP + "promises"), "issue"))
                .containsExactly("WEB-31", "WEB-32");
        SandboxClient.Answer bad = client.get("head", BACKSTOP + "promises?outcome=LOST");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("field").asText()).isEqualTo("outcome");
    }

    @Test
    @Order(2)
    void aPromiseMustBeAfterTheReplyAndNamedOnlyByAHoldingOne() {
        calls.clockTo(at("2026-11-06T10:00"));
        calls.createIssue("WEB-40", "ivanova");
        SandboxClient.Answer past = client.post("admin", SANDBOX + "issues/WEB-40/comments",
                Map.of("author", "ivanova", "body", "ok", "promise", "2026-11-06T09:00:00+03:00"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body().get("field").asText()).isEqualTo("promise");
        SandboxClient.Answer contradicting = client.post("admin", SANDBOX + "issues/WEB-40/comments",
                Map.of("author", "ivanova", "body", "ok", "holding", false, "promise", "2026-11-06T15:00:00+03:00"));
        assertThat(contradicting.status()).isEqualTo(400);
        assertThat(contradicting.body().get("field").asText()).isEqualTo("holding");
        assertThat(calls.sla("WEB-40").get("awaiting").asBoolean()).as("nothing was posted").isTrue();
    }

    @Test
    @Order(3)
    void aBreachIsHeldAgainstWhoeverHeldTheIssueNotTheOperatorWhoAnswersIt() {
        calls.clockTo(at("2026-11-09T10:00"));
        calls.createIssue("WEB-50", "petrova");
        calls.clockTo(at("2026-11-09T11:05"));
        calls.comment("WEB-50", "operator", false);

        JsonNode breaches = calls.get("head", BACKSTOP + "breaches?from=" + Rest.query(at("2026-11-09T00:00")));
        assertThat(Rest.field(breaches, "issue")).containsExactly("WEB-50");
        assertThat(breaches.get(0).get("heldBy").asText()).isEqualTo("petrova");
    }

    private void reply(String issue, Map<String, ?> body) {
        SandboxClient.Answer answer = client.post("admin", SANDBOX + "issues/" + issue + "/comments", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }
}
