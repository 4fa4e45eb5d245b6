package io.backstop.app.results;

import static io.backstop.app.results.ResultsDeskTest.DEPARTMENT;
import static io.backstop.app.results.ResultsDeskTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.sales.SalesDesk;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.Receivable;
import io.backstop.core.upsell.Coverage;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loto-card coverage judges a manager on the head's screen, so each way a manager could pad it is tried here and
 * must leave her figure where her clients' real offers put it. Ivanova leads acme (site support: seo and direct are
 * due) and beta (seo: direct is due); petrova leads gamma. Nothing is offered yet: ivanova is at 0 of 3.
 */
class LotoCoverageHonestyTest {

    static final LocalDate ON = LocalDate.parse("2026-11-27");

    TestHost host;
    ResultsDesk desk;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        desk = host.backstop.results();
        desk.replaceSettings(ResultsSettings.read("""
                {"lotoCards": [{"service": "site-support", "offers": ["seo", "direct"]},
                               {"service": "seo", "offers": ["direct"]}]}"""));
        invoice("A-1", "acme", "ivanova", "site-support");
        invoice("B-1", "beta", "ivanova", "seo");
        invoice("C-1", "gamma", "petrova", "site-support");
        assertThat(ivanova()).isEqualTo(new Coverage(3, 0));
    }

    private void invoice(String id, String client, String manager, String service) {
        desk.debt().recordReceivable(new Receivable(id, client, 1_000_000, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-11")), Optional.of(manager), Optional.of(service));
    }

    private void offer(String client, String service, String by, String at) {
        desk.sales().recordOffer(new Offer("WEB-1", client, "site-support", service, OfferStatus.PRESENTED, 1_500_000, by,
                at(at)));
    }

    private Coverage ivanova() {
        SalesDesk.LotoCoverage coverage = desk.sales().lotoCoverage(ON, Optional.empty());
        return coverage.byManager().getOrDefault("ivanova", Coverage.NONE);
    }

    @Test
    void offeringTheSameServiceAgainAndAgainCountsOnce() {
        for (int i = 0; i < 5; i++) {
            offer("acme", "seo", "ivanova", "2026-11-0" + (2 + i) + "T10:00");
        }
        assertThat(ivanova()).isEqualTo(new Coverage(3, 1));
    }

    @Test
    void offersToAColleaguesClientsDoNotRaiseOnesOwnCoverage() {
        offer("gamma", "seo", "ivanova", "2026-11-02T10:00");
        offer("gamma", "direct", "ivanova", "2026-11-02T10:05");
        assertThat(ivanova()).isEqualTo(new Coverage(3, 0));
    }

    @Test
    void offersOfServicesNoCardAsksForOrTheClientAlreadyHasDoNotCount() {
        offer("acme", "site-support", "ivanova", "2026-11-02T10:00"); // acme has it
        offer("acme", "hosting", "ivanova", "2026-11-02T10:05");      // not on acme's card
        offer("beta", "seo", "ivanova", "2026-11-02T10:10");          // beta has it
        assertThat(ivanova()).isEqualTo(new Coverage(3, 0));
    }

    @Test
    void anOfferToAClientNobodyInvoicedAddsNoEasyClient() {
        offer("made-up client", "seo", "ivanova", "2026-11-02T10:00");
        SalesDesk.LotoCoverage coverage = desk.sales().lotoCoverage(ON, Optional.empty());
        assertThat(coverage.managerOf()).doesNotContainKey("made-up client");
        assertThat(ivanova()).isEqualTo(new Coverage(3, 0));
    }

    @Test
    void anOfferDatedAfterTheDayDoesNotCountOnIt() {
        offer("beta", "direct", "ivanova", "2026-11-28T10:00");
        assertThat(ivanova()).isEqualTo(new Coverage(3, 0));
        assertThat(desk.sales().lotoCoverage(ON.plusDays(1), Optional.empty()).byManager().get("ivanova"))
                .isEqualTo(new Coverage(3, 1));
    }

    @Test
    void theManagerIsTheOneOnTheLatestInvoiceSoAnOldOneDoesNotMoveAClientBack() {
        desk.debt().recordReceivable(new Receivable("A-0", "acme", 1_000_000, LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-11")), Optional.of("petrova"), Optional.of("site-support"));
        SalesDesk.LotoCoverage coverage = desk.sales().lotoCoverage(ON, Optional.empty());
        assertThat(coverage.managerOf()).containsEntry("acme", "ivanova").containsEntry("gamma", "petrova");
        assertThat(ivanova()).isEqualTo(new Coverage(3, 0));
    }
}
