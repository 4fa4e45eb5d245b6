package io.backstop.app.response;

/**
 * Told of every client message once: inside the lock and transaction, right after the message is on the
 * clock, so what the listener stores commits or rolls back with it (a write conflict that retries the event tells it
 * again in the retry's transaction only).
 */
@FunctionalInterface
public interface ClientMessageListener {

    ClientMessageListener NONE = message -> { };

    void clientWrote(ClientMessage message);
}
