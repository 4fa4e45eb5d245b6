package io.backstop.core.upsell;

/** Where an offer stands: made and awaiting the client's answer, or answered. */
public enum OfferStatus {
    PRESENTED,
    ACCEPTED,
    DECLINED
}
