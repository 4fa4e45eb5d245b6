package io.backstop.app.response;

import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ReplyKind;

/**
 * Told of every staff reply that ended an awaiting cycle, once: inside the issue's lock and transaction, right
 * after the reply is recorded, so what the listener stores commits or rolls back with it. A retried event finds
 * the cycle already ended, produces no {@link Reply} and tells nobody.
 */
@FunctionalInterface
public interface ReplyListener {

    ReplyListener NONE = (issueType, client, reply, kind, text) -> { };

    /**
     * @param issueType the issue's type as the clock knows it (may be null)
     * @param client    the issue's client as the clock knows it (may be null)
     * @param kind      an answer or a holding reply, as decided for the clock
     * @param text      the reply's text; null when the host does not know it (what it earns depends on its size)
     */
    void replied(String issueType, String client, Reply reply, ReplyKind kind, String text);
}
