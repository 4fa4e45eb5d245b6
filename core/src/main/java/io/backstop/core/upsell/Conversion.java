package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/**
 * Offers presented and accepted. Every offer counts as presented, whatever its answer: a declined offer was made,
 * and an offer still awaiting an answer has not converted yet.
 */
public record Conversion(int presented, int accepted) {

    public static final Conversion NONE = new Conversion(0, 0);

    public Conversion {
        Check.notNegative(presented, "presented");
        Check.notNegative(accepted, "accepted");
        if (accepted > presented) {
            throw Check.invalid("accepted", Problem.of("error.upsell.exceedPresented", accepted, presented));
        }
    }

    /** Accepted / presented, in [0, 1]; 0 when nothing was presented (no offers, no sales). */
    public double rate() {
        return presented == 0 ? 0 : (double) accepted / presented;
    }

    public Conversion plus(Conversion other) {
        return new Conversion(presented + other.presented, accepted + other.accepted);
    }
}
