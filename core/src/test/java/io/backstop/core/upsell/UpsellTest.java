package io.backstop.core.upsell;

import static io.backstop.core.upsell.OfferStatus.ACCEPTED;
import static io.backstop.core.upsell.OfferStatus.DECLINED;
import static io.backstop.core.upsell.OfferStatus.PRESENTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adjacency table, offers, conversion and points per person. */
class UpsellTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private final AdjacencyTable table = AdjacencyTable.departmentDefault();

    static Offer offer(String by, String client, String basis, String service, OfferStatus status) {
        return new Offer("WEB-1", client, basis, service, status, 1_500_000, by, T);
    }

    @Test
    void theTableSaysWhatToOfferMostPointsFirst() {
        assertThat(table.from(Services.SITE_SUPPORT)).extracting(Adjacency::to)
                .containsExactly(Services.DEVELOPMENT, Services.DIRECT, Services.SEO, Services.BANNER, Services.NEWS);
        assertThat(table.find(Services.SEO, Services.DIRECT)).hasValue(new Adjacency("seo", "direct", 2, 15));
        assertThat(table.find(Services.HOSTING, Services.BANNER)).isEmpty();
    }

    @Test
    void answersPerPerson() {
        List<Offer> offers = List.of(
                offer("anna", "c1", "site-support", "seo", ACCEPTED),
                offer("anna", "c2", "site-support", "direct", DECLINED),
                offer("anna", "c3", "site-support", "development", ACCEPTED),
                offer("anna", "c4", "seo", "direct", PRESENTED),
                offer("boris", "c5", "direct", "banner", DECLINED));
        assertThat(Upsells.conversion(offers)).isEqualTo(new Conversion(5, 2));
        assertThat(Upsells.conversionByPerson(offers)).containsExactly(
                Map.entry("anna", new Conversion(4, 2)), Map.entry("boris", new Conversion(1, 0)));
        assertThat(Upsells.conversionByPerson(offers).get("anna").rate()).isEqualTo(0.5);
    }

    @Test
    void noOffersNoConversion() {
        assertThat(Upsells.conversion(List.of()).rate()).isZero();
    }

    @Test
    void anOfferIsAnsweredOnce() {
        Offer made = offer("anna", "c1", "seo", "direct", PRESENTED);
        assertThat(made.withStatus(ACCEPTED).status()).isEqualTo(ACCEPTED);
        assertThat(made.withStatus(ACCEPTED).at()).isEqualTo(made.at());
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new Adjacency("seo", "direct", 2, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("points: must not be negative, got -1");
        assertThatThrownBy(() -> new Adjacency("seo", "seo", 2, 1)).hasMessageStartingWith("to: must differ");
        assertThatThrownBy(() -> new Adjacency("seo", "direct", 0, 1)).hasMessageStartingWith("level: must be positive");
        assertThatThrownBy(() -> new AdjacencyTable(List.of(new Adjacency("seo", "direct", 1, 1),
                new Adjacency("seo", "direct", 2, 2)))).hasMessage("rows[1]: seo -> direct is listed twice");
        assertThatThrownBy(() -> new Offer("WEB-1", "c1", "seo", "direct", ACCEPTED, -5, "anna", T))
                .hasMessageStartingWith("amountKopecks: must not be negative");
        assertThatThrownBy(() -> new Offer("WEB-1", "c1", "seo", "direct", null, 0, "anna", T))
                .hasMessage("status: must not be null");
        assertThatThrownBy(() -> new Conversion(1, 2)).hasMessageStartingWith("accepted: must not exceed presented");
    }
}
