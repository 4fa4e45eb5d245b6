package io.backstop.core.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A promise on an issue as the department counts it: who made it, when, by when, and how it ended ({@code closedAt}
 * null while {@code OPEN}). A broken promise counts against {@code by}.
 */
public record Promise(String issue, String by, Instant madeAt, Instant due, PromiseOutcome outcome,
                      Instant closedAt) {

    public Promise {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == PromiseOutcome.OPEN) != (closedAt == null)) {
            throw new IllegalArgumentException("a promise has closedAt exactly when it is no longer open");
        }
    }

    static Promise opened(String issue, OpenPromise open) {
        return new Promise(issue, open.by(), open.madeAt(), open.due(), PromiseOutcome.OPEN, null);
    }

    static Promise closed(String issue, OpenPromise open, PromiseOutcome outcome, Instant at) {
        return new Promise(issue, open.by(), open.madeAt(), open.due(), outcome, at);
    }
}
