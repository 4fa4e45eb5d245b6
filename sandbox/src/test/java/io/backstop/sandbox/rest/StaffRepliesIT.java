package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may post what through the sandbox tracker's {@code POST issues/{key}/comments} (issue 16: nobody could
 * answer a client by clicking, the reply box needs this): the admin acts for anyone, as before; a member of staff
 * posts as themselves only (no author, or their own name), on issues they may browse, with {@code holding} and
 * {@code promise} as the reply box sends them; another name, or the client's, is refused and nothing is stored.
 *
 * <p>ivanova's WEB-1, petrova's WEB-2 (ivanova is her deputy) and sidorova's WEB-3 (ivanova is no deputy of hers),
 * all opened on Monday 2 November at 10:00; Wednesday is a holiday.
 */
class StaffRepliesIT extends DepartmentIT {

    private static final String PROMISED_THURSDAY = "2026-11-05T18:00:00+03:00";

    @BeforeAll
    static void threeIssues() {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue("WEB-1", "ivanova");
        calls.createIssue("WEB-2", "petrova");
        calls.createIssue("WEB-3", "sidorova");
        calls.clockTo(Rest.at("2026-11-02T10:10"));
    }

    private static SandboxClient.Answer post(String user, String key, Map<String, ?> body) {
        return client.post(user, SANDBOX + "issues/" + key + "/comments", body);
    }

    private static List<String> authors(String key) {
        List<String> authors = new ArrayList<>();
        calls.issue(key).path("comments").forEach(c -> authors.add(c.path("author").asText()));
        return authors;
    }

    @Test
    void aManagerAnswersHerClientAsHerselfAndTheTextDecidesTheReply() {
        SandboxClient.Answer posted = post("ivanova", "WEB-1", Map.of("body", "Получили, ответим до четверга"));

        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        assertThat(authors("WEB-1")).containsExactly("ivanova");
        JsonNode sla = calls.sla("WEB-1");
        assertThat(sla.path("awaiting").asBoolean()).as("the client's wait ended").isFalse();
        assertThat(sla.path("promise").path("by").asText()).isEqualTo("ivanova");
        assertThat(Rest.instant(sla.path("promise").path("due"))).isEqualTo(Rest.parseInstant(PROMISED_THURSDAY));
        assertThat(sla.path("timeline").toString()).contains("holding: text \\\"получили\\\"")
                .contains("\"holding\":{\"how\":\"TEXT\",\"phrase\":\"получили\"}");
    }

    @Test
    void staffPostOnlyAsThemselvesNeverAsAnotherNameOrTheClient() {
        List<String> before = authors("WEB-2");

        SandboxClient.Answer asPetrova = post("ivanova", "WEB-2", Map.of("author", "petrova", "body", "Done."));
        SandboxClient.Answer asClient = post("operator", "WEB-2", Map.of("author", "client", "body", "Thanks!"));

        assertThat(asPetrova.status()).as(asPetrova.body().toString()).isEqualTo(403);
        assertThat(asPetrova.body().path("field").asText()).isEqualTo("author");
        assertThat(asClient.status()).as(asClient.body().toString()).isEqualTo(403);
        assertThat(authors("WEB-2")).as("nothing stored").isEqualTo(before);
        assertThat(calls.sla("WEB-2").path("awaiting").asBoolean()).isTrue();

        SandboxClient.Answer ownName = post("ivanova", "WEB-2", Map.of("author", "ivanova", "body", "Done."));
        assertThat(ownName.status()).as("her own name, on her colleague's issue she covers").isEqualTo(201);
        assertThat(authors("WEB-2")).endsWith("ivanova");
    }

    @Test
    void anIssueTheManagerMayNotBrowseIsNotFound() {
        SandboxClient.Answer posted = post("ivanova", "WEB-3", Map.of("body", "Answered."));

        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(404);
        assertThat(authors("WEB-3")).isEmpty();
        assertThat(post("operator", "WEB-3", Map.of("body", "The operator may.")).status()).isEqualTo(201);
        assertThat(authors("WEB-3")).containsExactly("operator");
    }

    @Test
    void theMarkAndThePromiseComeFromTheReplyBox() {
        calls.createIssue("WEB-4", "ivanova");
        SandboxClient.Answer marked = post("ivanova", "WEB-4", Map.of("body", "Looking into your invoice.",
                "holding", true, "promise", "2026-11-03T12:00:00+03:00"));
        assertThat(marked.status()).as(marked.body().toString()).isEqualTo(201);
        assertThat(Rest.instant(calls.sla("WEB-4").path("promise").path("due")))
                .isEqualTo(Rest.parseInstant("2026-11-03T12:00:00+03:00"));

        SandboxClient.Answer answer = post("ivanova", "WEB-4", Map.of("body", "Получили, ответим до четверга",
                "holding", false));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        JsonNode sla = calls.sla("WEB-4");
        assertThat(sla.path("promise").isNull()).as("detection turned off: an answer, the promise kept").isTrue();
        assertThat(sla.path("timeline").toString()).contains("holding: marked", "holding: turned off");
        List<String> outcomes = new ArrayList<>();
        calls.get("ivanova", BACKSTOP + "promises").forEach(p -> {
            if (p.path("issue").asText().equals("WEB-4")) {
                outcomes.add(p.path("outcome").asText());
            }
        });
        assertThat(outcomes).containsExactly("KEPT");

        SandboxClient.Answer bad = post("ivanova", "WEB-4", Map.of("body", "x", "holding", "yes"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("holding");
    }

    @Test
    void theAdminStillActsForAnyone() {
        calls.createIssue("WEB-5", "sidorova");
        assertThat(post("admin", "WEB-5", Map.of("author", "client", "body", "Hello?")).status()).isEqualTo(201);
        assertThat(post("admin", "WEB-5", Map.of("author", "sidorova", "body", "Hello!")).status()).isEqualTo(201);
        assertThat(post("admin", "WEB-5", Map.of("body", "Who am I?")).status())
                .as("the admin is nobody in the department: an author is required").isEqualTo(400);
        assertThat(authors("WEB-5")).containsExactly("client", "sidorova");
    }
}
