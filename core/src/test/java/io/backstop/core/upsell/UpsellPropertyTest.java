package io.backstop.core.upsell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Conversion stays in [0, 1]; a campaign never calls a client with an open complaint or an overdue debt. */
class UpsellPropertyTest {

    private static final List<String> CLIENTS = List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
    private static final List<String> SERVICES = List.of("site-support", "seo", "direct", "banner", "hosting");
    private static final LocalDate ON = LocalDate.of(2026, 6, 15);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Provide
    Arbitrary<List<Offer>> offers() {
        return Combinators.combine(Arbitraries.of("anna", "boris", "vera"), Arbitraries.of(CLIENTS),
                        Arbitraries.of(SERVICES), Arbitraries.of(OfferStatus.values()),
                        Arbitraries.integers().between(0, 200))
                .as((by, client, service, status, day) -> new Offer("WEB-" + day, client, "site-support",
                        service.equals("site-support") ? "seo" : service, status, 100L * day, by,
                        ON.minusDays(day).atStartOfDay(MOSCOW).toInstant()))
                .list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Order>> orders() {
        return Combinators.combine(Arbitraries.of(CLIENTS), Arbitraries.of(SERVICES),
                        Arbitraries.integers().between(-10, 200))
                .as((client, service, day) -> new Order(client, service, ON.minusDays(day)))
                .list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Set<String>> someClients() {
        return Arbitraries.of(CLIENTS).set().ofMaxSize(5);
    }

    @Property(tries = 200)
    void conversionIsAShare(@ForAll("offers") List<Offer> offers) {
        assertThat(Upsells.conversion(offers).rate()).isBetween(0.0, 1.0);
        Upsells.conversionByPerson(offers).values().forEach(c -> assertThat(c.rate()).isBetween(0.0, 1.0));
        assertThat(Upsells.conversionByPerson(offers).values().stream().reduce(Conversion.NONE, Conversion::plus))
                .isEqualTo(Upsells.conversion(offers));
    }

    @Property(tries = 300)
    void aCampaignNeverCallsAnAngryOwingOrWaitingClient(@ForAll("orders") List<Order> orders,
                                                        @ForAll("offers") List<Offer> offers,
                                                        @ForAll("someClients") Set<String> complaints,
                                                        @ForAll("someClients") Set<String> debts,
                                                        @ForAll("someClients") Set<String> waiting) {
        CallList list = new Campaign("c", "banner", "direct").callList(ON, MOSCOW, orders, offers, complaints, debts,
                waiting);
        for (Call call : list.calls()) {
            assertThat(complaints).doesNotContain(call.client());
            assertThat(debts).doesNotContain(call.client());
            assertThat(waiting).doesNotContain(call.client());
            assertThat(call.lastOrderedOn()).isBetween(ON.minusMonths(3), ON);
        }
        // Called and skipped are disjoint and together are exactly who ordered banners in the window.
        Set<String> expected = new TreeSet<>();
        orders.stream().filter(o -> o.service().equals("banner"))
                .filter(o -> !o.orderedOn().isBefore(ON.minusMonths(3)) && !o.orderedOn().isAfter(ON))
                .forEach(o -> expected.add(o.client()));
        Set<String> seen = new TreeSet<>();
        list.calls().forEach(c -> assertThat(seen.add(c.client())).isTrue());
        list.skipped().forEach(s -> assertThat(seen.add(s.client())).isTrue());
        assertThat(seen).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Set<String>> someServices() {
        return Arbitraries.of(SERVICES).set().ofMaxSize(3);
    }

    @Property(tries = 100)
    void coverageIsAShareAndMissingIsTheRest(@ForAll("offers") List<Offer> offers,
                                             @ForAll("someServices") Set<String> services) {
        ClientCoverage c = LotoCards.departmentDefault().coverage("c0", List.copyOf(services), offers);
        assertThat(c.coverage().rate()).isBetween(0.0, 1.0);
        assertThat(c.made().size() + c.missing().size()).isEqualTo(c.required().size());
        services.forEach(own -> assertThat(c.required()).doesNotContain(own));
    }
}
