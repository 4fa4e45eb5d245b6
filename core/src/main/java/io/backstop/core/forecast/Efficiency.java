package io.backstop.core.forecast;

import io.backstop.core.norms.Band;
import io.backstop.core.norms.Output;
import io.backstop.core.validation.Check;
import java.time.Duration;

/** Norm-hours earned per hour present: what one hour of a person turns into. */
public final class Efficiency {

    /** Less present time than this (a week of full days) says too little about a person's pace. */
    public static final long MIN_PRESENT_MINUTES = 5 * 8 * 60;

    private Efficiency() {
    }

    /**
     * A person's efficiency: earned / present over their recent output; the middle of their band per hour of a
     * full day instead when that output says little ({@link #fromBand(Output, boolean)}).
     */
    public static double of(Output recent, Band band, Duration fullDay, boolean newcomer) {
        Check.notNull(recent, "recent");
        Check.notNull(band, "band");
        Check.notNull(fullDay, "fullDay");
        if (fromBand(recent, newcomer)) {
            return fromBand(band, fullDay);
        }
        return recent.efficiency().orElse(0);
    }

    /**
     * Whether the band says more than the output: for a newcomer (their pace changes month by month, so past weeks
     * understate the next ones), with less than {@link #MIN_PRESENT_MINUTES} present, or with nothing earned at all
     * (nobody present for weeks earns nothing: their operations were not recorded).
     */
    public static boolean fromBand(Output recent, boolean newcomer) {
        Check.notNull(recent, "recent");
        return newcomer || recent.presentMinutes() < MIN_PRESENT_MINUTES || recent.earnedMinutes() == 0;
    }

    /** The band's middle per hour of a full day: (7 + 9) / 2 / 8 = 1.0 for the experienced default. */
    public static double fromBand(Band band, Duration fullDay) {
        Check.notNull(band, "band");
        Check.positive(Check.notNull(fullDay, "fullDay").toMinutes(), "fullDay");
        return (band.min() + band.max()) / 2 / (fullDay.toMinutes() / 60.0);
    }
}
