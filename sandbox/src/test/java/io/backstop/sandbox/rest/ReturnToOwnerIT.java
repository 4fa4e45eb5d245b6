package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static io.backstop.sandbox.rest.Rest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Return to the owner" ({@code POST issues/{key}/return}, issue 16.5): whoever of the staff took an issue gives it
 * back to its manager without a reply, as the panel's button does. It names whom it saw holding the issue (a stale
 * screen gets 409), never hands work to an owner who is away or busy (409 naming {@code owner}: the breach would
 * then count against someone who could not answer), and does not end a rescue: a breached issue handed back
 * unanswered still counts against the rescuer's speed until someone answers it.
 *
 * <p>Monday 2 November: ivanova's WEB-1 and WEB-4, petrova's WEB-2, sidorova's WEB-3, all opened at 09:00 and due
 * at 10:00 (one working hour).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReturnToOwnerIT extends DepartmentIT {

    @BeforeAll
    static void fourIssues() {
        calls.clockTo(at("2026-11-02T09:00"));
        calls.createIssue("WEB-1", "ivanova");
        calls.createIssue("WEB-2", "petrova");
        calls.createIssue("WEB-3", "sidorova");
        calls.createIssue("WEB-4", "ivanova");
        calls.clockTo(at("2026-11-02T09:05"));
    }

    private static SandboxClient.Answer giveBack(String user, String key, String expected) {
        return client.post(user, BACKSTOP + "issues/" + key + "/return",
                expected == null ? Map.of() : Map.of("expectedAssignee", expected));
    }

    private static void take(String user, String key) {
        Rest.Calls.ok(client.post(user, BACKSTOP + "issues/" + key + "/take", Map.of()), user + " takes " + key);
    }

    private static JsonNode lastEvent(String key) {
        JsonNode timeline = calls.sla(key).path("timeline");
        return timeline.get(timeline.size() - 1);
    }

    @Test
    @Order(1)
    void theOperatorWhoTookAnIssueGivesItBackToItsManagerAndTheClientStillWaits() {
        take("operator", "WEB-1");

        SandboxClient.Answer returned = giveBack("operator", "WEB-1", "operator");

        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        assertThat(returned.body().path("assignee").asText()).isEqualTo("ivanova");
        assertThat(calls.issue("WEB-1").path("assignee").asText()).as("the tracker's assignee").isEqualTo("ivanova");
        JsonNode moved = lastEvent("WEB-1");
        assertThat(moved.path("kind").asText()).isEqualTo("REASSIGNED");
        assertThat(moved.path("reason").asText()).isEqualTo("RETURN");
        assertThat(moved.path("actor").asText()).as("who gave it back").isEqualTo("operator");
        assertThat(moved.path("from").asText()).isEqualTo("operator");
        assertThat(moved.path("to").asText()).isEqualTo("ivanova");
        assertThat(calls.sla("WEB-1").path("awaiting").asBoolean()).as("no reply: the clock goes on").isTrue();
        assertThat(calls.get("head", BACKSTOP + "audit")).anySatisfy(row -> {
            assertThat(row.path("issue").asText()).isEqualTo("WEB-1");
            assertThat(row.path("reason").asText()).isEqualTo("RETURN");
        });
    }

    @Test
    @Order(2)
    void aStaleScreenLearnsSomeoneMovedItAndNothingChanges() {
        take("operator", "WEB-4");
        take("head", "WEB-4"); // the operator's screen still shows the operator holding it
        JsonNode before = calls.sla("WEB-4");

        SandboxClient.Answer returned = giveBack("operator", "WEB-4", "operator");

        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(409);
        assertThat(returned.body().path("field").asText()).isEqualTo("expectedAssignee");
        assertThat(calls.sla("WEB-4")).isEqualTo(before);
        assertThat(calls.issue("WEB-4").path("assignee").asText()).isEqualTo("head");
    }

    @Test
    @Order(3)
    void anIssueItsOwnerHoldsStaysAsItIs() {
        JsonNode before = calls.sla("WEB-2");

        SandboxClient.Answer returned = giveBack("head", "WEB-2", null);

        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        assertThat(calls.sla("WEB-2").path("timeline")).isEqualTo(before.path("timeline"));
    }

    @Test
    @Order(4)
    void theAdminOnlyWatchesAndAManagerCannotReachAnIssueSheMayNotSee() {
        take("operator", "WEB-3");
        JsonNode before = calls.sla("WEB-3");

        SandboxClient.Answer admin = giveBack("admin", "WEB-3", null);
        SandboxClient.Answer ivanova = giveBack("ivanova", "WEB-3", null); // sidorova's; ivanova is no deputy of hers
        SandboxClient.Answer unknown = giveBack("head", "WEB-404", null);

        assertThat(admin.status()).isEqualTo(403);
        assertThat(ivanova.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("field").asText()).isEqualTo("key");
        assertThat(calls.sla("WEB-3")).isEqualTo(before);
        Rest.Calls.ok(giveBack("operator", "WEB-3", "operator"), "return WEB-3");
    }

    /**
     * Gaming: petrova falls ill, her waiting WEB-2 goes to her deputy sidorova, who would rather it breached in
     * petrova's name. Handing it back to the absent owner is refused, and so is handing WEB-1 to ivanova while she
     * has marked herself busy.
     */
    @Test
    @Order(5)
    void neverToAnOwnerWhoIsAwayOrBusy() {
        calls.absence(Map.of("person", "petrova", "kind", "SICK", "from", at("2026-11-02T09:10"),
                "to", at("2026-11-03T09:00")));
        calls.clockTo(at("2026-11-02T09:15"));
        assertThat(calls.issue("WEB-2").path("assignee").asText()).as("rule 5: her deputy").isEqualTo("sidorova");
        take("operator", "WEB-1");
        Rest.Calls.ok(client.post("ivanova", BACKSTOP + "absences", Map.of("person", "ivanova", "kind", "BUSY",
                "to", at("2026-11-02T11:00"))), "ivanova is busy");

        SandboxClient.Answer toSick = giveBack("sidorova", "WEB-2", "sidorova");
        SandboxClient.Answer toBusy = giveBack("operator", "WEB-1", "operator");

        assertThat(toSick.status()).as(toSick.body().toString()).isEqualTo(409);
        assertThat(toSick.body().path("field").asText()).isEqualTo("owner");
        assertThat(toBusy.status()).as(toBusy.body().toString()).isEqualTo(409);
        assertThat(toBusy.body().path("field").asText()).isEqualTo("owner");
        assertThat(calls.issue("WEB-2").path("assignee").asText()).isEqualTo("sidorova");
        assertThat(calls.issue("WEB-1").path("assignee").asText()).isEqualTo("operator");
    }

    /**
     * Gaming: the operator is handed sidorova's breached WEB-5 at Thursday's 10:00 tick and gives it straight back
     * unanswered, hoping the rescue ends there. It does not: her rescue counts until sidorova answers at 10:30.
     */
    @Test
    @Order(6)
    void aBreachedIssueGivenBackUnansweredStillCountsAgainstTheRescue() {
        calls.clockTo(at("2026-11-05T09:00")); // Wednesday is a holiday
        calls.createIssue("WEB-5", "sidorova");
        calls.clockTo(at("2026-11-05T10:05"));
        assertThat(calls.issue("WEB-5").path("assignee").asText()).as("breached: the operator's").isEqualTo("operator");
        calls.clockTo(at("2026-11-05T10:10"));
        Rest.Calls.ok(giveBack("operator", "WEB-5", "operator"), "return WEB-5");
        assertThat(calls.issue("WEB-5").path("assignee").asText()).isEqualTo("sidorova");
        assertThat(rescues().path("count").asInt()).isEqualTo(1);
        assertThat(rescues().path("unanswered").asInt()).as("given back, not answered").isEqualTo(1);

        calls.clockTo(at("2026-11-05T10:30"));
        Rest.Calls.ok(client.post("sidorova", SANDBOX + "issues/WEB-5/comments", Map.of("body", "Done, see the site.")),
                "sidorova answers");

        assertThat(rescues().path("unanswered").asInt()).isZero();
        assertThat(rescues().path("medianSeconds").asLong()).as("10:00 to the answer at 10:30, not to the return")
                .isEqualTo(30 * 60);
    }

    private static JsonNode rescues() {
        return Rest.person(calls.get("head", BACKSTOP + "results/sla?from=2026-11-05&to=2026-11-05"), "operator")
                .path("rescues");
    }
}
