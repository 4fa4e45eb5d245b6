package io.backstop.app.results;

import static io.backstop.app.results.ResultsDeskTest.DEPARTMENT;
import static io.backstop.app.results.ResultsDeskTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.response.IssueFacts;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;
import io.backstop.app.results.actions.IssueActionsResource;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.Receivable;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 4: {@code GET issues/{key}/actions}, what the issue panel's forms offer a person. Whose offers she
 * sees and may answer, whether she may name someone else in a complaint, which dunning steps would wait for the head:
 * each the same rule as the call the form makes.
 */
class IssueActionsTest {

    private static final Instant NOW = at("2026-11-27T10:00");

    private final TestHost host = new TestHost();
    private final Set<String> hidden = new java.util.HashSet<>(); // "user issue" pairs the tracker does not show

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        host.backstop.responses().issueCreated(new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "acme"),
                "acme", at("2026-11-27T09:00"));
        host.backstop.responses().issueCreated(new IssueFacts("WEB-2", "Client request", "Medium", "petrova", null),
                "someone", at("2026-11-27T09:00"));
        ResultsDesk results = host.backstop.results();
        // acme: site support for 600 000 roubles this year, 5 000 of it 30 days overdue; a large client
        results.debt().recordReceivable(new Receivable("A-1", "acme", 60_000_000, LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-15")), Optional.of("ivanova"), Optional.of("site-support"));
        results.debt().recordReceivable(new Receivable("A-2", "acme", 500_000, LocalDate.parse("2026-10-18"),
                LocalDate.parse("2026-10-28")), Optional.of("ivanova"), Optional.of("site-support"));
        results.debt().recordPayment(new io.backstop.core.debt.Payment("A-1", 60_000_000, LocalDate.parse("2026-06-10")));
        results.sales().recordOffer(new Offer("WEB-1", "acme", "site-support", "seo", OfferStatus.PRESENTED,
                1_500_000, "ivanova", at("2026-11-27T09:30")));
        results.sales().recordOffer(new Offer("WEB-1", "acme", "site-support", "direct", OfferStatus.PRESENTED,
                2_000_000, "petrova", at("2026-11-27T09:40")));
        results.sales().recordOffer(new Offer("WEB-9", "acme", "site-support", "news", OfferStatus.PRESENTED,
                300_000, "ivanova", at("2026-11-27T09:50")));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private JsonNode actions(String user, String issue) {
        Access access = new Access(() -> Optional.of(user), new TestHost.OpenDirectory(), host.backstop.settings(),
                (who, key) -> !hidden.contains(who + " " + key));
        ResultsDesk results = host.backstop.results();
        Response answer = new IssueActionsResource(access, results.context(), results.sales(), results.debt(),
                host.backstop.views(), Clock.fixed(NOW, ZoneOffset.UTC)).actions(issue);
        assertThat(answer.getStatus()).isEqualTo(200);
        try {
            return Json.MAPPER.readTree((String) answer.getEntity());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
        return values;
    }

    @Test
    void aManagerSeesTheIssuesClientAndOwnerAndOnlyHerOwnOffersOnThisIssueWhichSheMayAnswer() {
        JsonNode ivanova = actions("ivanova", "WEB-1");

        assertThat(ivanova.path("client").asText()).isEqualTo("acme");
        assertThat(ivanova.path("owner").asText()).isEqualTo("ivanova");
        assertThat(texts(ivanova.path("offers"), "service")).as("not petrova's, not WEB-9's").containsExactly("seo");
        assertThat(ivanova.path("offers").get(0).path("mayAnswer").asBoolean()).isTrue();
        assertThat(ivanova.path("offers").get(0).path("id").isInt()).isTrue();
        JsonNode you = ivanova.path("you");
        assertThat(you.path("nameOthers").asBoolean()).as("a manager names nobody else in a complaint").isFalse();
        assertThat(you.path("record").asBoolean()).isTrue();
        assertThat(you.path("dun").asBoolean()).isTrue();
    }

    @Test
    void theHeadSeesEveryOfferOnTheIssueMayAnswerEachAndMayNameAnyoneInAComplaint() {
        JsonNode head = actions("head", "WEB-1");

        assertThat(texts(head.path("offers"), "service")).containsExactly("seo", "direct");
        assertThat(head.path("offers")).allSatisfy(o -> assertThat(o.path("mayAnswer").asBoolean()).isTrue());
        assertThat(head.path("you").path("nameOthers").asBoolean()).isTrue();
        assertThat(texts(head.path("people"), "name")).contains("head", "operator", "ivanova", "petrova");
    }

    @Test
    void theDirectorMayNameSomeoneInAComplaintAsTheHeadMay() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.replace("{ \"name\": \"head\", \"role\": \"HEAD\" },",
                "{ \"name\": \"head\", \"role\": \"HEAD\" }, { \"name\": \"director\", \"role\": \"DIRECTOR\" },")));

        assertThat(actions("director", "WEB-1").path("you").path("nameOthers").asBoolean()).isTrue();
        assertThat(actions("operator", "WEB-1").path("you").path("nameOthers").asBoolean()).isFalse();
    }

    @Test
    void anAdministratorOutsideTheDepartmentSeesEveryOfferButHasNoRankToNameSomeoneInAComplaint() {
        JsonNode admin = actions("admin", "WEB-1");

        assertThat(texts(admin.path("offers"), "service")).containsExactly("seo", "direct");
        assertThat(admin.path("offers")).allSatisfy(o -> assertThat(o.path("mayAnswer").asBoolean()).isTrue());
        assertThat(admin.path("you").path("nameOthers").asBoolean()).isFalse();
        assertThat(admin.path("you").path("record").asBoolean()).as("offers and work are a member's own").isFalse();
        assertThat(admin.path("you").path("dun").asBoolean()).isFalse();
    }

    @Test
    void anAnsweredOfferIsNoLongerAnswerable() {
        long id = actions("ivanova", "WEB-1").path("offers").get(0).path("id").asLong();
        host.backstop.results().sales().answerOffer((int) id, OfferStatus.DECLINED);

        JsonNode offer = actions("head", "WEB-1").path("offers").get(0);
        assertThat(offer.path("status").asText()).isEqualTo("DECLINED");
        assertThat(offer.path("mayAnswer").asBoolean()).isFalse();
    }

    @Test
    void theFormsChoicesComeFromTheResultsSettingsAndTheClientsInvoices() {
        JsonNode operator = actions("operator", "WEB-1");

        assertThat(texts(operator.path("operations"), "code"))
                .contains("incoming-call", "small-job-estimate", "client-meeting", "job-handoff");
        assertThat(operator.path("operations").get(0).path("standard").asBoolean()).as("named in the reader's language")
                .isTrue();
        assertThat(texts(operator.path("clientServices"), null)).containsExactly("site-support");
        assertThat(texts(operator.path("services"), null)).contains("site-support", "seo", "direct", "development");
        assertThat(operator.path("adjacency").findValuesAsText("to")).contains("seo");
        assertThat(operator.path("debt").path("overdueKopecks").asLong()).isEqualTo(500_000);
        assertThat(operator.path("debt").path("daysOverdue").asLong()).isEqualTo(30);
        // issue 17: acme's value is medium (0.5 x 0.605 + 0.2 x 5/36 + 0.3 x 1/2 = 0.48), so the head comes in at
        // day 15, not 31: on day 30 the debt is the head's
        assertThat(operator.path("debt").path("value").path("tier").asText()).isEqualTo("MEDIUM");
        assertThat(operator.path("debt").path("value").path("score").asDouble()).isEqualTo(0.48);
        assertThat(operator.path("debt").path("headFromDays").asInt()).isEqualTo(15);
        assertThat(operator.path("debt").path("escalation").asText()).isEqualTo("HEAD");
    }

    @Test
    void theHeadsOwnOrRenamedOperationsKeepTheHeadsWordsTheDefaultOnesAreNamedInTheReadersLanguage() {
        host.backstop.results().replaceSettings(io.backstop.app.results.common.ResultsSettings.read("""
                {"catalog": [{"code": "incoming-call", "name": "Take an incoming call", "minutes": 10},
                             {"code": "client-meeting", "name": "Встреча в офисе клиента", "minutes": 90},
                             {"code": "site-audit", "name": "Аудит сайта", "minutes": 120}]}"""));

        JsonNode operations = actions("ivanova", "WEB-1").path("operations");

        assertThat(operations.findValuesAsText("code")).containsExactly("incoming-call", "client-meeting", "site-audit");
        assertThat(operations.findValuesAsText("standard")).containsExactly("true", "false", "false");
        assertThat(operations.get(1).path("minutes").asInt()).isEqualTo(90);
    }

    @Test
    void theStepsTheGuardWouldHoldAreTheHardOnesForAManagerAndNoneForTheHead() {
        List<String> heldForIvanova = new ArrayList<>();
        actions("ivanova", "WEB-1").path("dunning").forEach(step -> {
            if (step.path("heldForTheHead").asBoolean()) {
                heldForIvanova.add(step.path("action").asText());
            }
        });
        assertThat(heldForIvanova).containsExactly("CLAIM_LETTER", "SUSPEND_WORK", "LEGAL");
        assertThat(actions("head", "WEB-1").path("dunning").findValuesAsText("heldForTheHead")).containsOnly("false");
    }

    @Test
    void anIssueWithoutAClientOffersNoDebtAndAnIssueOneMayNotBrowseIsNotFound() {
        JsonNode noClient = actions("head", "WEB-2");
        assertThat(noClient.path("client").isNull()).isTrue();
        assertThat(noClient.has("debt")).isFalse();
        assertThat(noClient.path("clientServices")).isEmpty();

        hidden.add("sidorova WEB-1");
        assertThatThrownBy(() -> actions("sidorova", "WEB-1")).isInstanceOf(ApiError.class)
                .satisfies(e -> assertThat(((ApiError) e).status()).isEqualTo(404));
        assertThatThrownBy(() -> actions("head", "NOPE-1")).isInstanceOf(ApiError.class)
                .satisfies(e -> assertThat(((ApiError) e).status()).isEqualTo(404));
    }
}
