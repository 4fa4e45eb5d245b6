package io.backstop.sandbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import io.backstop.sandbox.host.SandboxOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A sandbox for the browser tests as the contract's replay starts one (manual clock, no demo, port 0) with a small
 * department set through REST, and the REST calls the tests make.
 */
final class Department {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Monday 2 November 2026, 08:00 in Moscow. */
    static final Instant MONDAY_0800 = OffsetDateTime.parse("2026-11-02T08:00:00+03:00").toInstant();

    /**
     * Moscow, 09:00-18:00 with lunch, Wednesday 4 November a holiday; queue after 30 working minutes, answer
     * within 1 working hour; complaints at once and within 2 hours; ticks every 5 minutes.
     */
    static final String SETTINGS = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": {
                  "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                  "WED": ["09:00-13:00", "14:00-18:00"], "THU": ["09:00-13:00", "14:00-18:00"],
                  "FRI": ["09:00-13:00", "14:00-17:00"]
                },
                "holidays": ["2026-11-04"]
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "goals": [ { "issueTypes": ["Complaint"], "queueAfter": "PT0M", "respondWithin": "PT2H" } ],
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR", "deputies": ["office"] },
                { "name": "office", "role": "OFFICE_MANAGER" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER", "deputies": ["sidorova", "ivanova"] },
                { "name": "sidorova", "role": "MANAGER", "deputies": ["petrova"] }
              ],
              "tick": "PT5M"
            }
            """;

    final Sandbox sandbox;
    final SandboxClient client;

    private Department(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.client = new SandboxClient(sandbox.url());
    }

    static Department start(Path data) throws Exception {
        Department department = new Department(Sandbox.start(new SandboxOptions(0, data, true, MONDAY_0800, 1, false)));
        department.ok(department.client.put("admin", "rest/backstop/1.0/settings", json(SETTINGS)));
        return department;
    }

    String base() {
        return sandbox.url().toString();
    }

    /** Moves the manual clock to a Moscow local time such as 2026-11-02T10:02. */
    void clockTo(String moscowLocal) {
        ok(client.post("admin", "rest/sandbox/1.0/clock", Map.of("to", moscowLocal + ":00+03:00")));
    }

    void issue(String key, String owner, String client, String summary) {
        ok(this.client.post("admin", "rest/sandbox/1.0/issues",
                Map.of("key", key, "owner", owner, "client", client, "summary", summary)));
    }

    void comment(String key, String author, String body) {
        ok(client.post("admin", "rest/sandbox/1.0/issues/" + key + "/comments", Map.of("author", author, "body", body)));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private SandboxClient.Answer ok(SandboxClient.Answer answer) {
        if (answer.status() >= 300) {
            throw new AssertionError("REST call failed: " + answer.status() + " " + answer.body());
        }
        return answer;
    }
}
