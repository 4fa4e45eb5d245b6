package io.backstop.core.digest;

import io.backstop.core.validation.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * A contact with the client: a message, a call, a letter, either way.
 *
 * @param by who spoke: a staff member or the client's person
 * @param channel how, as the host names it ("message", "call", "email")
 */
public record Contact(String client, Instant at, String by, String channel, Optional<String> issue, String summary) {

    public Contact {
        Check.notBlank(client, "client");
        Check.notNull(at, "at");
        Check.notBlank(by, "by");
        Check.notBlank(channel, "channel");
        Check.notNull(issue, "issue");
        Check.notNull(summary, "summary");
    }
}
