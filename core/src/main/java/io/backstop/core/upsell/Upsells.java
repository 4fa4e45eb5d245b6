package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The upsell results of a set of offers (the caller picks the period): conversion and points, per person. */
public final class Upsells {

    private Upsells() {
    }

    public static Conversion conversion(Collection<Offer> offers) {
        Conversion total = Conversion.NONE;
        for (Offer offer : Check.list(offers, "offers")) {
            total = total.plus(of(offer));
        }
        return total;
    }

    /** Conversion of each person who made an offer. */
    public static SortedMap<String, Conversion> conversionByPerson(Collection<Offer> offers) {
        TreeMap<String, Conversion> byPerson = new TreeMap<>();
        Check.list(offers, "offers").forEach(o -> byPerson.merge(o.by(), of(o), Conversion::plus));
        return Collections.unmodifiableSortedMap(byPerson);
    }

    /** Points of each person who made an offer (zero for one whose offers were all declined). */
    public static SortedMap<String, Long> pointsByPerson(AdjacencyTable table, Collection<Offer> offers) {
        Check.notNull(table, "table");
        TreeMap<String, Long> byPerson = new TreeMap<>();
        Check.list(offers, "offers").forEach(o -> byPerson.merge(o.by(), (long) table.pointsFor(o), Long::sum));
        return Collections.unmodifiableSortedMap(byPerson);
    }

    private static Conversion of(Offer offer) {
        return new Conversion(1, offer.status() == OfferStatus.ACCEPTED ? 1 : 0);
    }
}
