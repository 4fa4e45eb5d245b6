package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The upsell results of a set of offers (the caller picks the period): which an invoice sold, conversion and points,
 * per person. A manager's "accepted" stays on record but earns nothing: only an invoice for the offered service to
 * the same client, issued within {@link UpsellRules#soldWithinDays} of the offer, makes it a sale.
 */
public final class Upsells {

    private Upsells() {
    }

    public static Conversion conversion(Collection<Offer> offers) {
        Conversion total = Conversion.NONE;
        for (Offer offer : Check.list(offers, "offers")) {
            total = total.plus(new Conversion(1, offer.status() == OfferStatus.ACCEPTED ? 1 : 0));
        }
        return total;
    }

    /** What each person's offers got as answers (the manager's word: shown, never paid). */
    public static SortedMap<String, Conversion> conversionByPerson(Collection<Offer> offers) {
        TreeMap<String, Conversion> byPerson = new TreeMap<>();
        Check.list(offers, "offers").forEach(o -> byPerson.merge(o.by(), conversion(List.of(o)), Conversion::plus));
        return Collections.unmodifiableSortedMap(byPerson);
    }

    /**
     * Each offer with the invoice that sold it, if any, in the offers' order. An invoice sells one offer only: of
     * the unsold offers of its client and service made 1 to {@code soldWithinDays} days before its day (offer
     * instants read as dates in {@code zone}), the latest, the contact that closed the sale. Not on its own day: an
     * offer recorded once the invoice is out would claim a sale somebody else made. Invoices are taken
     * oldest first, so an earlier invoice cannot be claimed twice and two offers cannot share one sale. Pass the
     * offers from {@code soldWithinDays} before the period too: they compete for the same invoices.
     */
    public static List<Sale> sales(UpsellRules rules, AdjacencyTable table, ZoneId zone, Collection<Offer> offers,
                                   Collection<Invoice> invoices) {
        return sales(rules, table, zone, offers, invoices, offer -> true);
    }

    /**
     * As above; an offer whose {@code basis} the client did not have ({@code basisHeld} says no: no invoice of that
     * service) sells at level 0, so claiming a basis with a higher level than the client's own earns nothing.
     */
    public static List<Sale> sales(UpsellRules rules, AdjacencyTable table, ZoneId zone, Collection<Offer> offers,
                                   Collection<Invoice> invoices, Predicate<Offer> basisHeld) {
        Check.notNull(basisHeld, "basisHeld");
        Check.notNull(rules, "rules");
        Check.notNull(table, "table");
        Check.notNull(zone, "zone");
        List<Offer> all = Check.list(offers, "offers");
        List<Invoice> byDay = new ArrayList<>(Check.list(invoices, "invoices"));
        byDay.sort(Comparator.comparing(Invoice::issuedOn).thenComparing(Invoice::id));
        Invoice[] soldBy = new Invoice[all.size()];
        for (Invoice invoice : byDay) {
            int best = -1;
            for (int i = 0; i < all.size(); i++) {
                Offer o = all.get(i);
                LocalDate day = o.at().atZone(zone).toLocalDate();
                boolean fits = soldBy[i] == null && o.client().equals(invoice.client())
                        && o.service().equals(invoice.service()) && day.isBefore(invoice.issuedOn())
                        && !day.plusDays(rules.soldWithinDays()).isBefore(invoice.issuedOn());
                if (fits && (best < 0 || !o.at().isBefore(all.get(best).at()))) {
                    best = i;
                }
            }
            if (best >= 0) {
                soldBy[best] = invoice;
            }
        }
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Offer o = all.get(i);
            Optional<Invoice> invoice = Optional.ofNullable(soldBy[i]);
            int level = !basisHeld.test(o) ? 0 : table.find(o.basis(), o.service()).map(Adjacency::level).orElse(0);
            sales.add(new Sale(o, invoice, level, invoice.map(v -> rules.bandPoints(v.amountKopecks())).orElse(0)));
        }
        return sales;
    }

    /** Each person's offers, sales, roubles and points (a person whose offers sold nothing: zero points). */
    public static SortedMap<String, PersonSales> byPerson(Collection<Sale> sales) {
        TreeMap<String, PersonSales> byPerson = new TreeMap<>();
        Check.list(sales, "sales").forEach(s -> byPerson.merge(s.offer().by(), PersonSales.of(s), PersonSales::plus));
        return Collections.unmodifiableSortedMap(byPerson);
    }
}
