package io.backstop.sandbox.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' logins: a random 256-bit token (the cookie's value) for the credentials a person typed into the
 * login form, kept in memory only and forgotten after {@link #IDLE} without use, at logout, or when the sandbox
 * stops. The credentials never go back to the browser.
 */
final class Sessions {

    static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX = 10_000;

    record Login(String user, String password, Instant lastSeen) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    String open(String user, String password) {
        Instant now = clock.instant();
        if (logins.size() >= MAX) {
            logins.values().removeIf(login -> login.lastSeen().plus(IDLE).isBefore(now));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        logins.put(token, new Login(user, password, now));
        return token;
    }

    /** The login a token stands for, if it is known and was used within {@link #IDLE}. */
    Optional<Login> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Login login = logins.get(token);
        Instant now = clock.instant();
        if (login == null) {
            return Optional.empty();
        }
        if (login.lastSeen().plus(IDLE).isBefore(now)) {
            logins.remove(token);
            return Optional.empty();
        }
        Login seen = new Login(login.user(), login.password(), now);
        logins.replace(token, login, seen);
        return Optional.of(seen);
    }

    void close(String token) {
        if (token != null) {
            logins.remove(token);
        }
    }
}
