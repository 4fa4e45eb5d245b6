package io.backstop.app.results.debt;

import io.backstop.core.debt.DunningAction;

import java.time.Instant;
import java.util.Optional;

/** A dunning step as stored: what, against whom, by whom, and where the head's approval stands. */
public record StoredDunningStep(int id, String client, DunningAction action, String by, Instant at, Status status,
                                String reason, Optional<String> decidedBy, Optional<Instant> decidedAt) {

    public enum Status {
        /** Taken at once: a soft step, a client below the threshold, or the head's own step. */
        TAKEN,
        /** Held by the guard for large clients until the head decides. */
        PENDING,
        APPROVED,
        REFUSED
    }
}
