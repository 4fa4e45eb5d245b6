package io.backstop.app.store;

/**
 * A decision on a row (an absence request, a held dunning step) that another caller decided first: the row was
 * taken and read again, and it no longer waits. The message names the state it was found in ("already APPROVED");
 * the REST layer answers 409 naming the field {@value #FIELD}.
 */
public final class AlreadyDecided extends RuntimeException {

    /** The field a 409 names: what was found decided. */
    public static final String FIELD = "status";

    private final String state;

    public AlreadyDecided(String state) {
        super("already " + state);
        this.state = state;
    }

    /** The state the row was found in. */
    public String state() {
        return state;
    }
}
