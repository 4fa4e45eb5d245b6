package io.backstop.core.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * How soon, in working time, an awaiting issue enters the operator's queue and must be answered, and how long a
 * holding reply's promise runs when the reply names no date.
 */
public record Goal(Duration queueAfter, Duration respondWithin, Duration answerWithin) {

    /** Two working days of 8 hours (sla-semantics.md, version 2). */
    public static final Duration DEFAULT_ANSWER_WITHIN = Duration.ofHours(16);

    public Goal {
        Objects.requireNonNull(queueAfter, "queueAfter");
        Objects.requireNonNull(respondWithin, "respondWithin");
        Objects.requireNonNull(answerWithin, "answerWithin");
        if (queueAfter.isNegative()) {
            throw new IllegalArgumentException("queueAfter must not be negative");
        }
        if (respondWithin.isNegative()) {
            throw new IllegalArgumentException("respondWithin must not be negative");
        }
        if (answerWithin.isNegative() || answerWithin.isZero()) {
            throw new IllegalArgumentException("answerWithin must be positive");
        }
    }

    public Goal(Duration queueAfter, Duration respondWithin) {
        this(queueAfter, respondWithin, DEFAULT_ANSWER_WITHIN);
    }
}
