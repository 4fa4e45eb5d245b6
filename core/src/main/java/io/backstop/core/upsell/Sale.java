package io.backstop.core.upsell;

import java.util.Optional;

/**
 * An offer judged against the invoices: sold when {@code invoice} is present, then earning {@code level} x
 * {@code bandPoints} ({@link UpsellRules}); an unsold offer earns nothing, whatever answer was recorded.
 *
 * @param level the adjacency level of the offer's basis and service (0 off the table)
 * @param bandPoints the points per level of the invoiced amount's band
 */
public record Sale(Offer offer, Optional<Invoice> invoice, int level, int bandPoints) {

    public boolean sold() {
        return invoice.isPresent();
    }

    /** What the sale brought: the invoiced amount (the offer's own price is only the manager's word). */
    public long soldKopecks() {
        return invoice.map(Invoice::amountKopecks).orElse(0L);
    }

    public long points() {
        return sold() ? (long) level * bandPoints : 0;
    }
}
