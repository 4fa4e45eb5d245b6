package io.backstop.app.results.common;

import io.backstop.core.validation.Problem;

/** An action the rules refuse (not bad input): the host answers 403 with the reason. */
public final class Refused extends RuntimeException {

    private final transient Problem problem;

    /** A refusal, worded by the app or by core's rules (a complaint {@code Decision}'s reason). */
    public Refused(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    /** What the caller is told. */
    public Problem problem() {
        return problem;
    }
}
