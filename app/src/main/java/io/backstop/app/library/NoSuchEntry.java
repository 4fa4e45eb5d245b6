package io.backstop.app.library;

import io.backstop.core.validation.Problem;

/** No entry with that id (the host answers 404). */
public final class NoSuchEntry extends RuntimeException {
    private final String field;
    private final Problem problem;

    NoSuchEntry(String field, long id) {
        super(Problem.of("error.library.libraryEntry", id).english());
        this.field = field;
        this.problem = Problem.of("error.library.libraryEntry", id);
    }

    /** What the caller is told. */
    public Problem problem() {
        return problem;
    }

    public String field() {
        return field;
    }
}
