package io.backstop.app.response;

import io.backstop.core.sla.Reply;

/**
 * Told of every staff reply that ended an awaiting cycle, once: inside the issue's lock and transaction, right
 * after the reply is recorded, so what the listener stores commits or rolls back with it. A retried event finds
 * the cycle already ended, produces no {@link Reply} and tells nobody.
 */
@FunctionalInterface
public interface ReplyListener {

    ReplyListener NONE = (issueType, client, reply) -> { };

    /**
     * @param issueType the issue's type as the clock knows it (may be null)
     * @param client    the issue's client as the clock knows it (may be null)
     */
    void replied(String issueType, String client, Reply reply);
}
