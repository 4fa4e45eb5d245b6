package io.backstop.sandbox.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wrong passwords, counted per name: after {@value #MAX_FAILURES} within {@link #WINDOW} the name waits until the
 * oldest of them ages out, whatever password comes next. Kept in memory on real time (not the sandbox's clock, which
 * may run sixty times faster); a restart forgets it.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** Names kept at most; past that, names with no recent failure are dropped first. */
    private static final int MAX_NAMES = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code user} must wait before a password is looked at again; empty when it may try now. */
    public synchronized Optional<Duration> waitFor(String user) {
        Deque<Instant> recent = recent(user, clock.instant());
        if (recent == null || recent.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    /** A wrong password for {@code user}. */
    public synchronized void failed(String user) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_NAMES) {
            failures.values().removeIf(times -> times.peekLast().plus(WINDOW).isBefore(now));
            if (failures.size() >= MAX_NAMES) {
                failures.clear(); // a flood of names: forget rather than grow without bound
            }
        }
        failures.computeIfAbsent(user, name -> new ArrayDeque<>()).addLast(now);
        recent(user, now);
    }

    /** The name's failures within the window, older ones dropped (null when there are none). */
    private Deque<Instant> recent(String user, Instant now) {
        Deque<Instant> times = failures.get(user);
        if (times == null) {
            return null;
        }
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        while (times.size() > MAX_FAILURES) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(user);
            return null;
        }
        return times;
    }
}
