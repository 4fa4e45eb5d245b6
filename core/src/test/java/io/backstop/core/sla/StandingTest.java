package io.backstop.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** "My work"'s three lists: breached, due soon, waiting; every awaiting issue in exactly one, by its countdown. */
class StandingTest {

    private static final Instant T = Instant.parse("2026-11-02T09:00:00Z");

    private static ResponseClock awaiting(boolean breached) {
        return new ResponseClock("WEB-1", null, null, "ivanova", "ivanova", true, T, T, T.plusSeconds(3600),
                breached);
    }

    @Test
    void breachedOnceMarkedOrOnceNoWorkingTimeIsLeft() {
        assertThat(Standing.of(awaiting(true), new Countdown(5000, false), Optional.empty()))
                .as("marked by the watcher, even with time left on a new due").isEqualTo(Standing.BREACHED);
        assertThat(Standing.of(awaiting(false), new Countdown(0, false), Optional.empty()))
                .as("time is up: late before the next tick marks it").isEqualTo(Standing.BREACHED);
        assertThat(Standing.of(awaiting(false), new Countdown(-60, true), Optional.empty())).isEqualTo(Standing.BREACHED);
    }

    @Test
    void dueSoonWithinTheRemindersLeadOrTheLastWorkingHour() {
        assertThat(Standing.of(awaiting(false), new Countdown(3599, false), Optional.empty())).isEqualTo(Standing.DUE_SOON);
        assertThat(Standing.of(awaiting(false), new Countdown(3600, false), Optional.empty())).isEqualTo(Standing.WAITING);
        Optional<Duration> twoHours = Optional.of(Duration.ofHours(2));
        assertThat(Standing.of(awaiting(false), new Countdown(7199, false), twoHours)).isEqualTo(Standing.DUE_SOON);
        assertThat(Standing.of(awaiting(false), new Countdown(7200, false), twoHours)).isEqualTo(Standing.WAITING);
        assertThat(Standing.of(awaiting(false), new Countdown(1800, false), Optional.of(Duration.ZERO)))
                .as("a reminder at the due instant warns nothing earlier: the default hour").isEqualTo(Standing.DUE_SOON);
    }

    @Test
    void onlyAnAwaitingIssueHasAStanding() {
        ResponseClock answered = ResponseClock.opened("WEB-2", null, null, "ivanova");
        assertThatThrownBy(() -> Standing.of(answered, new Countdown(0, false), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Less time left never makes an issue look less urgent (one cannot look better by waiting). */
    @Property(tries = 500)
    void lessTimeLeftIsNeverLessUrgent(@ForAll @LongRange(min = -100_000, max = 100_000) long left,
                                       @ForAll @LongRange(min = 0, max = 20_000) long less,
                                       @ForAll @LongRange(min = 0, max = 30_000) long leadSeconds) {
        Optional<Duration> lead = Optional.of(Duration.ofSeconds(leadSeconds));
        Standing now = Standing.of(awaiting(false), new Countdown(left, false), lead);
        Standing later = Standing.of(awaiting(false), new Countdown(left - less, true), lead);
        assertThat(later.ordinal()).isGreaterThanOrEqualTo(now.ordinal());
    }
}
