package io.backstop.core.complaint;

import io.backstop.core.validation.Problem;

/**
 * Whether someone may do something to a complaint, and why: the reason is shown to them, in their language
 * ({@link Problem}); {@link #reason()} is its English text (logs, tests).
 */
public record Decision(boolean allowed, Problem why) {

    static Decision allow(Problem why) {
        return new Decision(true, why);
    }

    static Decision deny(Problem why) {
        return new Decision(false, why);
    }

    public String reason() {
        return why.english();
    }
}
