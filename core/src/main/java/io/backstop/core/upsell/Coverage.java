package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/** How many of the offers a checklist requires were made. */
public record Coverage(int required, int made) {

    public static final Coverage NONE = new Coverage(0, 0);

    public Coverage {
        Check.notNegative(required, "required");
        Check.notNegative(made, "made");
        if (made > required) {
            throw Check.invalid("made", Problem.of("error.upsell.exceedRequired", made, required));
        }
    }

    /** Made / required, in [0, 1]; 1 when nothing is required (nothing was missed). */
    public double rate() {
        return required == 0 ? 1 : (double) made / required;
    }

    public Coverage plus(Coverage other) {
        return new Coverage(required + other.required, made + other.made);
    }
}
