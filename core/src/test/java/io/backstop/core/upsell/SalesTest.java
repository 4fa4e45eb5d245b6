package io.backstop.core.upsell;

import static io.backstop.core.upsell.OfferStatus.ACCEPTED;
import static io.backstop.core.upsell.OfferStatus.DECLINED;
import static io.backstop.core.upsell.OfferStatus.PRESENTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: an offer is sold by an invoice, not by the manager's word; points are level x amount band. */
class SalesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant MARCH_2 = Instant.parse("2026-03-02T10:00:00Z");
    private final AdjacencyTable table = AdjacencyTable.departmentDefault();
    private final UpsellRules rules = UpsellRules.DEFAULT;

    static Offer offer(String by, String client, String service, OfferStatus status, long kopecks, Instant at) {
        return new Offer("WEB-1", client, "site-support", service, status, kopecks, by, at);
    }

    static Invoice invoice(String id, String client, String service, long kopecks, String on) {
        return new Invoice(id, client, service, kopecks, LocalDate.parse(on));
    }

    private List<Sale> sales(List<Offer> offers, List<Invoice> invoices) {
        return Upsells.sales(rules, table, MOSCOW, offers, invoices);
    }

    @Test
    void theDefaultBandsScaleWithTheAmount() {
        assertThat(rules.soldWithinDays()).isEqualTo(60);
        assertThat(rules.bandPoints(1)).isZero();
        assertThat(rules.bandPoints(99_999)).isZero();
        assertThat(rules.bandPoints(100_000)).isEqualTo(2);
        assertThat(rules.bandPoints(2_000_000)).isEqualTo(10);
        assertThat(rules.bandPoints(15_000_000)).isEqualTo(20);
    }

    @Test
    void selfDeclaredAcceptedOffersOfOneKopeckAndNothingEarnNoPoints() {
        // the attempt: two "accepted" offers (1 kopeck, 0 roubles) earned 55 of the 60-point target
        List<Offer> offers = List.of(offer("anna", "c1", "development", ACCEPTED, 1, MARCH_2),
                offer("anna", "c2", "seo", ACCEPTED, 0, MARCH_2));
        PersonSales anna = Upsells.byPerson(sales(offers, List.of())).get("anna");
        assertThat(anna).isEqualTo(new PersonSales("anna", 2, 2, 0, 0, 0));
    }

    @Test
    void anAcceptedOfferWithoutAnInvoiceEarnsNothing() {
        Sale sale = sales(List.of(offer("anna", "c1", "seo", ACCEPTED, 2_000_000, MARCH_2)), List.of()).get(0);
        assertThat(sale.sold()).isFalse();
        assertThat(sale.points()).isZero();
    }

    @Test
    void anInvoiceForTheServiceToTheClientWithinTheDaysSellsWhateverTheAnswer() {
        List<Sale> sold = sales(List.of(offer("anna", "c1", "seo", DECLINED, 2_000_000, MARCH_2)),
                List.of(invoice("INV-1", "c1", "seo", 2_500_000, "2026-05-01")));
        // level 2 (site-support -> seo) x the 15,000-rouble band's 10 points; the invoiced roubles, not the offered
        assertThat(sold.get(0).points()).isEqualTo(20);
        assertThat(sold.get(0).soldKopecks()).isEqualTo(2_500_000);
    }

    @Test
    void anInvoiceForAnotherServiceOrAnotherClientDoesNotCount() {
        Offer offer = offer("anna", "c1", "seo", ACCEPTED, 2_000_000, MARCH_2);
        assertThat(sales(List.of(offer), List.of(invoice("INV-1", "c1", "direct", 2_000_000, "2026-03-03"),
                invoice("INV-2", "c2", "seo", 2_000_000, "2026-03-03"))).get(0).sold()).isFalse();
    }

    @Test
    void anInvoiceBeforeTheOfferOrAfterTheDaysDoesNotCount() {
        Offer offer = offer("anna", "c1", "seo", ACCEPTED, 2_000_000, MARCH_2);
        assertThat(sales(List.of(offer), List.of(invoice("INV-1", "c1", "seo", 2_000_000, "2026-03-01")))
                .get(0).sold()).isFalse();
        // nor on its own day: an offer recorded once the invoice is out would claim somebody else's sale
        assertThat(sales(List.of(offer), List.of(invoice("INV-1", "c1", "seo", 2_000_000, "2026-03-02")))
                .get(0).sold()).isFalse();
        // March 2 + 60 days = May 1: the last day that counts
        assertThat(sales(List.of(offer), List.of(invoice("INV-1", "c1", "seo", 2_000_000, "2026-05-02")))
                .get(0).sold()).isFalse();
        assertThat(sales(List.of(offer), List.of(invoice("INV-1", "c1", "seo", 2_000_000, "2026-05-01")))
                .get(0).sold()).isTrue();
    }

    @Test
    void oneInvoiceSellsOneOfferTheLatestBeforeIt() {
        List<Offer> offers = List.of(offer("anna", "c1", "seo", ACCEPTED, 2_000_000, MARCH_2),
                offer("boris", "c1", "seo", ACCEPTED, 2_000_000, MARCH_2.plusSeconds(86_400)));
        List<Sale> sold = sales(offers, List.of(invoice("INV-1", "c1", "seo", 2_000_000, "2026-03-10")));
        assertThat(sold).extracting(Sale::sold).containsExactly(false, true);
        assertThat(Upsells.byPerson(sold).get("anna").points()).isZero();
    }

    @Test
    void anOfferOffTheTableSellsButEarnsNoPoints() {
        Offer offer = new Offer("WEB-1", "c1", "hosting", "banner", PRESENTED, 500_000, "anna", MARCH_2);
        Sale sale = sales(List.of(offer), List.of(invoice("INV-1", "c1", "banner", 500_000, "2026-03-03"))).get(0);
        assertThat(sale.sold()).isTrue();
        assertThat(sale.points()).isZero();
    }

    @Test
    void aBasisTheClientDoesNotHaveEarnsNoPoints() {
        // a ready-site client offered site support (level 1) claims hosting as the basis (hosting -> support: level 2)
        Offer offer = new Offer("WEB-1", "c1", "hosting", "site-support", ACCEPTED, 2_000_000, "anna", MARCH_2);
        List<Invoice> sold = List.of(invoice("INV-1", "c1", "site-support", 2_000_000, "2026-03-10"));
        assertThat(Upsells.sales(rules, table, MOSCOW, List.of(offer), sold).get(0).points()).isEqualTo(20);
        Sale honest = Upsells.sales(rules, table, MOSCOW, List.of(offer), sold, o -> false).get(0);
        assertThat(honest.sold()).isTrue();
        assertThat(honest.points()).isZero();
    }

    @Test
    void badRulesNameTheField() {
        assertThatThrownBy(() -> new UpsellRules(0, List.of())).hasMessageStartingWith("soldWithinDays:");
        assertThatThrownBy(() -> new UpsellRules(60, List.of(new AmountBand(5_000, 5), new AmountBand(1_000, 2))))
                .hasMessageStartingWith("bands[1].fromRoubles:");
        assertThatThrownBy(() -> new AmountBand(0, 5)).hasMessageStartingWith("fromRoubles:");
        assertThatThrownBy(() -> new AmountBand(1_000, -1)).hasMessageStartingWith("points:");
    }
}
