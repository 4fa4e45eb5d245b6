package io.backstop.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

/** The results over HTTP: recording, who sees whose rows, CSV exports and bad input naming the field. */
class ResultsIT extends DepartmentIT {

    @BeforeAll
    static void startTheDepartment() throws Exception {
        calls.clockTo(Rest.at("2026-11-03T18:00"));
        Rest.Calls.ok(client.put("admin", BACKSTOP + "results/settings",
                Map.of("hired", Map.of("sidorova", "2026-09-20"))), "PUT results/settings");
        // Monday: ivanova earns 8 norm-hours, sidorova (month 2) 2.
        post("ivanova", "results/operations", Map.of("day", "2026-11-02", "operation", "client-question", "count", 20));
        post("ivanova", "results/operations", Map.of("day", "2026-11-02", "operation", "long-letter", "count", 3));
        post("sidorova", "results/operations", Map.of("day", "2026-11-02", "operation", "client-question", "count", 8));
        post("office", "results/receivables", Map.of("id", "INV-1", "client", "big, co", "manager", "petrova",
                "amountKopecks", 60_000_000, "issuedOn", "2026-08-01", "dueOn", "2026-09-01"));
        post("office", "results/receivables", Map.of("id", "INV-2", "client", "small", "manager", "ivanova",
                "amountKopecks", 500_000, "issuedOn", "2026-10-01", "dueOn", "2026-10-20"));
        post("office", "results/payments", Map.of("receivable", "INV-1", "amountKopecks", 10_000_000,
                "paidOn", "2026-11-02"));
    }

    static JsonNode post(String user, String path, Object body) {
        return Rest.Calls.ok(client.post(user, BACKSTOP + path, body), "POST " + path + " as " + user);
    }

    @Test
    void theHeadSeesEveryoneAndTheNewcomerIsBelowHerBand() {
        JsonNode all = calls.get("head", BACKSTOP + "results/norm-hours?from=2026-11-02&to=2026-11-02");

        JsonNode ivanova = Rest.person(all, "ivanova");
        JsonNode sidorova = Rest.person(all, "sidorova");
        assertThat(ivanova.path("total").path("normHours").asDouble()).isEqualTo(8.0);
        assertThat(ivanova.path("verdict").asText()).isEqualTo("WITHIN");
        assertThat(sidorova.path("monthOfService").asInt()).isEqualTo(2);
        assertThat(sidorova.path("verdict").asText()).isEqualTo("BELOW");
    }

    @Test
    void aManagerSeesOnlyHerOwnRows() {
        JsonNode own = calls.get("ivanova", BACKSTOP + "results/norm-hours?from=2026-11-02&to=2026-11-02");
        assertThat(own.path("people")).hasSize(1);
        assertThat(own.path("people").get(0).path("person").asText()).isEqualTo("ivanova");
        assertThat(client.get("ivanova", BACKSTOP + "results/norm-hours?person=sidorova").status()).isEqualTo(403);

        JsonNode debtors = calls.get("ivanova", BACKSTOP + "results/debtors?from=2026-11-01&to=2026-11-27");
        assertThat(debtors.path("debtors")).extracting(d -> d.path("client").asText()).containsExactly("small");
        JsonNode office = calls.get("office", BACKSTOP + "results/debtors?from=2026-11-01&to=2026-11-27");
        assertThat(office.path("debtors")).extracting(d -> d.path("client").asText())
                .containsExactly("big, co", "small");
        assertThat(office.path("debtors").get(0).path("aging").path("overdueKopecks").path("61-90").asLong())
                .isEqualTo(50_000_000);
        assertThat(office.path("debtors").get(0).path("escalation").path("level").asText()).isEqualTo("DIRECTOR");
    }

