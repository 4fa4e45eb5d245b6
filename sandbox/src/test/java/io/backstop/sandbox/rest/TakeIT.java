package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Take" from the queue: the operator takes a waiting issue; a colleague who pressed "take" on the same stale
 * screen learns it is gone (409) instead of taking it over; the operator's reply sends it home.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TakeIT extends DepartmentIT {

    @Test
    @Order(2)
    void complaintsAreMarkedAndOverdueTimeIsNegativeWorkingTimePausedAfterHours() {
        calls.clockTo(at("2026-11-03T12:30"));
        calls.createIssue(Map.of("key", "WEB-20", "owner", "petrova", "issueType", "Complaint"));
        calls.createIssue(Map.of("key", "WEB-21", "owner", "petrova"));
        // Over lunch and past the evening: 12:30 + 2 working hours is 15:30; at 19:00 it is 2.5 working hours late.
        calls.clockTo(at("2026-11-03T19:00"));

        com.fasterxml.jackson.databind.JsonNode queue = calls.get("operator", BACKSTOP + "queue");
        com.fasterxml.jackson.databind.JsonNode complaint = null;
        com.fasterxml.jackson.databind.JsonNode request = null;
        for (com.fasterxml.jackson.databind.JsonNode entry : queue) {
            if (entry.get("issue").asText().equals("WEB-20")) {
                complaint = entry;
            } else if (entry.get("issue").asText().equals("WEB-21")) {
                request = entry;
            }
        }
        assertThat(complaint.get("complaint").asBoolean()).isTrue();
        assertThat(complaint.get("workingSecondsLeft").asLong()).isEqualTo(-150 * 60);
        assertThat(complaint.get("paused").asBoolean()).as("19:00 is after working hours").isTrue();
        assertThat(calls.sla("WEB-20").get("workingSecondsLeft").asLong()).as("the same in the issue's answer")
                .isEqualTo(-150 * 60);
        assertThat(complaint.get("waitedSeconds").asLong()).isEqualTo(270 * 60);
        assertThat(request.get("complaint").asBoolean()).isFalse();
    }

    @Test
    @Order(1)
    void theFirstTakeWinsAndTheReplyReturnsTheIssueHome() {
        calls.clockTo(at("2026-11-02T10:00"));
        calls.createIssue("WEB-7", "ivanova");
        calls.clockTo(at("2026-11-02T10:40"));
        assertThat(calls.queue("operator")).containsExactly("WEB-7");
        com.fasterxml.jackson.databind.JsonNode entry = calls.get("operator", BACKSTOP + "queue").get(0);
        assertThat(entry.get("waitedSeconds").asLong()).isEqualTo(40 * 60); // working time since 10:00
        assertThat(entry.get("workingSecondsLeft").asLong()).isEqualTo(20 * 60); // due 11:00
        assertThat(entry.get("paused").asBoolean()).isFalse();
        assertThat(entry.get("complaint").asBoolean()).isFalse();

        SandboxClient.Answer taken = client.post("operator", BACKSTOP + "issues/WEB-7/take",
                Map.of("expectedAssignee", "ivanova"));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body().get("assignee").asText()).isEqualTo("operator");
        assertThat(calls.issue("WEB-7").get("assignee").asText()).isEqualTo("operator");

        SandboxClient.Answer late = client.post("head", BACKSTOP + "issues/WEB-7/take",
                Map.of("expectedAssignee", "ivanova"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("field").asText()).isEqualTo("expectedAssignee");
        assertThat(late.body().get("error").asText()).contains("operator");
        assertThat(client.post("operator", BACKSTOP + "issues/WEB-7/take", Map.of()).status()).isEqualTo(200);

        assertThat(client.post("operator", BACKSTOP + "issues/WEB-7/take", Map.of("expectedAssignee", 7)).status())
                .isEqualTo(400);
        assertThat(client.post("operator", BACKSTOP + "issues/WEB-404/take", Map.of()).status()).isEqualTo(404);

        calls.comment("WEB-7", "operator", false);
        assertThat(calls.issue("WEB-7").get("assignee").asText()).isEqualTo("ivanova");
        assertThat(calls.get("head", BACKSTOP + "audit").toString())
                .contains("\"from\":\"ivanova\",\"to\":\"operator\",\"reason\":\"TAKE\"")
                .contains("\"from\":\"operator\",\"to\":\"ivanova\",\"reason\":\"RETURN\"");
    }
}
