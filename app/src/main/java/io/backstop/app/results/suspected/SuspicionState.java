package io.backstop.app.results.suspected;

/** Where a suspected complaint stands: waiting for someone, made a complaint, or dismissed with a reason. */
public enum SuspicionState {
    OPEN,
    CONFIRMED,
    DISMISSED
}
