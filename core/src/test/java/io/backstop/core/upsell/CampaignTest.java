package io.backstop.core.upsell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Everyone who ordered N in the last 3 months -> offer M", minus those the department must not call. */
class CampaignTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate ON = LocalDate.of(2026, 6, 15);
    private final Campaign bannersToDirect = new Campaign("banner-to-direct", Services.BANNER, Services.DIRECT);

    private static Order banner(String client, LocalDate on) {
        return new Order(client, Services.BANNER, on);
    }

    @Test
    void callsEveryoneWhoOrderedInTheWindowFreshestFirst() {
        List<Order> orders = List.of(
                banner("alfa", LocalDate.of(2026, 3, 15)),     // first day of the window
                banner("beta", LocalDate.of(2026, 6, 1)),
                banner("beta", LocalDate.of(2026, 4, 1)),
                banner("gamma", LocalDate.of(2026, 3, 14)),    // a day too early
                banner("delta", LocalDate.of(2026, 6, 16)),    // after the run date
                new Order("omega", Services.SEO, LocalDate.of(2026, 6, 1)));
        CallList list = bannersToDirect.callList(ON, MOSCOW, orders, List.of(), Set.of(), Set.of(), Set.of());
        assertThat(list.calls()).containsExactly(
                new Call("beta", LocalDate.of(2026, 6, 1)), new Call("alfa", LocalDate.of(2026, 3, 15)));
        assertThat(list.skipped()).isEmpty();
        assertThat(bannersToDirect.lookbackMonths()).isEqualTo(3);
    }

    @Test
    void skipsComplaintsDebtsOwnersThoseAlreadyOfferedAndThoseWaitingForAnAnswer() {
        LocalDate may = LocalDate.of(2026, 5, 5);
        List<Order> orders = List.of(banner("angry", may), banner("owing", may), banner("both", may),
                banner("has", may), new Order("has", Services.DIRECT, may), banner("asked", may),
                banner("asked-long-ago", may), banner("fine", may), banner("waiting", may));
        List<Offer> offers = List.of(
                new Offer("WEB-7", "asked", "banner", "direct", OfferStatus.DECLINED, 0, "anna",
                        Instant.parse("2026-05-20T09:00:00Z")),
                new Offer("WEB-8", "asked-long-ago", "banner", "direct", OfferStatus.DECLINED, 0, "anna",
                        Instant.parse("2026-03-14T09:00:00Z")));
        CallList list = bannersToDirect.callList(ON, MOSCOW, orders, offers, Set.of("angry", "both"),
                Set.of("owing", "both"), Set.of("waiting", "never-ordered"));
        assertThat(list.calls()).extracting(Call::client).containsExactly("asked-long-ago", "fine");
        assertThat(list.skipped()).containsExactly(
                new Skipped("angry", Set.of(SkipReason.OPEN_COMPLAINT)),
                new Skipped("asked", Set.of(SkipReason.ALREADY_OFFERED)),
                new Skipped("both", Set.of(SkipReason.OPEN_COMPLAINT, SkipReason.OVERDUE_DEBT)),
                new Skipped("has", Set.of(SkipReason.HAS_SERVICE)),
                new Skipped("owing", Set.of(SkipReason.OVERDUE_DEBT)),
                new Skipped("waiting", Set.of(SkipReason.WAITING_FOR_ANSWER)));
    }

    @Test
    void theWindowIsConfigurable() {
        Campaign yearly = new Campaign("support-to-seo", Services.SITE_SUPPORT, Services.SEO, 12);
        assertThat(yearly.windowStart(ON)).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void badCampaignsAreRefused() {
        assertThatThrownBy(() -> new Campaign("x", "seo", "seo")).hasMessageStartingWith("offer: must differ");
        assertThatThrownBy(() -> new Campaign("x", "seo", "direct", 0)).hasMessageStartingWith("lookbackMonths");
        assertThatThrownBy(() -> new Campaign("X Y", "seo", "direct")).hasMessageStartingWith("code: ");
    }
}
