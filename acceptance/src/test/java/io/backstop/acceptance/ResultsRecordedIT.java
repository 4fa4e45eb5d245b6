package io.backstop.acceptance;

import static io.backstop.acceptance.Scenarios.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.acceptance.Host.Who;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results endpoints return the operations and offers recorded during the run. (On a live Jira the rows stay
 * in Backstop's results tables afterwards: results have no delete; the manager's totals only grow.)
 */
@ExtendWith(Hosts.class)
class ResultsRecordedIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Host host;

    @BeforeAll
    static void host(Host given) {
        host = given;
    }

    @Test
    void operationsDoneEarnTheirNormMinutes() {
        String manager = host.cast().manager();
        // issue 17: work typed in names what it was for (an issue the manager may browse, or a client)
        String issue = host.createClientIssue("Three questions in one letter");
        ObjectNode operation = JSON.createObjectNode().put("operation", "client-question").put("count", 3)
                .put("issue", issue);
        JsonNode recorded = ok(host.post(Who.MANAGER, "results/operations", operation), "POST results/operations");
        assertThat(recorded.get("person").asText()).isEqualTo(manager);
        assertThat(recorded.get("normMinutes").asLong()).isGreaterThanOrEqualTo(45);

        JsonNode normHours = ok(host.get(Who.MANAGER, "results/norm-hours?person=" + manager), "GET norm-hours");
        JsonNode mine = only(normHours.get("people"), manager);
        assertThat(mine.get("total").get("earnedMinutes").asLong()).isGreaterThanOrEqualTo(45);
    }

    @Test
    void anOfferMadeCountsAsPresented() {
        String manager = host.cast().manager();
        String issue = host.createClientIssue("Could you also run our ads?");
        ObjectNode offer = JSON.createObjectNode().put("issue", issue).put("client", "Acceptance client")
                .put("basis", "site-support").put("service", "seo").put("amountKopecks", 1_500_000);
        ok(host.post(Who.MANAGER, "results/offers", offer), "POST results/offers");

        JsonNode upsells = ok(host.get(Who.MANAGER, "results/upsells?person=" + manager), "GET upsells");
        assertThat(only(upsells.get("people"), manager).get("presented").asInt()).isPositive();
        List<String> offered = new ArrayList<>();
        upsells.get("offers").forEach(o -> offered.add(o.path("issue").asText()));
        assertThat(offered).contains(issue);
    }

    /** The issue panel's actions list the offer on its issue; its answer recorded there, it is answered once. */
    @Test
    void theIssuePanelListsTheOfferAndRecordsItsAnswer() {
        String issue = host.createClientIssue("Do you also do hosting?");
        ObjectNode offer = JSON.createObjectNode().put("issue", issue).put("client", "Acceptance client")
                .put("basis", "site-support").put("service", "hosting").put("amountKopecks", 300_000);
        String id = ok(host.post(Who.MANAGER, "results/offers", offer), "POST results/offers").get("id").asText();

        JsonNode actions = ok(host.get(Who.MANAGER, "issues/" + issue + "/actions"), "GET issues/{key}/actions");
        assertThat(actions.get("offers")).hasSize(1);
        assertThat(actions.get("offers").get(0).get("id").asText()).isEqualTo(id);
        assertThat(actions.get("offers").get(0).get("mayAnswer").asBoolean()).isTrue();
        assertThat(actions.get("you").get("record").asBoolean()).isTrue();

        ok(host.post(Who.MANAGER, "results/offers/" + id + "/answer", JSON.createObjectNode().put("status", "ACCEPTED")),
                "POST results/offers/{id}/answer");
        JsonNode answered = ok(host.get(Who.MANAGER, "issues/" + issue + "/actions"), "GET issues/{key}/actions")
                .get("offers").get(0);
        assertThat(answered.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(answered.get("mayAnswer").asBoolean()).isFalse();
    }

    private static JsonNode only(JsonNode people, String person) {
        for (JsonNode entry : people) {
            if (person.equals(entry.path("person").asText())) {
                return entry;
            }
        }
        throw new AssertionError(person + " is not among " + people);
    }
}
