package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Complaints that cannot be hushed, over HTTP (issue 16), each way someone tried to game them as a test: a manager
 * passing her own client's complaint to the operator, the head unflagging with no reason, the head closing one
 * about himself, the director hushing one about a manager; and what the director reads afterwards.
 */
class ComplaintRulesIT extends DepartmentIT {

    private static final String COMPLAINTS = BACKSTOP + "results/complaints";
    private static final String PERIOD = "?from=2026-11-01&to=2026-11-30";

    @BeforeAll
    static void issues() throws Exception {
        calls.putSettings(withDirector(true));
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue(Map.of("key", "WEB-1", "owner", "ivanova", "client", "acme"));
        calls.createIssue(Map.of("key", "WEB-2", "owner", "petrova", "client", "beta"));
        calls.clockTo(Rest.at("2026-11-02T11:00"));
    }

    @BeforeEach
    void withTheDirector() {
        calls.putSettings(withDirector(true));
    }

    /** The contract's department with the director {@code director}, or without one. */
    static ObjectNode withDirector(boolean director) {
        ObjectNode department = Rest.department();
        if (director) {
            ((ArrayNode) department.get("people")).addObject().put("name", "director").put("role", "DIRECTOR");
        }
        return department;
    }

    private static SandboxClient.Answer flag(String user, Map<String, ?> body) {
        return client.post(user, COMPLAINTS, body);
    }

    private static String flagged(String user, Map<String, ?> body) {
        return Rest.Calls.ok(flag(user, body), "flag as " + user).path("id").asText();
    }

