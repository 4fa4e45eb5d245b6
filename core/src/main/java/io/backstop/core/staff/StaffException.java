package io.backstop.core.staff;

import io.backstop.core.validation.Problem;

/**
 * A list of people that cannot make a department. {@code path} points into the list, relative to it:
 * {@code ""} for the list as a whole, {@code "[2].deputies[0]"} for one deputy.
 */
public class StaffException extends IllegalArgumentException {

    private final String path;
    private final transient Problem problem;

    public StaffException(String path, Problem problem) {
        super(problem.english());
        this.path = path;
        this.problem = problem;
    }

    /** What is wrong, as a key and arguments. */
    public Problem problem() {
        return problem;
    }

    public String path() {
        return path;
    }
}
