package io.backstop.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP: a client writes, staff reply, and the reply's operation shows in the norm-hours. */
class ReplyOperationsIT extends DepartmentIT {

    @Test
    void aReplyThatEndsTheClientsWaitEarnsItsNorm() {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue(Map.of("key", "WEB-1", "owner", "ivanova", "issueType", "Client request"));
        calls.createIssue(Map.of("key", "WEB-2", "owner", "ivanova", "issueType", "Client report"));
        calls.clockTo(Rest.at("2026-11-02T10:20"));
        calls.comment("WEB-1", "ivanova", false);
        calls.comment("WEB-1", "ivanova", false); // a follow-up: the client is not waiting, nothing more earned
        calls.comment("WEB-2", "ivanova", true); // an internal note earns nothing
        calls.comment("WEB-2", "ivanova", false);

        JsonNode ivanova = ivanova(calls.get("head", BACKSTOP
                + "results/norm-hours?from=2026-11-02&to=2026-11-02&person=ivanova"));
        assertThat(ivanova.path("total").path("earnedMinutes").asLong()).isEqualTo(15 + 30);
        assertThat(calls.get("head", BACKSTOP + "results/hotspots?from=2026-11-02&to=2026-11-02")
                .path("operations").toString()).contains("client-question", "monthly-report-explanation");

        JsonNode settings = calls.get("admin", BACKSTOP + "results/settings");
        assertThat(settings.path("replyOperations").path("*").asText()).isEqualTo("client-question");
        SandboxClient.Answer bad = client.put("admin", BACKSTOP + "results/settings",
                Map.of("replyOperations", Map.of("Complaint", "no-such-operation")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("replyOperations.Complaint");

        Rest.Calls.ok(client.put("admin", BACKSTOP + "results/settings", Map.of("replyOperations", Map.of())),
                "PUT results/settings");
        calls.clockTo(Rest.at("2026-11-02T11:00"));
        calls.comment("WEB-1", "client", false);
        calls.clockTo(Rest.at("2026-11-02T11:10"));
        calls.comment("WEB-1", "ivanova", false);
        assertThat(ivanova(calls.get("ivanova", BACKSTOP + "results/norm-hours?from=2026-11-02&to=2026-11-02"))
                .path("total").path("earnedMinutes").asLong()).isEqualTo(45);
    }

    private static JsonNode ivanova(JsonNode view) {
        for (JsonNode p : view.path("people")) {
            if (p.path("person").asText().equals("ivanova")) {
                return p;
            }
        }
        throw new AssertionError("ivanova not in " + view);
    }
}
