package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static io.backstop.sandbox.rest.Rest.at;
import static io.backstop.sandbox.rest.Rest.instant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything the sandbox keeps survives a restart on the same data directory: settings, absences (and which of
 * their boundaries have been applied), issues with their comments, response clocks and timelines, the audit and
 * breaches, and the manual clock's "now" and tick grid.
 */
class RestartIT {

    private static final List<String> KEYS = List.of("WEB-1", "WEB-2", "WEB-3");

    @TempDir
    Path data;

    @Test
    void whatWasThereBeforeIsThereAfterAndTheDepartmentGoesOn() throws Exception {
        Map<String, JsonNode> before;
        try (Sandbox sandbox = Rest.start(data, Rest.MONDAY_0800)) {
            Rest.Calls calls = new Rest.Calls(new SandboxClient(sandbox.url()));
            calls.putSettings(Rest.department().put("staffGroup", "order-support"));
            calls.absence(Map.of("person", "petrova", "kind", "SICK",
                    "from", at("2026-11-03T00:00"), "to", at("2026-11-04T00:00")));
            calls.absence(Map.of("person", "sidorova", "kind", "VACATION",
                    "from", at("2026-12-01T00:00"), "to", at("2026-12-15T00:00")));

            calls.clockTo(at("2026-11-02T10:00"));
            calls.createIssue(Map.of("key", "WEB-1", "owner", "ivanova", "summary", "Invoice", "client", "Romashka"));
            calls.createIssue("WEB-2", "petrova");
            calls.createIssue(Map.of("key", "WEB-3", "owner", "sidorova", "issueType", "Complaint"));
            calls.clockTo(at("2026-11-02T10:20"));
            calls.comment("WEB-1", "ivanova", false);
            // WEB-2 breaches at 11:00, WEB-3 (a complaint, 2 hours) at 12:00; both go to the operator.
            // Tuesday petrova is sick; the operator answers WEB-3 and it goes back to sidorova.
            calls.clockTo(at("2026-11-03T09:30"));
            calls.comment("WEB-3", "operator", false);
            calls.settle();

            before = snapshot(calls);
            assertThat(reasons(before.get("audit"))).containsExactly("BREACH", "BREACH", "RETURN");
            assertThat(before.get("breaches")).hasSize(2);
            assertThat(before.get("people").toString()).contains("\"name\":\"petrova\",\"role\":\"MANAGER\"");
        }

        // Started again on the same directory with another --start: the stored clock wins.
        try (Sandbox sandbox = Rest.start(data, OffsetDateTime.parse("2026-11-10T08:03:00+03:00").toInstant())) {
            Rest.Calls calls = new Rest.Calls(new SandboxClient(sandbox.url()));
            Map<String, JsonNode> after = snapshot(calls);
            for (String what : before.keySet()) {
                assertThat(after.get(what)).as(what + " after the restart").isEqualTo(before.get(what));
            }

            // Wednesday 00:00 petrova's absence ends: WEB-2 comes back to her (the end was not applied before).
            // Thursday 10:02 ivanova's client writes again: due 11:02, breached at the grid's 11:05 tick (the grid
            // still starts at Monday 08:00, not at the second --start's 08:03).
            calls.clockTo(at("2026-11-05T10:02"));
            calls.comment("WEB-1", "client", false);
            calls.clockTo(at("2026-11-05T11:30"));

            JsonNode audit = calls.get("head", BACKSTOP + "audit");
            assertThat(reasons(audit)).containsExactly("BREACH", "BREACH", "RETURN", "RETURN", "BREACH");
            assertThat(audit.get(3).get("issue").asText()).isEqualTo("WEB-2");
            assertThat(audit.get(3).get("to").asText()).isEqualTo("petrova");
            assertThat(instant(audit.get(3).get("at"))).isEqualTo(Rest.parseInstant(at("2026-11-04T00:00")));
            assertThat(audit.get(4).get("issue").asText()).isEqualTo("WEB-1");
            JsonNode breaches = calls.get("head", BACKSTOP + "breaches");
            assertThat(breaches).hasSize(3);
            assertThat(instant(breaches.get(2).get("detectedAt"))).isEqualTo(Rest.parseInstant(at("2026-11-05T11:05")));
        }
    }

    /** What an admin, the head and the operator can read of the department. */
    private static Map<String, JsonNode> snapshot(Rest.Calls calls) {
        Map<String, JsonNode> state = new LinkedHashMap<>();
        state.put("clock", calls.get("admin", SANDBOX + "clock"));
        state.put("settings", calls.get("admin", BACKSTOP + "settings"));
        state.put("people", calls.get("head", BACKSTOP + "people"));
        state.put("absences", calls.get("admin", BACKSTOP + "absences"));
        state.put("queue", calls.get("operator", BACKSTOP + "queue"));
        state.put("audit", calls.get("head", BACKSTOP + "audit"));
        state.put("breaches", calls.get("head", BACKSTOP + "breaches"));
        for (String key : KEYS) {
            state.put("issue " + key, calls.issue(key));
            state.put("sla " + key, calls.sla(key));
        }
        return state;
    }

    private static List<String> reasons(JsonNode audit) {
        return Rest.field(audit, "reason");
    }
}
