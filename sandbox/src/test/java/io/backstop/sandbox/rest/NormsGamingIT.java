package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 1, over HTTP: each way a manager padded norm-hours in the demo, tried again. Every test here
 * failed on the code before (the calls were taken, "ok" earned a full answer, offers earned nothing).
 */
class NormsGamingIT extends DepartmentIT {

    private static final String ISSUE = "WEB-1";
    private static final String MONDAY = "2026-11-02";

    @BeforeAll
    static void anIssueOfIvanovasWithAClient() {
        calls.clockTo(Rest.at("2026-11-03T17:00"));
        calls.createIssue(Map.of("key", ISSUE, "owner", "ivanova", "client", "acme", "summary", "Where is my order?"));
    }

    private static SandboxClient.Answer record(String user, Map<String, Object> body) {
        return client.post(user, BACKSTOP + "results/operations", body);
    }

    private static Map<String, Object> operation(String day, String code, int count) {
        Map<String, Object> body = new HashMap<>(Map.of("day", day, "operation", code, "count", count));
        body.put("issue", ISSUE);
        return body;
    }

    private static long earned(String person, String day) {
        JsonNode people = calls.get("head", BACKSTOP + "results/norm-hours?from=" + day + "&to=" + day + "&person="
                + person).path("people");
        return people.isEmpty() ? 0 : people.get(0).path("total").path("earnedMinutes").asLong();
    }

    private static void refused(SandboxClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.body().path("field").asText()).as(answer.body().toString()).isEqualTo(field);
    }

    @Test
    void fortyNormHoursOfLongLettersOnASaturdayInOneCallAreRefused() {
        Map<String, Object> padding = new HashMap<>(Map.of("day", "2026-10-31", "operation", "long-letter",
                "count", 40, "client", "acme"));
        refused(record("petrova", padding), "day");
        assertThat(earned("petrova", "2026-10-31")).isZero();
    }

    @Test
    void anOperationWithNoIssueOrClientIsRefused() {
        refused(record("petrova", Map.of("day", MONDAY, "operation", "incoming-call")), "issue");
    }

    @Test
    void moreManualMinutesThanPresentTimeAreRefused() {
        // Monday: 09:00-18:00 with lunch, 480 minutes present
        refused(record("sidorova", Map.of("day", MONDAY, "operation", "long-letter", "count", 9,
                "client", "acme")), "count");
        assertThat(record("sidorova", Map.of("day", MONDAY, "operation", "long-letter", "count", 8,
                "client", "acme")).status()).isEqualTo(201);
        SandboxClient.Answer more = record("sidorova", Map.of("day", MONDAY, "operation", "incoming-call",
                "client", "acme"));
        refused(more, "count");
        assertThat(more.body().path("error").asText()).contains("0 min are left");
    }

    @Test
    void anIssueTheCallerMayNotBrowseIsNotFoundAndAnotherClientIsRefused() {
        calls.createIssue(Map.of("key", "WEB-9", "owner", "sidorova", "client", "globex", "summary", "Hello"));
        SandboxClient.Answer hidden = record("ivanova", Map.of("day", MONDAY, "operation", "incoming-call",
                "issue", "WEB-9"));
        assertThat(hidden.status()).as(hidden.body().toString()).isEqualTo(404);
        Map<String, Object> wrongClient = operation(MONDAY, "incoming-call", 1);
        wrongClient.put("client", "globex");
        refused(record("ivanova", wrongClient), "client");
    }

    @Test
    void aManagerCannotWriteIntoAClosedMonthTheHeadCanAndItIsLogged() {
        assertThat(client.post("ivanova", BACKSTOP + "results/months/2026-10/close", Map.of()).status())
                .isEqualTo(403);
        JsonNode closed = Rest.Calls.ok(client.post("head", BACKSTOP + "results/months/2026-10/close", Map.of()),
                "close October");
        assertThat(closed.path("closed").asBoolean()).isTrue();
        assertThat(closed.path("closedBy").asText()).isEqualTo("head");

        refused(record("ivanova", operation("2026-10-29", "incoming-call", 1)), "day");
        Map<String, Object> forOthers = operation("2026-10-29", "incoming-call", 1);
        forOthers.put("person", "petrova");
        assertThat(record("ivanova", forOthers).status()).as("managers record only their own").isEqualTo(403);

        Map<String, Object> correction = operation("2026-10-29", "incoming-call", 2);
        correction.put("person", "ivanova");
        assertThat(record("head", correction).status()).isEqualTo(201);
        JsonNode log = calls.get("head", BACKSTOP + "results/months/2026-10/late-writes");
        assertThat(log.path("writes")).singleElement().satisfies(w -> {
            assertThat(w.path("by").asText()).isEqualTo("head");
            assertThat(w.path("person").asText()).isEqualTo("ivanova");
            assertThat(w.path("count").asInt()).isEqualTo(2);
            assertThat(w.path("issue").asText()).isEqualTo(ISSUE);
        });
        assertThat(client.get("ivanova", BACKSTOP + "results/months/2026-10/late-writes").status()).isEqualTo(403);
        assertThat(calls.get("ivanova", BACKSTOP + "results/months/2026-10").path("mayClose").asBoolean()).isFalse();
    }

    @Test
    void aOneLineOkEarnsNoMoreThanAHoldingRepliesShortNorm() {
        calls.createIssue(Map.of("key", "WEB-5", "owner", "petrova", "client", "acme", "summary",
                "Please send the invoice for November and the act."));
        long before = earned("petrova", "2026-11-03");
        Rest.Calls.ok(client.post("admin", SANDBOX + "issues/WEB-5/comments", Map.of("author", "petrova",
                "body", "ok", "internal", false)), "petrova replies ok");
        long ok = earned("petrova", "2026-11-03") - before;
        JsonNode catalog = calls.get("admin", BACKSTOP + "results/settings").path("catalog");
        int holding = 0;
        int answer = 0;
        for (JsonNode op : catalog) {
            holding = op.path("code").asText().equals("holding-reply") ? op.path("minutes").asInt() : holding;
            answer = op.path("code").asText().equals("client-question") ? op.path("minutes").asInt() : answer;
        }
        assertThat(ok).as("a bare ok against a full answer").isPositive().isLessThan(answer);
        assertThat(holding).as("the catalogue's holding reply").isPositive();
        assertThat(ok).isLessThanOrEqualTo(holding);
    }

    @Test
    void anOfferRecordedButNeverAnsweredEarnsNothingAndAnAnsweredOneEarnsItsNorm() {
        long before = earned("ivanova", "2026-11-03");
        Map<String, Object> offer = new HashMap<>(Map.of("issue", ISSUE, "client", "acme", "basis", "site-support",
                "service", "seo", "amountKopecks", 1_500_000, "by", "ivanova"));
        JsonNode unanswered = Rest.Calls.ok(client.post("ivanova", BACKSTOP + "results/offers", offer), "offer");
        assertThat(unanswered.path("id").asText()).isNotEmpty();
        assertThat(earned("ivanova", "2026-11-03")).isEqualTo(before);

        offer.put("service", "context-ads");
        JsonNode answered = Rest.Calls.ok(client.post("ivanova", BACKSTOP + "results/offers", offer), "offer");
        Rest.Calls.ok(client.post("head", BACKSTOP + "results/offers/" + answered.path("id").asText() + "/answer",
                Map.of("status", "DECLINED")), "declined");
        assertThat(earned("ivanova", "2026-11-03")).isEqualTo(before + 15);
    }
}
