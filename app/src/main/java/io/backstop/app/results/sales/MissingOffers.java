package io.backstop.app.results.sales;

import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.store.EntityStore;
import io.backstop.core.upsell.ClientCoverage;
import io.backstop.core.upsell.Offer;
import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One client against the loto cards at the moment of contact (issue 17): their services (invoiced in the 12 months
 * up to the day), the offers the cards require, and those nobody has made them in that window. The issue panel's
 * offers form and the client digest show the missing ones; the head's loto-card gadget counts the same way.
 */
public final class MissingOffers {

    private final ResultsContext context;
    private final ReceivableStore receivables;
    private final OfferStore offers;

    public MissingOffers(ResultsContext context, EntityStore store) {
        this.context = context;
        this.receivables = new ReceivableStore(store);
        this.offers = new OfferStore(store);
    }

    /** The first day of the 12 months up to {@code on} in which a client's invoices name their services. */
    static LocalDate windowStart(LocalDate on) {
        return on.minusMonths(12).plusDays(1);
    }

    /** The client's services on {@code on}: those invoiced in the 12 months up to that day. */
    public SortedSet<String> servicesOf(String client, LocalDate on) {
        Check.notBlank(client, "client");
        Check.notNull(on, "on");
        LocalDate since = windowStart(on);
        SortedSet<String> services = new TreeSet<>();
        receivables.receivablesOf(client).stream()
                .filter(r -> !r.receivable().issuedOn().isBefore(since) && !r.receivable().issuedOn().isAfter(on))
                .forEach(r -> r.service().ifPresent(services::add));
        return services;
    }

    /** The client's coverage on {@code on}: required by their services' cards, made in the window, missing. */
    public ClientCoverage of(String client, LocalDate on) {
        SortedSet<String> services = servicesOf(client, on);
        ZoneId zone = context.zone();
        LocalDate since = windowStart(on);
        List<Offer> made = offers.offersOf(client).stream().map(StoredOffer::offer).filter(o -> {
            LocalDate day = o.at().atZone(zone).toLocalDate();
            return !day.isBefore(since) && !day.isAfter(on);
        }).toList();
        return context.settings().lotoCards().coverage(client, List.copyOf(services), made);
    }
}
