package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import java.util.Locale;

/**
 * Keeps large clients from being pushed too hard: for a client whose revenue is above the threshold, a hard
 * dunning step needs the head's approval. Large debtors are the clients the agency can least afford to lose, and
 * relations used to break before the head was called in.
 *
 * @param revenueThresholdKopecks the client's revenue (the host picks the window, e.g. the last 12 months) above
 *                                which hard steps are guarded
 */
public record DunningGuard(long revenueThresholdKopecks) {

    /** 500 000 roubles: a client paying more than that a year is a big client. */
    public static final long DEFAULT_THRESHOLD_KOPECKS = 500_000_00L;

    public DunningGuard {
        Check.notNegative(revenueThresholdKopecks, "revenueThresholdKopecks");
    }

    public static DunningGuard departmentDefault() {
        return new DunningGuard(DEFAULT_THRESHOLD_KOPECKS);
    }

    /**
     * May {@code actor} take {@code action} against a client with this revenue? Soft steps are always allowed;
     * hard ones against a client above the threshold need the head, unless the head or the director takes them.
     */
    public GuardDecision decide(long clientRevenueKopecks, DunningAction action, EscalationLevel actor,
                                boolean headApproved) {
        Check.notNegative(clientRevenueKopecks, "clientRevenueKopecks");
        Check.notNull(action, "action");
        Check.notNull(actor, "actor");
        if (!action.hard()) {
            return allowed(action + " is not a hard step and needs no approval");
        }
        if (clientRevenueKopecks <= revenueThresholdKopecks) {
            return allowed("the client's revenue " + roubles(clientRevenueKopecks) + " is not above the threshold "
                    + roubles(revenueThresholdKopecks));
        }
        if (actor != EscalationLevel.MANAGER) {
            return allowed("the " + actor.name().toLowerCase() + " takes " + action + " on their own authority");
        }
        if (headApproved) {
            return allowed("the head approved " + action);
        }
        return new GuardDecision(GuardDecision.Outcome.NEEDS_HEAD_APPROVAL, "the client's revenue "
                + roubles(clientRevenueKopecks) + " is above the threshold " + roubles(revenueThresholdKopecks) + ": "
                + action + " needs the head's approval");
    }

    private static String roubles(long kopecks) {
        return String.format(Locale.ROOT, "%d.%02d roubles", kopecks / 100, kopecks % 100);
    }

    private static GuardDecision allowed(String reason) {
        return new GuardDecision(GuardDecision.Outcome.ALLOWED, reason);
    }
}
