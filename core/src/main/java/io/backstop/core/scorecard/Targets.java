package io.backstop.core.scorecard;

import io.backstop.core.validation.Check;
import io.backstop.core.norms.Ramp;
import io.backstop.core.validation.Problem;

/**
 * What a full score means for one person in one month. A target of zero means nothing was expected: that
 * component scores 1 (nothing to collect is not a failure to collect).
 *
 * @param normHours output that scores 1
 * @param collectKopecks overdue money to collect: what was overdue at the month's start, in kopecks
 * @param onTimeShare the share of replies on time that scores 1, in (0, 1]
 * @param complaintsToZero the number of complaints at which quality scores 0; each one takes an equal part
 * @param upsellPoints points that score 1
 * @param rescueSeconds the median rescue time (working seconds) that scores 1
 */
public record Targets(double normHours, long collectKopecks, double onTimeShare, int complaintsToZero,
                      long upsellPoints, long rescueSeconds) {

    public static final double DEFAULT_ON_TIME_SHARE = 0.95;
    public static final int DEFAULT_COMPLAINTS_TO_ZERO = 3;
    public static final long DEFAULT_RESCUE_SECONDS = ScoreRules.DEFAULT_RESCUE_TARGET_MINUTES * 60L;

    public Targets {
        Check.finiteNotNegative(normHours, "normHours");
        Check.notNegative(collectKopecks, "collectKopecks");
        if (!(onTimeShare > 0 && onTimeShare <= 1)) {
            throw Check.invalid("onTimeShare", Problem.of("error.scorecard.aboveMost", onTimeShare));
        }
        Check.positive(complaintsToZero, "complaintsToZero");
        Check.notNegative(upsellPoints, "upsellPoints");
        Check.positive(rescueSeconds, "rescueSeconds");
    }

    /** Targets with the default rescue time (one working hour). */
    public Targets(double normHours, long collectKopecks, double onTimeShare, int complaintsToZero,
                   long upsellPoints) {
        this(normHours, collectKopecks, onTimeShare, complaintsToZero, upsellPoints, DEFAULT_RESCUE_SECONDS);
    }

    /** Targets with the default timeliness (95% on time) and quality (3 complaints score 0). */
    public static Targets of(double normHours, long collectKopecks, long upsellPoints) {
        return new Targets(normHours, collectKopecks, DEFAULT_ON_TIME_SHARE, DEFAULT_COMPLAINTS_TO_ZERO, upsellPoints);
    }

    /**
     * The targets of a month in progress: the amounts (output, collection, upsell points) scaled by the share of
     * the month's working time gone by ({@code MonthToDate}), so the 4th is held to the 4th's part of the month
     * and not to the whole. Shares, complaints and rescue time are rates and stay as they are. Points and kopecks
     * are rounded up: a target of a fraction of a point is still one.
     */
    public Targets prorated(double share) {
        Check.between(share, 0, 1, "share");
        return new Targets(normHours * share, (long) Math.ceil(collectKopecks * share), onTimeShare,
                complaintsToZero, (long) Math.ceil(upsellPoints * share), rescueSeconds);
    }

    /**
     * The output target for a month: the lower end of the person's band (by month of service) for each full day
     * present. A newcomer in month 2 present 160 hours: 3 x 20 = 60 norm-hours; an experienced manager: 140.
     */
    public static double outputNormHours(Ramp ramp, int monthOfService, long presentMinutes) {
        Check.notNull(ramp, "ramp");
        Check.notNegative(presentMinutes, "presentMinutes");
        return ramp.bandFor(monthOfService).min() * presentMinutes / ramp.fullDay().toMinutes();
    }
}
