package io.backstop.app.results.common;

/** An action the rules refuse (not bad input): the host answers 403 with the reason. */
public final class Refused extends RuntimeException {

    public Refused(String reason) {
        super(reason);
    }
}
