package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/**
 * The cap on operations recorded by hand (issue 17): a person's manual norm-minutes of a day never exceed the time
 * they were present that day. Replies, offers and calls credited from their own record are not capped here: a fast
 * manager may earn more than the hours present, but not by typing it in.
 */
public final class ManualLimit {

    private ManualLimit() {
    }

    /**
     * Refuses {@code adding} manual minutes on a day with {@code presentMinutes} present of which {@code already}
     * were recorded by hand: naming {@code day} when the person was not present at all, else {@code count} and how
     * much is left.
     */
    public static void check(long presentMinutes, long already, long adding) {
        Check.notNegative(presentMinutes, "presentMinutes");
        Check.notNegative(already, "already");
        Check.positive(adding, "adding");
        if (presentMinutes == 0) {
            throw Check.invalid("day", Problem.of("error.norms.personWasPresent"));
        }
        long left = Math.max(0, presentMinutes - already);
        if (adding > left) {
            throw Check.invalid("count", Problem.of("error.norms.manualOperationsDay",
                    presentMinutes, already, left, adding));
        }
    }
}
