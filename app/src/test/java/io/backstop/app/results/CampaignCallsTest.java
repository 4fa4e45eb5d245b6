package io.backstop.app.results;

import static io.backstop.app.results.CampaignWaitingTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.sales.CampaignsResource;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.SkipReason;
import io.backstop.core.upsell.Skipped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 3: a campaign skips a client with a broken promise, and each row to call has a caller (the
 * client's manager unless the head gives it to somebody else) and the outcome that caller records.
 */
class CampaignCallsTest {

    static final LocalDate ON = CampaignWaitingTest.ON;
    static final Instant NOW = at(ON + "T15:00");

    TestHost host;
    ResponseDesk responses;
    ResultsDesk results;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(ResultsDeskTest.DEPARTMENT));
        responses = host.backstop.responses();
        results = host.backstop.results();
        results.replaceSettings(ResultsSettings.read(
                "{\"campaigns\": [{\"code\": \"ads-after-seo\", \"ordered\": \"seo\", \"offer\": \"ads\"}]}"));
        seoOrder("acme", "ivanova");
        seoOrder("bolt", "petrova");
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private void seoOrder(String client, String manager) {
        String id = "SEO-" + client;
        results.debt().recordReceivable(new Receivable(id, client, 3_000_000, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-10")), Optional.of(manager), Optional.of("seo"));
        results.debt().recordPayment(new Payment(id, 3_000_000, LocalDate.parse("2026-10-05")));
    }

    private CampaignsResource as(String user) {
        Access access = new Access(() -> Optional.of(user), new TestHost.OpenDirectory(), host.backstop.settings(),
                (u, issue) -> true);
        return new CampaignsResource(access, results.sales(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JsonNode body(jakarta.ws.rs.core.Response response) {
        return Json.object((String) response.getEntity());
    }

    private static JsonNode row(JsonNode list, String client) {
        for (JsonNode row : list.get("calls")) {
            if (row.get("client").asText().equals(client)) {
                return row;
            }
        }
        return null;
    }

    @Test
    void aClientWithABrokenPromiseIsSkippedWithThatReason() {
        IssueFacts issue = new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "acme");
        responses.issueCreated(issue, "client", at(ON + "T09:30"));
        responses.commentAdded(issue, "ivanova", false, at(ON + "T09:40"),
                new ReplyFacts("Получили, ответим к полудню", true, at(ON + "T12:00"), null));
        responses.tick(at(ON + "T12:05"));

        CallList list = results.sales().callList("ads-after-seo", ON, NOW);

        assertThat(list.skipped()).extracting(Skipped::client).containsExactly("acme");
        assertThat(list.skipped().get(0).reasons()).contains(SkipReason.BROKEN_PROMISE);
    }

    @Test
    void theCallerIsTheManagerAndRecordsTheOutcome() {
        JsonNode acme = row(body(as("ivanova").campaign("ads-after-seo", null, null)), "acme");
        assertThat(acme.get("caller").asText()).isEqualTo("ivanova");
        assertThat(acme.get("mayRecord").asBoolean()).isTrue();
        assertThat(acme.get("outcome").isNull()).isTrue();

        JsonNode done = body(as("ivanova").recordOutcome("ads-after-seo",
                "{\"client\": \"acme\", \"outcome\": \"REACHED_OFFER_MADE\"}"));

        assertThat(done.get("outcome").asText()).isEqualTo("REACHED_OFFER_MADE");
        assertThat(done.get("outcomeBy").asText()).isEqualTo("ivanova");
        assertThat(row(body(as("head").campaign("ads-after-seo", null, null)), "acme").get("outcome").asText())
                .isEqualTo("REACHED_OFFER_MADE");
    }

    @Test
    void aManagerRecordsOnlyTheRowsTheyCall() {
        assertThatThrownBy(() -> as("petrova").recordOutcome("ads-after-seo",
                "{\"client\": \"acme\", \"outcome\": \"DECLINED\"}"))
                .isInstanceOf(ApiError.class).extracting("status").isEqualTo(403);
        assertThat(row(body(as("head").campaign("ads-after-seo", null, null)), "acme").get("outcome").isNull())
                .isTrue();
    }

    @Test
    void theHeadGivesARowToAnotherCallerWhoThenSeesAndRecordsIt() {
        assertThatThrownBy(() -> as("ivanova").assignCaller("ads-after-seo",
                "{\"client\": \"acme\", \"caller\": \"ivanova\"}"))
                .isInstanceOf(ApiError.class).extracting("status").isEqualTo(403);

        as("head").assignCaller("ads-after-seo", "{\"client\": \"acme\", \"caller\": \"sidorova\"}");

        JsonNode sidorovas = body(as("sidorova").campaign("ads-after-seo", null, null));
        assertThat(sidorovas.get("calls")).extracting(r -> r.get("client").asText()).containsExactly("acme");
        assertThatThrownBy(() -> as("ivanova").recordOutcome("ads-after-seo",
                "{\"client\": \"acme\", \"outcome\": \"LATER\"}")).extracting("status").isEqualTo(403);
        as("sidorova").recordOutcome("ads-after-seo", "{\"client\": \"acme\", \"outcome\": \"NOT_REACHED\"}");
        assertThat(row(body(as("head").campaign("ads-after-seo", null, null)), "acme").get("outcome").asText())
                .isEqualTo("NOT_REACHED");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> as("ivanova").recordOutcome("ads-after-seo",
                "{\"client\": \"acme\", \"outcome\": \"SOLD\"}")).extracting("field").isEqualTo("outcome");
        assertThatThrownBy(() -> as("head").recordOutcome("ads-after-seo",
                "{\"client\": \"nobody\", \"outcome\": \"LATER\"}")).extracting("field").isEqualTo("client");
        assertThatThrownBy(() -> as("head").assignCaller("ads-after-seo",
                "{\"client\": \"acme\", \"caller\": \"stranger\"}")).hasMessageStartingWith("caller:");
        assertThatThrownBy(() -> as("head").assignCaller("nope", "{\"client\": \"acme\", \"caller\": \"ivanova\"}"))
                .extracting("status").isEqualTo(404);
    }
}
