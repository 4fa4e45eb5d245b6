package io.backstop.app.results;

import io.backstop.core.upsell.Offer;

/** An offer as stored, with its row id. */
public record StoredOffer(int id, Offer offer) {
}
