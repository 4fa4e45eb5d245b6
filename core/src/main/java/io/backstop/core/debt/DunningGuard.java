package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import java.util.Locale;

/**
 * Keeps valuable and large clients from being pushed too hard: a hard dunning step against a client of
 * {@link ValueTier#HIGH} value ({@link ClientValue}), or whose revenue is above the threshold, needs the head's
 * approval. These are the clients the agency can least afford to lose, and relations used to break before the head
 * was called in. The revenue threshold stays as a floor, so no client the old rule protected loses the protection.
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

    /** As {@link #decide(long, ValueTier, DunningAction, EscalationLevel, boolean)} for a client of low value. */
    public GuardDecision decide(long clientRevenueKopecks, DunningAction action, EscalationLevel actor,
                                boolean headApproved) {
        return decide(clientRevenueKopecks, ValueTier.LOW, action, actor, headApproved);
    }

    /**
     * May {@code actor} take {@code action} against a client with this revenue and value? Soft steps need no
     * approval; hard ones against a client of high value or above the threshold need the head, unless the head or
     * the director takes them.
     */
    public GuardDecision decide(long clientRevenueKopecks, ValueTier value, DunningAction action, EscalationLevel actor,
                                boolean headApproved) {
        Check.notNegative(clientRevenueKopecks, "clientRevenueKopecks");
        Check.notNull(value, "value");
        Check.notNull(action, "action");
        Check.notNull(actor, "actor");
        if (!action.hard()) {
            return allowed(action + " is not a hard step and needs no approval");
        }
        boolean large = clientRevenueKopecks > revenueThresholdKopecks;
        if (!large && value != ValueTier.HIGH) {
            return allowed("the client's revenue " + roubles(clientRevenueKopecks) + " is not above the threshold "
                    + roubles(revenueThresholdKopecks) + " and the client's value is not high");
        }
        if (actor != EscalationLevel.MANAGER) {
            return allowed("the " + actor.name().toLowerCase() + " takes " + action + " on their own authority");
        }
        if (headApproved) {
            return allowed("the head approved " + action);
        }
        String why = large ? "the client's revenue " + roubles(clientRevenueKopecks) + " is above the threshold "
                + roubles(revenueThresholdKopecks) : "the client's value is high";
        return new GuardDecision(GuardDecision.Outcome.NEEDS_HEAD_APPROVAL, why + ": " + action
                + " needs the head's approval");
    }

    private static String roubles(long kopecks) {
        return String.format(Locale.ROOT, "%d.%02d roubles", kopecks / 100, kopecks % 100);
    }

    private static GuardDecision allowed(String reason) {
        return new GuardDecision(GuardDecision.Outcome.ALLOWED, reason);
    }
}
