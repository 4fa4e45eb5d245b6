package io.backstop.core.sla;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an issue awaiting an answer stands for the person who holds it ("my work"): breached (the watcher marked the
 * cycle breached, or no working time is left), due soon, or waiting. "Soon" is the department's own warning: the
 * reminder's lead ({@code remindBefore}, rule 14), so the list and the reminder agree; without reminders, the last
 * working hour, as the countdown's lozenge on every screen.
 */
public enum Standing {
    WAITING,
    DUE_SOON,
    BREACHED;

    /** Due soon without reminders: under one working hour left, as the screens' countdown lozenge says. */
    public static final Duration SOON = Duration.ofHours(1);

    /**
     * The standing of an awaiting clock by its countdown; {@code remindBefore} the policy's reminder lead, if any
     * (a zero lead sends the reminder at the due instant and warns nothing earlier: the default hour then).
     */
    public static Standing of(ResponseClock clock, Countdown countdown, Optional<Duration> remindBefore) {
        Objects.requireNonNull(countdown, "countdown");
        if (!clock.isAwaiting()) {
            throw new IllegalArgumentException(clock.issue() + " awaits no answer");
        }
        if (clock.breached() || countdown.timeIsUp()) {
            return BREACHED;
        }
        Duration soon = remindBefore.filter(lead -> !lead.isZero()).orElse(SOON);
        return countdown.workingSecondsLeft() < soon.getSeconds() ? DUE_SOON : WAITING;
    }
}
