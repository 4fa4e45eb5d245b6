package io.backstop.core.upsell;

/**
 * What came of a campaign call, as the caller records it. A sale is not among them: an offer made on the call is
 * recorded as an offer (the panel), and only an invoice sells it.
 */
public enum CallOutcome {
    /** Spoke to the client and made the campaign's offer (record the offer too: that is what can sell). */
    REACHED_OFFER_MADE,
    /** Spoke to the client, who does not want it: no second call in this cycle. */
    DECLINED,
    /** Asked to be called another time: the row stays on the list. */
    LATER,
    /** Nobody answered: try again. */
    NOT_REACHED
}
