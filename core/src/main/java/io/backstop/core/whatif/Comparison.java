package io.backstop.core.whatif;

/** The recorded configuration and the changed one, replayed over the same period. */
public record Comparison(Change change, Outcome actual, Outcome changed, int movedIssues) {
}
