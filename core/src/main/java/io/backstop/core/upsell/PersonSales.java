package io.backstop.core.upsell;

/**
 * One person's offers in a period: how many were made, how many the client said yes to (recorded, earns nothing),
 * how many an invoice sold, for how much, and the points those earned.
 */
public record PersonSales(String person, int presented, int accepted, int sold, long soldKopecks, long points) {

    static PersonSales of(Sale sale) {
        Offer o = sale.offer();
        return new PersonSales(o.by(), 1, o.status() == OfferStatus.ACCEPTED ? 1 : 0, sale.sold() ? 1 : 0,
                sale.soldKopecks(), sale.points());
    }

    PersonSales plus(PersonSales other) {
        return new PersonSales(person, presented + other.presented, accepted + other.accepted, sold + other.sold,
                soldKopecks + other.soldKopecks, points + other.points);
    }

    /** Sold / presented, in [0, 1]; 0 when nothing was presented. */
    public double conversion() {
        return presented == 0 ? 0 : (double) sold / presented;
    }
}
