package io.backstop.app.rest;

import io.backstop.core.validation.Problem;

/**
 * An answer other than success: status, the field at fault (if any) and what is wrong as a {@link Problem} (a key of
 * {@code i18n/backstop-errors}), which {@link ApiErrorMapper} says in the caller's language.
 */
public class ApiError extends RuntimeException {

    private final int status;
    private final String field;
    private final Problem problem;

    public ApiError(int status, String field, Problem problem) {
        super(problem.english());
        this.status = status;
        this.field = field;
        this.problem = problem;
    }

    /** An English text without a key; {@code ErrorKeysTest} names every site that still makes one. */
    @Deprecated
    public ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
        this.problem = null;
    }

    public static ApiError badInput(String field, Problem problem) {
        return new ApiError(400, field, problem);
    }

    public static ApiError unauthenticated() {
        return new ApiError(401, null, Problem.of("error.access.login"));
    }

    public static ApiError forbidden(Problem problem) {
        return new ApiError(403, null, problem);
    }

    public static ApiError notFound(String field, Problem problem) {
        return new ApiError(404, field, problem);
    }

    public static ApiError conflict(String field, Problem problem) {
        return new ApiError(409, field, problem);
    }

    /** English text without a key: kept so work in progress compiles; convert to {@link #badInput(String, Problem)}. */
    @Deprecated
    public static ApiError badInput(String field, String message) {
        return new ApiError(400, field, message);
    }

    /** English text without a key; convert to {@link #forbidden(Problem)}. */
    @Deprecated
    public static ApiError forbidden(String message) {
        return new ApiError(403, null, message);
    }

    /** English text without a key; convert to {@link #notFound(String, Problem)}. */
    @Deprecated
    public static ApiError notFound(String field, String message) {
        return new ApiError(404, field, message);
    }

    /** English text without a key; convert to {@link #conflict(String, Problem)}. */
    @Deprecated
    public static ApiError conflict(String field, String message) {
        return new ApiError(409, field, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    /** What is wrong; null for an error made the old way (English text only). */
    public Problem problem() {
        return problem;
    }
}
