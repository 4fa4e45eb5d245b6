package io.backstop.app.results.sales;

import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.store.EntityStore;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.PersonSales;
import io.backstop.core.upsell.Sale;
import io.backstop.core.upsell.UpsellRules;
import io.backstop.core.upsell.Upsells;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Which offers of a period an invoice sold, and each person's roubles and points (issue 17): one place for the
 * upsell results and the scorecard. Offers made up to {@code soldWithinDays} before the period are read as well,
 * since they compete for the same invoices; invoices up to {@code soldWithinDays} after it, since a sale follows
 * its offer. So a period's figures settle once its last offer's days have passed. An offer earns on its basis only
 * when the client had that service (invoiced in the 12 months up to the offer): the basis is the manager's word.
 */
public final class UpsellResults {

    private final ResultsContext context;
    private final OfferStore offers;
    private final Invoices invoices;
    private final MissingOffers missingOffers;

    public UpsellResults(ResultsContext context, EntityStore store) {
        this.context = context;
        this.offers = new OfferStore(store);
        this.invoices = new Invoices(store);
        this.missingOffers = new MissingOffers(context, store);
    }

    /** One sale per offer made in {@code [from, to)} (of {@code person} only when named), oldest first. */
    public record Period(List<StoredOffer> offers, List<Sale> sales, SortedMap<String, PersonSales> byPerson) {
    }

    public Period of(Instant from, Instant to, Optional<String> person) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        UpsellRules rules = context.settings().upsells();
        ZoneId zone = context.zone();
        int days = rules.soldWithinDays();
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(days);
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(days);
        // everybody's offers compete for an invoice, whoever asks
        List<StoredOffer> all = offers.offers(first.atStartOfDay(zone).toInstant(), to, Optional.empty());
        Map<String, Set<String>> held = new HashMap<>(); // a client's services on a day, read once
        List<Sale> sales = Upsells.sales(rules, context.settings().adjacency(), zone,
                all.stream().map(StoredOffer::offer).toList(), invoices.issued(first, last),
                o -> held.computeIfAbsent(o.client() + "\n" + o.at().atZone(zone).toLocalDate(), k -> missingOffers
                        .servicesOf(o.client(), o.at().atZone(zone).toLocalDate())).contains(o.basis()));
        List<StoredOffer> kept = new ArrayList<>();
        List<Sale> keptSales = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Offer o = all.get(i).offer();
            if (!o.at().isBefore(from) && person.map(o.by()::equals).orElse(true)) {
                kept.add(all.get(i));
                keptSales.add(sales.get(i));
            }
        }
        return new Period(kept, keptSales, Upsells.byPerson(keptSales));
    }
}
