package io.backstop.app.results.common;

import io.backstop.core.validation.Problem;

/** An action the rules refuse (not bad input): the host answers 403 with the reason. */
public final class Refused extends RuntimeException {

    private final transient Problem problem;

    /** A refusal the app words itself. */
    public Refused(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    /** A refusal worded by core's rules in English (a complaint {@code Decision}'s reason): no key yet. */
    public Refused(String reason) {
        super(reason);
        this.problem = null;
    }

    /** What the caller is told, or empty for a reason in English only. */
    public java.util.Optional<Problem> problem() {
        return java.util.Optional.ofNullable(problem);
    }
}
