package io.backstop.core.whatif;

/** The recorded configuration and the changed one, replayed over the same period, and what the answer assumed. */
public record Comparison(Change change, Outcome actual, Outcome changed, int movedIssues, Assumptions assumptions) {

    public Comparison(Change change, Outcome actual, Outcome changed, int movedIssues) {
        this(change, actual, changed, movedIssues, Assumptions.NONE);
    }
}
