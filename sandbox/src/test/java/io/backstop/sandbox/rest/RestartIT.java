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
            assertThat(before.get("people")).extracting(p -> p.path("name").asText() + "/" + p.path("role").asText())
                    .contains("petrova/MANAGER");
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

    /**
     * Stopped in the middle of a run: clocks due at the tick the sandbox owes (it runs when the clock next moves) and
     * an absence whose end is still to come. Nothing of that is lost across the restart, and the owed tick breaches
     * each due issue exactly once, however often the sandbox is restarted and settled afterwards.
     */
    @Test
    void aRestartWithDueClocksNotYetTickedLosesNothingAndBreachesEachOnce() throws Exception {
        List<String> keys = List.of("RUN-1", "RUN-2", "RUN-3", "RUN-4", "RUN-5", "RUN-6");
        List<String> managers = List.of("ivanova", "petrova", "sidorova");
        Map<String, JsonNode> before;
        try (Sandbox sandbox = Rest.start(data, Rest.MONDAY_0800)) {
            Rest.Calls calls = new Rest.Calls(new SandboxClient(sandbox.url()));
            calls.putSettings(Rest.department());
            calls.clockTo(at("2026-11-02T10:00"));
            for (int i = 0; i < keys.size(); i++) {
                calls.createIssue(keys.get(i), managers.get(i % managers.size()));
            }
            calls.absence(Map.of("person", "petrova", "kind", "SICK",
                    "from", at("2026-11-02T10:40"), "to", at("2026-11-02T12:00")));
            // 11:00 is a tick and every issue is due then; the sandbox stops before it has run.
            calls.clockTo(at("2026-11-02T11:00"));
            before = runSnapshot(calls, keys);
            assertThat(reasons(before.get("audit"))).containsExactly("ABSENCE", "ABSENCE"); // petrova's two, 10:40
            assertThat(before.get("breaches")).isEmpty();
        }

        Map<String, JsonNode> afterTicking;
        try (Sandbox sandbox = Rest.start(data, Rest.MONDAY_0800)) {
            Rest.Calls calls = new Rest.Calls(new SandboxClient(sandbox.url()));
            assertThat(runSnapshot(calls, keys)).isEqualTo(before);

            calls.settle(); // the owed tick at 11:00
            calls.clockTo(at("2026-11-02T12:30")); // petrova is back at 12:00
            afterTicking = runSnapshot(calls, keys);
            JsonNode breaches = afterTicking.get("breaches");
            assertThat(Rest.field(breaches, "issue")).containsExactlyInAnyOrderElementsOf(keys);
            breaches.forEach(b -> assertThat(instant(b.get("detectedAt")))
                    .isEqualTo(Rest.parseInstant(at("2026-11-02T11:00"))));
            for (String key : keys) {
                assertThat(afterTicking.get("audit")).as(key).filteredOn(row ->
                        row.get("issue").asText().equals(key) && row.get("reason").asText().equals("BREACH")).hasSize(1);
            }
        }

        // Restarted again, and again told to settle and run the watcher: nothing is done twice, nothing is lost.
        try (Sandbox sandbox = Rest.start(data, Rest.MONDAY_0800)) {
            Rest.Calls calls = new Rest.Calls(new SandboxClient(sandbox.url()));
            assertThat(runSnapshot(calls, keys)).isEqualTo(afterTicking);
            calls.settle();
            calls.watcher();
            assertThat(runSnapshot(calls, keys)).isEqualTo(afterTicking);
        }
    }

    private static Map<String, JsonNode> runSnapshot(Rest.Calls calls, List<String> keys) {
        Map<String, JsonNode> state = new LinkedHashMap<>();
        state.put("clock", calls.get("admin", SANDBOX + "clock"));
        state.put("absences", calls.get("admin", BACKSTOP + "absences"));
        state.put("queue", calls.get("operator", BACKSTOP + "queue"));
        state.put("audit", calls.get("head", BACKSTOP + "audit"));
        state.put("breaches", calls.get("head", BACKSTOP + "breaches"));
        for (String key : keys) {
            state.put("issue " + key, calls.issue(key));
            state.put("sla " + key, calls.sla(key));
        }
        return state;
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
