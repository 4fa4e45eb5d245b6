package io.backstop.core.upsell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Offer checklists: what each client must be offered, and how much of it was, per client and per manager. */
class LotoCardsTest {

    private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    private final LotoCards cards = LotoCards.departmentDefault();

    private static Offer offered(String client, String service, OfferStatus status) {
        return new Offer("WEB-1", client, "site-support", service, status, 0, "anna", T);
    }

    @Test
    void requiredIsTheUnionOfTheCardsMinusWhatTheClientHas() {
        assertThat(cards.required(List.of(Services.SITE_SUPPORT)))
                .containsExactly(Services.SEO, Services.DIRECT, Services.DEVELOPMENT);
        assertThat(cards.required(List.of(Services.SITE_SUPPORT, Services.SEO)))
                .containsExactly(Services.DIRECT, Services.DEVELOPMENT);
        assertThat(cards.required(List.of(Services.HOSTING))).isEmpty();
    }

    @Test
    void anOfferCountsWhateverTheAnswer() {
        ClientCoverage c = cards.coverage("alfa", List.of(Services.SITE_SUPPORT), List.of(
                offered("alfa", Services.SEO, OfferStatus.DECLINED),
                offered("alfa", Services.BANNER, OfferStatus.ACCEPTED),  // not on the card
                offered("beta", Services.DIRECT, OfferStatus.ACCEPTED))); // another client
        assertThat(c.required()).containsExactly("seo", "direct", "development");
        assertThat(c.made()).containsExactly("seo");
        assertThat(c.missing()).containsExactly("direct", "development");
        assertThat(c.coverage()).isEqualTo(new Coverage(3, 1));
    }

    @Test
    void coveragePerManager() {
        var byPerson = cards.coverageByPerson(
                Map.of("alfa", "anna", "beta", "anna", "gamma", "boris"),
                Map.of("alfa", Set.of(Services.SEO), "beta", Set.of(Services.DIRECT)),
                List.of(offered("alfa", Services.DIRECT, OfferStatus.PRESENTED)));
        assertThat(byPerson).containsExactly(
                Map.entry("anna", new Coverage(2, 1)), Map.entry("boris", new Coverage(0, 0)));
        assertThat(byPerson.get("boris").rate()).isEqualTo(1.0);
        assertThat(byPerson.get("anna").rate()).isEqualTo(0.5);
    }

    @Test
    void badCardsAreRefused() {
        assertThatThrownBy(() -> new LotoCard("seo", List.of("direct", "direct")))
                .hasMessage("offers[1]: \"direct\" is listed twice");
        assertThatThrownBy(() -> new LotoCard("seo", List.of("seo"))).hasMessageStartingWith("offers[0]: must differ");
        assertThatThrownBy(() -> new LotoCards(List.of(new LotoCard("seo", List.of()), new LotoCard("seo", List.of()))))
                .hasMessage("cards[1].service: \"seo\" is listed twice");
        assertThatThrownBy(() -> new Coverage(1, 2)).hasMessageStartingWith("made: must not exceed required");
    }
}
