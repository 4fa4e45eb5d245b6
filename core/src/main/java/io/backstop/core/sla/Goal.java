package io.backstop.core.sla;

import java.time.Duration;
import java.util.Objects;

/** How soon, in working time, an awaiting issue enters the operator's queue and must be answered. */
public record Goal(Duration queueAfter, Duration respondWithin) {

    public Goal {
        Objects.requireNonNull(queueAfter, "queueAfter");
        Objects.requireNonNull(respondWithin, "respondWithin");
        if (queueAfter.isNegative()) {
            throw new IllegalArgumentException("queueAfter must not be negative");
        }
        if (respondWithin.isNegative()) {
            throw new IllegalArgumentException("respondWithin must not be negative");
        }
    }
}