    @Test
    void normHoursAndDebtorsExportAsCsv() throws Exception {
        HttpResponse<String> norms = Rest.raw(sandbox, "head", "results/norm-hours?from=2026-11-02&to=2026-11-02&format=csv");
        assertThat(norms.statusCode()).isEqualTo(200);
        assertThat(norms.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(norms.body()).startsWith("person,day,earned_minutes,present_minutes,norm_hours")
                .contains("ivanova,2026-11-02,480,480,8.0,8.0,7.0,9.0,WITHIN")
                .contains("sidorova,2026-11-02,120,480,2.0,2.0,3.0,5.0,BELOW");

        HttpResponse<String> debtors = Rest.raw(sandbox, "head", "results/debtors?from=2026-11-01&to=2026-11-27&format=csv");
        assertThat(debtors.statusCode()).isEqualTo(200);
        assertThat(debtors.body()).contains("\"big, co\",petrova,0,0,0,50000000,0,50000000,50000000,87,DIRECTOR,0.317,LOW,3");
        assertThat(client.get("head", BACKSTOP + "results/debtors?format=xml").status()).isEqualTo(400);
    }

    @Test
    void theManagerACompaintIsAboutCannotCloseItTheHeadCan() {
        calls.createIssue(Map.of("key", "WEB-9", "owner", "ivanova", "client", "small"));
        JsonNode flagged = post("operator", "results/complaints", Map.of("issue", "WEB-9"));
        assertThat(flagged.path("about").asText()).as("the client's manager").isEqualTo("ivanova");
        assertThat(flagged.path("client").asText()).isEqualTo("small");
        String path = BACKSTOP + "results/complaints/" + flagged.path("id").asText() + "/action";

        SandboxClient.Answer refused = client.post("ivanova", path, Map.of("action", "UNFLAG"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("error").asText()).contains("about ivanova");
        JsonNode closed = Rest.Calls.ok(client.post("head", path, Map.of("action", "CLOSE",
                "reason", "paid back the overcharge")), "close");
        assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
        JsonNode digest = calls.get("ivanova", BACKSTOP + "clients/small/digest?on=2026-11-27");
        assertThat(digest.path("debt").path("overdueKopecks").asLong()).isEqualTo(500_000);
    }

    @Test
    void badInputOfEveryPostNamesTheField() {
        expect400("ivanova", "results/operations", Map.of("operation", "nap"), "operation");
        expect400("ivanova", "results/operations", Map.of("operation", "client-question", "count", 0), "count");
        expect400("ivanova", "results/operations", Map.of("operation", "client-question", "count", 1_000_000_000_000L),
                "count");
        expect400("ivanova", "results/operations", Map.of("operation", "client-question", "day", "monday"), "day");
        expect400("ivanova", "results/offers", Map.of("issue", "WEB-1", "client", "a", "basis", "site-support"),
                "service");
        expect400("ivanova", "results/offers", Map.of("issue", "WEB-1", "client", "a", "basis", "site-support",
                "service", "seo", "status", "MAYBE"), "status");
        expect400("ivanova", "results/offers", Map.of("issue", "WEB-1", "client", "a", "basis", "site-support",
                "service", "seo"), "amountKopecks"); // an offer names its price
        expect400("ivanova", "results/offers", Map.of("issue", "WEB-1", "client", "a", "basis", "site-support",
                "service", "seo", "amountKopecks", 0, "status", "ACCEPTED"), "amountKopecks");
        expect400("office", "results/receivables", Map.of("id", "INV-9", "client", "a", "amountKopecks", -5,
                "dueOn", "2026-12-01"), "amountKopecks");
        expect400("office", "results/receivables", Map.of("id", "INV-1", "client", "a", "amountKopecks", 5,
                "dueOn", "2026-12-01"), "id");
        expect400("office", "results/payments", Map.of("receivable", "INV-2", "amountKopecks", 600_000), "amountKopecks");
        expect400("office", "results/payments", Map.of("receivable", "NOPE", "amountKopecks", 1), "receivable");
        expect400("operator", "results/complaints", Map.of("client", "a", "issue", "WEB-1", "about", "nobody"), "about");
        expect400("operator", "results/complaints", Map.of("client", "a", "issue", "WEB-1"), "about");
        SandboxClient.Answer bad = client.put("admin", BACKSTOP + "results/settings",
                Map.of("weights", Map.of("output", 0.9)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).startsWith("weights");
        assertThat(calls.get("admin", BACKSTOP + "results/settings").path("weights").path("MANAGER").path("output").asDouble())
                .isEqualTo(0.35);
    }

    private static void expect400(String user, String path, Object body, String field) {
        SandboxClient.Answer answer = client.post(user, BACKSTOP + path, body);
        assertThat(answer.status()).as("%s %s", path, body).isEqualTo(400);
        assertThat(answer.body().path("field").asText()).as("%s %s: %s", path, body, answer.body()).isEqualTo(field);
    }

    @Test
    void theDigestListsOpenWorkWithItsPromiseAndHidesIssuesTheReaderMayNotBrowse() {
        calls.createIssue(Map.of("key", "DIG-1", "owner", "ivanova", "client", "digest-co", "summary", "New banner",
                "promisedOn", "2026-11-01"));
        calls.createIssue(Map.of("key", "DIG-2", "owner", "sidorova", "client", "digest-co", "summary", "Sidorova's job"));

        JsonNode head = calls.get("head", BACKSTOP + "clients/digest-co/digest?on=2026-11-03");
        JsonNode ivanova = calls.get("ivanova", BACKSTOP + "clients/digest-co/digest?on=2026-11-03");

        assertThat(head.path("openWork")).hasSize(2);
        assertThat(head.path("openWork").get(0).path("summary").asText()).isEqualTo("New banner");
        assertThat(head.path("openWork").get(0).path("daysLate").asInt()).isEqualTo(2);
        assertThat(head.path("warnings").toString()).contains("BROKEN_PROMISE");
        assertThat(head.path("lastContacts")).hasSize(2);
        assertThat(ivanova.path("openWork")).hasSize(1);
        assertThat(ivanova.path("lastContacts")).hasSize(1);
        assertThat(client.post("admin", Rest.SANDBOX + "issues", Map.of("owner", "ivanova", "promisedOn", "soon"))
                .body().path("field").asText()).isEqualTo("promisedOn");
    }

    @Test
    void aClaimLetterToALargeDebtorWaitsForTheHeadWhoApprovesIt() {
        JsonNode held = post("petrova", "results/dunning", Map.of("client", "big, co", "action", "CLAIM_LETTER"));
        assertThat(held.path("status").asText()).isEqualTo("PENDING");

        assertThat(client.post("ivanova", BACKSTOP + "results/dunning/" + held.path("id").asText() + "/decision",
                Map.of("approve", true)).status()).isEqualTo(403);
        assertThat(client.post("head", BACKSTOP + "results/dunning/" + held.path("id").asText() + "/decision",
                Map.of("approve", "yes")).body().path("field").asText()).isEqualTo("approve");
        JsonNode approved = Rest.Calls.ok(client.post("head", BACKSTOP + "results/dunning/" + held.path("id").asText()
                + "/decision", Map.of("approve", true)), "approve");

        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(calls.get("petrova", BACKSTOP + "results/dunning").path("steps").toString()).contains("APPROVED");
        assertThat(calls.get("ivanova", BACKSTOP + "results/dunning").path("steps")).isEmpty();
        assertThat(client.post("petrova", BACKSTOP + "results/dunning", Map.of("client", "x", "action", "SHOUT"))
                .body().path("field").asText()).isEqualTo("action");
    }

    @Test
    void lotoCardsAndCheapOrdersAreServedWithTheirRoleRules() {
        JsonNode loto = calls.get("head", BACKSTOP + "results/loto-cards?on=2026-11-03");
        assertThat(loto.path("managers").isArray()).isTrue();
        assertThat(client.get("ivanova", BACKSTOP + "results/loto-cards?manager=petrova").status()).isEqualTo(403);
        assertThat(client.get("ivanova", BACKSTOP + "results/cheap-orders").status()).isEqualTo(403);
        assertThat(client.get("head", BACKSTOP + "results/cheap-orders?month=11-2026").body().path("field").asText())
                .isEqualTo("month");
        assertThat(calls.get("head", BACKSTOP + "results/cheap-orders?month=2026-11").path("month").asText())
                .isEqualTo("2026-11");
    }
}
