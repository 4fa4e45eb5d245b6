package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Take" from the queue: the operator takes a waiting issue; a colleague who pressed "take" on the same stale
 * screen learns it is gone (409) instead of taking it over; the operator's reply sends it home.
 */
class TakeIT {

    @TempDir
    static java.nio.file.Path data;
    private static Sandbox sandbox;
    private static SandboxClient client;
    private static Rest.Calls calls;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Rest.start(data, Rest.MONDAY_0800);
        client = new SandboxClient(sandbox.url());
        calls = new Rest.Calls(client);
        calls.putSettings(Rest.department());
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void theFirstTakeWinsAndTheReplyReturnsTheIssueHome() {
        calls.clockTo(at("2026-11-02T10:00"));
        calls.createIssue("WEB-7", "ivanova");
        calls.clockTo(at("2026-11-02T10:40"));
        assertThat(calls.queue("operator")).containsExactly("WEB-7");

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
