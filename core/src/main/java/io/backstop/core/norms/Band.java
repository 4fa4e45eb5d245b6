package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/** The expected output in norm-hours per full working day, both ends inclusive ("7-9 a day"). */
public record Band(double min, double max) {

    public Band {
        Check.finiteNotNegative(min, "min");
        Check.finiteNotNegative(max, "max");
        if (max < min) {
            throw Check.invalid("max", Problem.of("error.norms.belowMin", min, max));
        }
    }

    public Verdict verdict(double normHoursPerFullDay) {
        if (normHoursPerFullDay < min) {
            return Verdict.BELOW;
        }
        return normHoursPerFullDay > max ? Verdict.ABOVE : Verdict.WITHIN;
    }
}
