package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static io.backstop.sandbox.rest.Rest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code client}/{@code client} login (issue 16.5): the clients' side of the sandbox opens requests and writes
 * client messages through the tracker, and nothing else. It writes as "client" only, never an internal note, a
 * reply's holding mark, a promise or a due date (403 naming the field, nothing stored), and sees none of
 * Backstop's REST (the role matrix's client check runs every endpoint). A request it opens waits for an answer at
 * once, with what the client wrote in the reply box's opening; a company the tracker knows goes to its manager.
 */
class ClientLoginIT extends DepartmentIT {

    @BeforeAll
    static void romashkaIsIvanovasClient() {
        calls.clockTo(at("2026-11-02T10:00"));
        calls.createIssue(Map.of("key", "WEB-1", "owner", "ivanova", "client", "Romashka", "summary", "Old request"));
    }

    private static SandboxClient.Answer open(Map<String, ?> body) {
        return client.post("client", SANDBOX + "issues", body);
    }

    @Test
    void aKnownCompanyWritesAndItsManagerGetsTheRequestWithTheWholeMessage() {
        SandboxClient.Answer opened = open(Map.of("client", "Romashka", "summary", "The form is broken",
                "description", "Clients fill in the form, we get nothing."));

        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String key = opened.body().path("key").asText();
        assertThat(opened.body().path("owner").asText()).as("Romashka's manager").isEqualTo("ivanova");
        assertThat(opened.body().path("description").asText()).isEqualTo("Clients fill in the form, we get nothing.");
        JsonNode sla = calls.sla(key);
        assertThat(sla.path("awaiting").asBoolean()).isTrue();
        JsonNode opening = calls.get("ivanova", BACKSTOP + "issues/" + key + "/reply-context").path("opening");
        assertThat(opening.path("body").asText())
                .isEqualTo("The form is broken\n\nClients fill in the form, we get nothing.");
    }

    @Test
    void theClientWritesAgainAndTheClockStartsOver() {
        String key = open(Map.of("client", "Vasilek", "owner", "petrova", "summary", "Invoice")).body()
                .path("key").asText();
        Rest.Calls.ok(client.post("petrova", SANDBOX + "issues/" + key + "/comments", Map.of("body", "Sent.")),
                "petrova answers");
        assertThat(calls.sla(key).path("awaiting").asBoolean()).isFalse();

        SandboxClient.Answer wrote = client.post("client", SANDBOX + "issues/" + key + "/comments",
                Map.of("body", "It is not in the mail."));

        assertThat(wrote.status()).as(wrote.body().toString()).isEqualTo(201);
        JsonNode comments = calls.issue(key).path("comments");
        assertThat(comments.get(comments.size() - 1).path("author").asText()).isEqualTo("client");
        assertThat(calls.sla(key).path("awaiting").asBoolean()).as("a client message").isTrue();
    }

    @Test
    void aCompanyTheTrackerDoesNotKnowNamesItsManager() {
        SandboxClient.Answer opened = open(Map.of("client", "Newcomer LLC", "summary", "Hello"));

        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(400);
        assertThat(opened.body().path("field").asText()).isEqualTo("owner");
    }

    static Stream<Arguments> whatOnlyStaffSay() {
        return Stream.of(
                Arguments.of("author", Map.of("author", "ivanova", "body", "All done.")),
                Arguments.of("internal", Map.of("body", "note to self", "internal", true)),
                Arguments.of("holding", Map.of("body", "Received", "holding", true)),
                Arguments.of("promise", Map.of("body", "Received", "promise", at("2026-11-03T12:00"))),
                Arguments.of("dueDate", Map.of("body", "Received", "dueDate", "2026-11-06")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatOnlyStaffSay")
    void theClientWritesAsTheClientOnly(String field, Map<String, ?> body) {
        JsonNode issue = calls.issue("WEB-1");
        JsonNode sla = calls.sla("WEB-1");

        SandboxClient.Answer wrote = client.post("client", SANDBOX + "issues/WEB-1/comments", body);

        assertThat(wrote.status()).as(wrote.body().toString()).isEqualTo(403);
        assertThat(wrote.body().path("field").asText()).isEqualTo(field);
        assertThat(calls.issue("WEB-1")).isEqualTo(issue);
        assertThat(calls.sla("WEB-1")).isEqualTo(sla);
    }

    @Test
    void theClientNamesNoPromisedDateAndAnIssueNeedsACompanyAndASubject() {
        Map<String, Object> valid = new HashMap<>(Map.of("client", "Romashka", "summary", "Hello"));
        Map<String, Object> promised = new HashMap<>(valid);
        promised.put("promisedOn", "2026-11-10");
        Map<String, Object> noSubject = new HashMap<>(valid);
        noSubject.remove("summary");
        Map<String, Object> noCompany = new HashMap<>(valid);
        noCompany.remove("client");
        int issues = sandbox.tracker().openIssues().size();

        assertThat(open(promised).status()).isEqualTo(403);
        assertThat(open(promised).body().path("field").asText()).isEqualTo("promisedOn");
        assertThat(open(noSubject).body().path("field").asText()).isEqualTo("summary");
        assertThat(open(noCompany).body().path("field").asText()).isEqualTo("client");
        assertThat(sandbox.tracker().openIssues()).as("nothing opened").hasSize(issues);
    }

    @Test
    void theClientSeesNoneOfBackstopNorTheTrackersOwnCalls() {
        for (String path : List.of(BACKSTOP + "queue", BACKSTOP + "people", BACKSTOP + "issues/WEB-1/sla",
                BACKSTOP + "issues/WEB-1/reply-context", BACKSTOP + "clients/Romashka/digest", SANDBOX + "issues/WEB-1")) {
            assertThat(client.get("client", path).status()).as(path).isIn(403, 404);
        }
        assertThat(client.post("client", SANDBOX + "issues/WEB-1/resolve", "").status()).isEqualTo(403);
        assertThat(client.post("client", BACKSTOP + "issues/WEB-1/take", Map.of()).status()).isEqualTo(403);
        assertThat(calls.issue("WEB-1").path("status").asText()).isEqualTo("OPEN");
    }
}
