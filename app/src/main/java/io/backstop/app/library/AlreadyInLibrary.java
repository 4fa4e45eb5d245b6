package io.backstop.app.library;

import io.backstop.core.validation.Problem;

/** The reply was already made into an entry. */
public final class AlreadyInLibrary extends RuntimeException {
    private final long entry;

    AlreadyInLibrary(long entry) {
        super(problem(entry).english());
        this.entry = entry;
    }

    private static Problem problem(long entry) {
        return Problem.of("error.library.alreadyEntry", entry);
    }

    /** What the caller is told. */
    public Problem problem() {
        return problem(entry);
    }

    public long entry() {
        return entry;
    }
}
