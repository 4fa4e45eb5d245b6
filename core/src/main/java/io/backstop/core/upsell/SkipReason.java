package io.backstop.core.upsell;

/** Why a campaign does not call a client who ordered the service. */
public enum SkipReason {
    /** Selling to an angry client makes it worse; the head's lane first. */
    OPEN_COMPLAINT,
    /** A client who owes money hears about the debt, not a new service. */
    OVERDUE_DEBT,
    /** Already ordered the offered service within the window. */
    HAS_SERVICE,
    /** Already offered it within the window, whatever the answer: no second call in one cycle. */
    ALREADY_OFFERED,
    /**
     * The client waits for the department's answer (a message unanswered, late or not, or a holding reply's promised
     * answer still owed): calling to sell meanwhile is the department's own example of what goes wrong.
     */
    WAITING_FOR_ANSWER,
    /**
     * A promise made to the client broke and nobody has answered since (the queue's promise lane): the client hears
     * the answer first, an offer later (issue 17).
     */
    BROKEN_PROMISE
}
