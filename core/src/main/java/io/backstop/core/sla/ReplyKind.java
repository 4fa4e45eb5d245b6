package io.backstop.core.sla;

import java.time.Instant;

/**
 * What a staff reply is for the clock: an answer, or a holding reply ("we got it, we'll answer by Thursday") that
 * opens a promise (rule 11), due at {@code promise} when the reply names one, else after the goal's
 * {@code answerWithin}.
 */
public record ReplyKind(boolean holding, Instant promise) {

    public static final ReplyKind ANSWER = new ReplyKind(false, null);

    public ReplyKind {
        if (!holding && promise != null) {
            throw new IllegalArgumentException("only a holding reply promises");
        }
    }

    public static ReplyKind holding(Instant promiseOrNull) {
        return new ReplyKind(true, promiseOrNull);
    }
}
