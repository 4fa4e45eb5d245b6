package io.backstop.core.scorecard;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/**
 * The scorecard's rules the head sets besides the weights and targets (settings member {@code scoring}).
 *
 * @param upsellCeiling how far above the target upsells still pay, as a multiple of the target (1.5: points at
 *                      twice the target score 1.5, no more); at least 1 (1: capped at the target, as before)
 * @param lostClientDays a pressed client (a dunning step was taken) who is not invoiced for this many days after
 *                       the step, having been invoiced in two different months of as many days before it, has left
 * @param lostClientPenalty what each client who left so takes off the receivables score, in [0, 1]
 * @param rescueTargetMinutes the median working time from a breached issue handed over to its answer that scores 1
 */
public record ScoreRules(double upsellCeiling, int lostClientDays, double lostClientPenalty, int rescueTargetMinutes) {

    public static final double DEFAULT_UPSELL_CEILING = 1.5;
    public static final int DEFAULT_LOST_CLIENT_DAYS = 90;
    public static final double DEFAULT_LOST_CLIENT_PENALTY = 0.5;
    public static final int DEFAULT_RESCUE_TARGET_MINUTES = 60;
    /** Beyond this, a ceiling is no ceiling: upsells alone could outweigh every other target. */
    public static final double MAX_UPSELL_CEILING = 3;

    public static final ScoreRules DEFAULT = new ScoreRules(DEFAULT_UPSELL_CEILING, DEFAULT_LOST_CLIENT_DAYS,
            DEFAULT_LOST_CLIENT_PENALTY, DEFAULT_RESCUE_TARGET_MINUTES);

    public ScoreRules {
        Check.between(upsellCeiling, 1, MAX_UPSELL_CEILING, "upsellCeiling");
        if (lostClientDays < 1 || lostClientDays > 366) {
            throw Check.invalid("lostClientDays", Problem.of("error.scorecard.between1To366", lostClientDays));
        }
        Check.between(lostClientPenalty, 0, 1, "lostClientPenalty");
        if (rescueTargetMinutes < 1 || rescueTargetMinutes > 24 * 60) {
            throw Check.invalid("rescueTargetMinutes", Problem.of("error.scorecard.between1To1440", rescueTargetMinutes));
        }
    }
}
