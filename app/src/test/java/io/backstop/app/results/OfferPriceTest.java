package io.backstop.app.results;

import static io.backstop.app.results.ResultsDeskTest.DEPARTMENT;
import static io.backstop.app.results.ResultsDeskTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.results.sales.SalesResource;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.Receivable;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.upsell.PersonSales;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 4: an offer names its price. Upsell points are earned by accepted offers and the loto cards count
 * every offer made, so an offer "for nothing" would be points and coverage for no sale. Each test is one way to try.
 */
class OfferPriceTest {

    private static final LocalDate ON = LocalDate.parse("2026-11-27");

    private final TestHost host = new TestHost();
    private ResultsDesk desk;

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        desk = host.backstop.results();
        desk.debt().recordReceivable(new Receivable("A-1", "acme", 1_000_000, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-11")), Optional.of("ivanova"), Optional.of("site-support"));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private static Offer offer(OfferStatus status, long kopecks) {
        return new Offer("WEB-1", "acme", "site-support", "seo", status, kopecks, "ivanova", at("2026-11-02T10:00"));
    }

    private long ivanovasPoints() {
        return desk.sales().upsells(at("2026-11-01T00:00"), at("2026-12-01T00:00"), Optional.of("ivanova"))
                .byPerson().values().stream().mapToLong(PersonSales::points).sum();
    }

    @Test
    void anAcceptedOfferForNothingEarnsNoPointsBecauseItIsRefused() {
        assertThatThrownBy(() -> desk.sales().recordOffer(offer(OfferStatus.ACCEPTED, 0)))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("amountKopecks");

        assertThat(ivanovasPoints()).isZero();
        assertThat(desk.sales().lotoCoverage(ON, Optional.of("ivanova")).clients())
                .allSatisfy(client -> assertThat(client.missing()).contains("seo"));
    }

    @Test
    void aPresentedOfferForNothingAnsweredLaterIsRefusedAtTheStart() {
        assertThatThrownBy(() -> desk.sales().recordOffer(offer(OfferStatus.PRESENTED, 0)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("amountKopecks");
        assertThat(desk.sales().upsells(at("2026-11-01T00:00"), at("2026-12-01T00:00"), Optional.empty()).offers())
                .isEmpty();
    }

    @Test
    void anOfferWithAPriceCountsOnceAnInvoiceSellsIt() {
        var made = desk.sales().recordOffer(offer(OfferStatus.PRESENTED, 1_500_000));
        desk.sales().answerOffer(made.id(), OfferStatus.ACCEPTED);
        assertThat(ivanovasPoints()).isZero(); // issue 17: the manager's word earns nothing
        desk.debt().recordReceivable(new Receivable("S-1", "acme", 1_500_000, LocalDate.parse("2026-11-10"),
                LocalDate.parse("2026-11-20")), Optional.of("ivanova"), Optional.of("seo"));
        assertThat(ivanovasPoints()).isPositive();
    }

    @Test
    void overRestAnOfferWithoutItsAmountIsBadInputNamingIt() {
        Access ivanova = new Access(() -> Optional.of("ivanova"), new TestHost.OpenDirectory(),
                host.backstop.settings(), (user, issue) -> true);
        SalesResource rest = new SalesResource(ivanova, desk.sales(), Clock.fixed(at("2026-11-02T10:00"), ZoneOffset.UTC));
        for (String body : List.of(
                "{\"issue\": \"WEB-1\", \"client\": \"acme\", \"basis\": \"site-support\", \"service\": \"seo\"}",
                "{\"issue\": \"WEB-1\", \"client\": \"acme\", \"basis\": \"site-support\", \"service\": \"seo\","
                        + " \"amountKopecks\": 0, \"status\": \"ACCEPTED\"}")) {
            assertThatThrownBy(() -> rest.recordOffer(body)).as(body)
                    .satisfies(e -> assertThat(field(e)).isEqualTo("amountKopecks"));
        }
        assertThat(ivanovasPoints()).isZero();
    }

    /** The field a refusal names, whether the resource or the desk refused it. */
    private static String field(Throwable e) {
        return e instanceof ApiError api ? api.field() : ((InvalidFieldException) e).field();
    }
}
