package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Output (выработка): norm time earned against time present, for a day or a period. Both are whole minutes, so
 * sums over a month are exact; hours are derived.
 */
public record Output(long earnedMinutes, long presentMinutes) {

    public static final Output NONE = new Output(0, 0);

    public Output {
        Check.notNegative(earnedMinutes, "earnedMinutes");
        Check.notNegative(presentMinutes, "presentMinutes");
    }

    public double earnedNormHours() {
        return earnedMinutes / 60.0;
    }

    public double presentHours() {
        return presentMinutes / 60.0;
    }

    /** Earned / present; empty when nobody was present (work done on a day off has no rate). */
    public OptionalDouble efficiency() {
        return presentMinutes == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) earnedMinutes / presentMinutes);
    }

    /**
     * Norm-hours per full working day at this rate: what the bands are written in ("7-9 a day"). A half day present
     * with 4 norm-hours earned counts as 8 a full day, so leaving early does not drop anyone below the band.
     */
    public OptionalDouble perFullDay(Duration fullDay) {
        Check.notNull(fullDay, "fullDay");
        OptionalDouble efficiency = efficiency();
        return efficiency.isPresent()
                ? OptionalDouble.of(efficiency.getAsDouble() * fullDay.toMinutes() / 60.0)
                : OptionalDouble.empty();
    }

    public Output plus(Output other) {
        return new Output(Math.addExact(earnedMinutes, other.earnedMinutes),
                Math.addExact(presentMinutes, other.presentMinutes));
    }
}
