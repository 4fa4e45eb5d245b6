package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A manager sees in the queue, and may open the response clock of, only the issues they may browse: those they
 * own or hold and those of the people they stand in for. Any other issue answers 404 as an unknown one would,
 * so its existence does not leak. The operator, the head, the office manager and the admin see everything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagerVisibilityIT extends DepartmentIT {

    @BeforeAll
    static void threeManagersWithAnIssueEach() throws Exception {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        // Complaints join the queue at once (goal: queueAfter PT0M).
        calls.createIssue(Map.of("key", "WEB-1", "owner", "ivanova", "issueType", "Complaint"));
        calls.createIssue(Map.of("key", "WEB-2", "owner", "petrova", "issueType", "Complaint"));
        calls.createIssue(Map.of("key", "WEB-3", "owner", "sidorova", "issueType", "Complaint"));
    }

    @Test
    @Order(1)
    void theOperatorTheHeadTheOfficeManagerAndTheAdminSeeTheWholeQueue() {
        for (String user : List.of("operator", "head", "office", "admin")) {
            assertThat(calls.queue(user)).as(user).containsExactly("WEB-1", "WEB-2", "WEB-3");
            for (String key : List.of("WEB-1", "WEB-2", "WEB-3")) {
                assertThat(client.get(user, BACKSTOP + "issues/" + key + "/sla").status()).as(user + " " + key)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    @Order(2)
    void aManagerSeesTheirOwnIssuesAndThoseOfThePeopleTheyStandInFor() {
        // ivanova stands in for petrova; sidorova for petrova; petrova for ivanova and sidorova.
        assertThat(calls.queue("ivanova")).containsExactly("WEB-1", "WEB-2");
        assertThat(calls.queue("sidorova")).containsExactly("WEB-2", "WEB-3");
        assertThat(calls.queue("petrova")).containsExactly("WEB-1", "WEB-2", "WEB-3");

        assertThat(client.get("ivanova", BACKSTOP + "issues/WEB-1/sla").status()).isEqualTo(200);
        assertThat(client.get("ivanova", BACKSTOP + "issues/WEB-2/sla").status()).isEqualTo(200);
        assertThat(client.get("sidorova", BACKSTOP + "issues/WEB-3/sla").status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void anIssueAManagerMayNotBrowseAnswersLikeAnUnknownOne() {
        assertNotFoundLikeAnUnknownIssue("ivanova", "WEB-3");
        assertNotFoundLikeAnUnknownIssue("sidorova", "WEB-1");
    }

    @Test
    @Order(4)
    void aManagerSeesWhatTheyHoldEvenWhenTheyNoLongerStandInForItsOwner() {
        // petrova is away: her client goes to her first deputy sidorova; then sidorova is away too, and both
        // her own issue and the one she holds move on: WEB-2 to ivanova (petrova's next deputy), WEB-3 (whose
        // owner's deputies are all away) to the operator.
        String endOfDay = Rest.at("2026-11-02T18:00");
        calls.absence(Map.of("person", "petrova", "to", endOfDay, "kind", "SICK"));
        calls.absence(Map.of("person", "sidorova", "to", endOfDay, "kind", "STUDY"));
        assertThat(calls.issue("WEB-2").get("assignee").asText()).isEqualTo("ivanova");
        assertThat(calls.issue("WEB-3").get("assignee").asText()).isEqualTo("operator");

        // ivanova stops standing in for petrova, but still holds WEB-2.
        ObjectNode settings = Rest.department();
        ((ObjectNode) settings.get("people").get(4)).putArray("deputies").add("sidorova");
        calls.putSettings(settings);

        assertThat(calls.queue("ivanova")).containsExactly("WEB-1", "WEB-2");
        assertThat(calls.sla("WEB-2").get("assignee").asText()).isEqualTo("ivanova");
        assertThat(client.get("ivanova", BACKSTOP + "issues/WEB-2/sla").status()).isEqualTo(200);
        assertNotFoundLikeAnUnknownIssue("ivanova", "WEB-3");
        // sidorova still stands in for petrova (WEB-2) and owns WEB-3, though the operator holds it now.
        assertThat(calls.queue("sidorova")).containsExactly("WEB-2", "WEB-3");
        assertNotFoundLikeAnUnknownIssue("sidorova", "WEB-1");
    }

    @Test
    @Order(5)
    void aManagerSeesOnlyTheirOwnAbsencesTheHeadAndTheOfficeManagerSeeAll() {
        calls.absence(Map.of("person", "ivanova", "from", Rest.at("2026-12-07T00:00"), "to", Rest.at("2026-12-12T00:00")));

        assertThat(Rest.field(calls.get("ivanova", BACKSTOP + "absences"), "person")).containsExactly("ivanova");
        assertThat(Rest.field(calls.get("sidorova", BACKSTOP + "absences"), "person")).containsExactly("sidorova");
        assertThat(Rest.field(calls.get("operator", BACKSTOP + "absences"), "person")).isEmpty();
        for (String keeper : List.of("head", "office", "admin")) {
            assertThat(Rest.field(calls.get(keeper, BACKSTOP + "absences"), "person")).as(keeper)
                    .containsExactlyInAnyOrder("petrova", "sidorova", "ivanova");
        }
    }

    @Test
    @Order(6)
    void aColleaguesClientsDigestShowsOnlyWhatTheMatchingEndpointsWouldShow() {
        // ivanova's client acme: an issue sidorova may not browse, ivanova's offer, a complaint about ivanova
        calls.createIssue(Map.of("key", "WEB-9", "owner", "ivanova", "client", "acme"));
        calls.comment("WEB-9", "ivanova", false);
        Rest.Calls.ok(client.post("ivanova", BACKSTOP + "results/offers", Map.of("issue", "WEB-9", "client", "acme",
                "basis", "site-support", "service", "seo", "amountKopecks", 1_500_000)), "offer");
        Rest.Calls.ok(client.post("operator", BACKSTOP + "results/complaints", Map.of("client", "acme", "issue", "WEB-9",
                "about", "ivanova", "comment", "third time I ask")), "complaint");

        JsonNode hers = calls.get("sidorova", BACKSTOP + "clients/acme/digest");
        assertThat(hers.toString()).as("sidorova's digest of acme").doesNotContain("WEB-9");
        assertThat(hers.path("offers")).isEmpty();
        assertThat(hers.path("openComplaints")).isEmpty();
        assertThat(calls.get("sidorova", BACKSTOP + "results/upsells").path("offers").toString()).doesNotContain("acme");

        JsonNode owners = calls.get("ivanova", BACKSTOP + "clients/acme/digest");
        assertThat(owners.path("openWork").toString()).contains("WEB-9");
        assertThat(owners.path("offers")).hasSize(1);
        assertThat(owners.path("openComplaints")).hasSize(1);
        JsonNode heads = calls.get("head", BACKSTOP + "clients/acme/digest");
        assertThat(heads.path("offers")).hasSize(1);
        assertThat(heads.path("openComplaints")).hasSize(1);
    }

    private static void assertNotFoundLikeAnUnknownIssue(String user, String key) {
        SandboxClient.Answer hidden = client.get(user, BACKSTOP + "issues/" + key + "/sla");
        SandboxClient.Answer unknown = client.get(user, BACKSTOP + "issues/WEB-999/sla");
        assertThat(hidden.status()).as(user + " asks for " + key + ": " + hidden.body()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.body().get("field")).isEqualTo(unknown.body().get("field"));
        assertThat(masked(hidden.body(), key)).isEqualTo(masked(unknown.body(), "WEB-999"));
    }

    private static String masked(JsonNode error, String key) {
        return error.get("error").asText().replace(key, "<key>");
    }
}