    private static SandboxClient.Answer act(String user, String id, Map<String, ?> body) {
        return client.post(user, COMPLAINTS + "/" + id + "/action", body);
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (JsonNode c : list) {
            if (c.path("id").asText().equals(id) || c.path("complaint").path("id").asText().equals(id)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aManagerCannotPassHerOwnClientsComplaintToTheOperator() {
        SandboxClient.Answer passed = flag("ivanova", Map.of("issue", "WEB-1", "about", "operator"));
        assertThat(passed.status()).isEqualTo(403);
        assertThat(passed.body().path("error").asText())
                .contains("the complaint is about the client's manager ivanova");
        assertThat(flag("operator", Map.of("issue", "WEB-1", "about", "petrova")).status()).isEqualTo(403);

        JsonNode own = Rest.Calls.ok(flag("ivanova", Map.of("issue", "WEB-1", "comment", "third time I ask")), "flag");
        assertThat(own.path("about").asText()).isEqualTo("ivanova");
        assertThat(own.path("client").asText()).isEqualTo("acme");
        assertThat(own.path("source").asText()).isEqualTo("MANUAL");
        assertThat(own.path("flaggedAt").asText()).isEqualTo("2026-11-02T11:00:00+03:00");
        assertThat(Rest.Calls.ok(flag("head", Map.of("issue", "WEB-1", "about", "operator")), "head names")
                .path("about").asText()).isEqualTo("operator");
    }

    @Test
    void aManagerCannotFlagOnAnIssueSheMayNotSee() {
        SandboxClient.Answer hidden = flag("sidorova", Map.of("issue", "WEB-1"));
        assertThat(hidden.status()).as("ivanova's issue; sidorova is not her deputy").isEqualTo(404);
        assertThat(hidden.body().path("field").asText()).isEqualTo("issue");
        assertThat(flag("petrova", Map.of("issue", "WEB-1")).status()).as("her deputy").isEqualTo(201);
    }

    @Test
    void theHeadCannotUnflagWithoutAReasonAndTheDirectorReadsTheOneHeGives() {
        String id = flagged("operator", Map.of("issue", "WEB-2"));
        for (Map<String, ?> noReason : List.of(Map.of("action", "UNFLAG"), Map.of("action", "UNFLAG", "reason", ""),
                Map.of("action", "CLOSE", "reason", "   "))) {
            SandboxClient.Answer refused = act("head", id, noReason);
            assertThat(refused.status()).as(noReason.toString()).isEqualTo(400);
            assertThat(refused.body().path("field").asText()).isEqualTo("reason");
        }
        int before = calls.get("head", COMPLAINTS + PERIOD).path("counts").path("petrova").asInt();

        JsonNode unflagged = Rest.Calls.ok(act("head", id, Map.of("action", "UNFLAG",
                "reason", "A question about the invoice, not a complaint")), "unflag");

        assertThat(unflagged.path("state").asText()).isEqualTo("UNFLAGGED");
        assertThat(unflagged.path("history").get(1).path("reason").asText())
                .isEqualTo("A question about the invoice, not a complaint");
        JsonNode read = calls.get("director", COMPLAINTS + PERIOD + "&include=unflagged");
        assertThat(byId(read.path("lane"), id)).as("out of the lane").isNull();
        assertThat(read.path("counts").path("petrova").asInt()).as("and out of the counts").isEqualTo(before - 1);
        JsonNode logged = byId(read.path("log"), id);
        assertThat(logged.path("action").asText()).isEqualTo("UNFLAG");
        assertThat(logged.path("by").asText()).isEqualTo("head");
        assertThat(logged.path("reason").asText()).isEqualTo("A question about the invoice, not a complaint");
        assertThat(logged.path("complaint").path("about").asText()).isEqualTo("petrova");
        assertThat(logged.path("complaint").path("issue").asText()).isEqualTo("WEB-2");
        for (String reader : List.of("head", "admin")) {
            assertThat(byId(calls.get(reader, COMPLAINTS + PERIOD + "&include=unflagged").path("log"), id))
                    .as(reader).isNotNull();
        }
        for (String other : List.of("operator", "office", "petrova")) {
            assertThat(client.get(other, COMPLAINTS + PERIOD + "&include=unflagged").status()).as(other)
                    .isEqualTo(403);
        }
        assertThat(client.get("head", COMPLAINTS + "?include=everything").body().path("field").asText())
                .isEqualTo("include");
    }

    @Test
    void theHeadCannotCloseOneAboutHimselfTheDirectorCan() {
        String id = flagged("head", Map.of("issue", "WEB-1", "about", "head", "comment", "the head forgot to call"));
        SandboxClient.Answer own = act("head", id, Map.of("action", "CLOSE", "reason", "I called in the end"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body().path("error").asText()).contains("about head");
        assertThat(act("operator", id, Map.of("action", "CLOSE", "reason", "done")).status()).isEqualTo(403);

        JsonNode closed = Rest.Calls.ok(act("director", id, Map.of("action", "CLOSE",
                "reason", "Called the client with the head")), "the director closes");

        assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
        assertThat(byId(calls.get("head", COMPLAINTS + PERIOD).path("lane"), id)).isNull();
        assertThat(calls.get("head", COMPLAINTS + PERIOD).path("counts").path("head").asInt())
                .as("closed still counts").isPositive();
    }

    @Test
    void withNoDirectorAComplaintAboutTheHeadStaysOpenAndIsListedToAdministratorsAndTheHead() {
        calls.putSettings(withDirector(false));
        String id = flagged("head", Map.of("issue", "WEB-2", "about", "head"));

        SandboxClient.Answer own = act("head", id, Map.of("action", "UNFLAG", "reason", "not me"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body().path("error").asText()).isEqualTo("the complaint is about head, who may not unflag it");
        SandboxClient.Answer refused = act("operator", id, Map.of("action", "CLOSE", "reason", "done"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("error").asText()).contains("no director is configured");

        for (String seer : List.of("admin", "head")) {
            assertThat(byId(calls.get(seer, COMPLAINTS + PERIOD).path("needsDirector"), id)).as(seer).isNotNull();
        }
        for (String other : List.of("operator", "petrova")) {
            assertThat(calls.get(other, COMPLAINTS + PERIOD).path("needsDirector")).as(other).isEmpty();
        }
        assertThat(byId(calls.get("head", COMPLAINTS + PERIOD).path("lane"), id)).as("still open").isNotNull();

        calls.putSettings(withDirector(true));
        assertThat(calls.get("admin", COMPLAINTS + PERIOD).path("needsDirector")).isEmpty();
        Rest.Calls.ok(act("director", id, Map.of("action", "UNFLAG", "reason", "about the previous head")), "unflag");
    }

    @Test
    void theDirectorCannotHushAComplaintAboutAManagerButBringsBackOneTheHeadHushed() {
        String id = flagged("operator", Map.of("issue", "WEB-1"));
        assertThat(act("director", id, Map.of("action", "UNFLAG", "reason", "a favour")).status()).isEqualTo(403);
        Rest.Calls.ok(act("head", id, Map.of("action", "UNFLAG", "reason", "a question")), "the head unflags");
        assertThat(act("ivanova", id, Map.of("action", "REOPEN")).status()).as("the one it is about").isEqualTo(403);

        JsonNode reopened = Rest.Calls.ok(act("director", id, Map.of("action", "REOPEN",
                "reason", "It was a complaint: the client wrote twice")), "the director reopens");

        assertThat(reopened.path("state").asText()).isEqualTo("OPEN");
        assertThat(reopened.path("history")).extracting(h -> h.path("action").asText())
                .containsExactly("FLAG", "UNFLAG", "REOPEN");
        JsonNode read = calls.get("director", COMPLAINTS + PERIOD + "&include=unflagged");
        assertThat(byId(read.path("lane"), id)).isNotNull();
        assertThat(byId(read.path("log"), id).path("action").asText()).as("the unflag stays in the log")
                .isEqualTo("UNFLAG");
    }

    /**
     * The director is not a column of the role matrix (RoleMatrixIT): a member of the staff who reads everybody's
     * complaints and the log, and no administrator, nor the head's planner (docs/security.md, "Roles").
     */
    @Test
    void theDirectorIsOnTheStaffReadsAllComplaintsAndIsNoAdministrator() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("GET " + BACKSTOP + "settings", 403);
        expected.put("GET " + BACKSTOP + "people", 200);
        expected.put("GET " + BACKSTOP + "queue", 200);
        expected.put("GET " + BACKSTOP + "audit", 403);
        expected.put("GET " + BACKSTOP + "forecast", 403);
        expected.put("GET " + BACKSTOP + "results/settings", 403);
        expected.put("GET " + BACKSTOP + "results/norm-hours?person=ivanova", 200); // the director reads everybody's results (the head's screens)
        expected.put("GET " + COMPLAINTS + "?person=ivanova", 200);
        expected.put("GET " + COMPLAINTS + "?include=unflagged", 200);
        expected.put("GET plugins/servlet/backstop/dashboard", 200);
        expected.put("GET plugins/servlet/backstop/admin", 403);
        expected.forEach((call, status) -> {
            String path = call.substring(4);
            int got = path.startsWith("plugins/") ? client.page("director", path).status()
                    : client.get("director", path).status();
            assertThat(got).as(call).isEqualTo(status);
        });
        assertThat(client.post("director", BACKSTOP + "watcher/run", Map.of()).status()).isEqualTo(403);
        JsonNode own = calls.get("director", BACKSTOP + "results/norm-hours");
        assertThat(own.path("people")).as("the director reads everybody's norm-hours").isNotEmpty();
        assertThat(own.path("people")).extracting(row -> row.path("person").asText())
                .as("the director earns none: not a row of their own").doesNotContain("director");
    }

    @Test
    void whatTheCallerMayDoComesWithEachComplaint() {
        String id = flagged("operator", Map.of("issue", "WEB-1"));
        assertThat(byId(calls.get("head", COMPLAINTS + PERIOD).path("lane"), id).path("actions"))
                .extracting(JsonNode::asText).containsExactly("UNFLAG", "CLOSE");
        for (String none : List.of("director", "ivanova", "admin")) {
            assertThat(byId(calls.get(none, COMPLAINTS + PERIOD).path("lane"), id).path("actions")).as(none).isEmpty();
        }
    }

    @Test
    void aComplaintIssueIsAComplaintAboutItsOwnerFromTheStart() {
        calls.createIssue(Map.of("key", "WEB-7", "owner", "sidorova", "client", "gamma", "issueType", "Complaint",
                "summary", "Third time I ask: the site is down"));
        calls.createIssue(Map.of("key", "WEB-8", "owner", "sidorova", "client", "gamma", "issueType", "Client request"));

        JsonNode lane = calls.get("head", COMPLAINTS + PERIOD).path("lane");
        List<JsonNode> fromIssues = new ArrayList<>();
        lane.forEach(c -> {
            if (c.path("client").asText().equals("gamma")) {
                fromIssues.add(c);
            }
        });
        assertThat(fromIssues).singleElement().satisfies(c -> {
            assertThat(c.path("issue").asText()).isEqualTo("WEB-7");
            assertThat(c.path("about").asText()).isEqualTo("sidorova");
            assertThat(c.path("source").asText()).isEqualTo("ISSUE_TYPE");
            assertThat(c.path("flaggedBy").asText()).isEqualTo("client");
        });
        assertThat(byId(calls.get("sidorova", COMPLAINTS + PERIOD).path("lane"), fromIssues.get(0).path("id").asText()))
                .as("she sees the complaint about her").isNotNull();
    }
}
