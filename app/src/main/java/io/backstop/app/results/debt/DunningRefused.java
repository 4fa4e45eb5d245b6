package io.backstop.app.results.debt;

import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.util.Optional;

/**
 * A dunning step the debt guard refuses (issue 17, point 4), with the reason a manager reads: not the caller's
 * client ({@link Kind#NOT_YOURS}, answered 403), nothing overdue for a hard step or a soft step too soon after the
 * last (answered 409 at the field {@code action}).
 */
public final class DunningRefused extends RuntimeException {

    public enum Kind {
        NOT_YOURS,
        NOTHING_OVERDUE,
        TOO_SOON
    }

    private final Kind kind;
    private final transient Optional<Instant> nextAllowed;

    private final transient Problem problem;

    public DunningRefused(Kind kind, Problem problem, Optional<Instant> nextAllowed) {
        super(problem.english());
        this.problem = problem;
        this.kind = kind;
        this.nextAllowed = nextAllowed;
    }

    /** What the manager is told. */
    public Problem problem() {
        return problem;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#TOO_SOON}: when the next reminder or call is allowed. */
    public Optional<Instant> nextAllowed() {
        return nextAllowed;
    }
}
