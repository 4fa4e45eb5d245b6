package io.backstop.sandbox.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Ten wrong passwords within a minute make a name wait until the first of them is a minute old. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theTenthWrongPasswordWithinAMinuteMakesTheNameWait() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("ivanova");
            now = now.plusSeconds(2);
        }
        assertThat(throttle.waitFor("ivanova")).isEmpty();
        throttle.failed("ivanova"); // the tenth, 18 s after the first
        assertThat(throttle.waitFor("ivanova")).contains(Duration.ofSeconds(42));
        assertThat(throttle.waitFor("petrova")).as("another name").isEmpty();

        now = now.plusSeconds(42); // the first is a minute old
        assertThat(throttle.waitFor("ivanova")).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteNeverAddUp() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("ivanova");
            now = now.plusSeconds(7); // nine in any minute
        }
        assertThat(throttle.waitFor("ivanova")).isEmpty();
    }
}
