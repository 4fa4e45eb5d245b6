package io.backstop.app.results.sales;

import io.backstop.core.upsell.Offer;

/** An offer as stored, with its row id. */
public record StoredOffer(int id, Offer offer) {
}
