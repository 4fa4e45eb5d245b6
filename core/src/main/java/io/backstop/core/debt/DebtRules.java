package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/**
 * The debt guard's settings (issue 17, point 4): how often a debtor may be called, how a client's value is scored,
 * and from which day overdue the head comes in for a valuable client.
 *
 * @param callEveryWorkingDays  soft steps (a reminder, a call) to one client at most once per this many working
 *                              days of the department's calendar; 0 lifts the limit
 * @param valueRevenueKopecks   revenue over 12 months that scores the full revenue part of the value
 * @param valueTenureMonths     months since the first invoice that score the full tenure part
 * @param highValue             a score from which a client is of {@link ValueTier#HIGH} value
 * @param mediumValue           a score from which a client is of {@link ValueTier#MEDIUM} value
 * @param headFromDaysHigh      the day overdue the head comes in for a client of high value
 * @param headFromDaysMedium    the same for medium value; a client of low value keeps the ladder's own head rung
 */
public record DebtRules(int callEveryWorkingDays, long valueRevenueKopecks, int valueTenureMonths, double highValue,
                        double mediumValue, int headFromDaysHigh, int headFromDaysMedium) {

    /** A call every two working days: pressing harder spoils the relationship, as the department says. */
    public static final int DEFAULT_CALL_EVERY_WORKING_DAYS = 2;
    /** 1 000 000 roubles a year scores the full revenue part (the old "big client" line, 500 000, scores half). */
    public static final long DEFAULT_VALUE_REVENUE_KOPECKS = 1_000_000_00L;
    /** Three years with the agency score the full tenure part. */
    public static final int DEFAULT_VALUE_TENURE_MONTHS = 36;
    /** The most working days between soft steps a setting may ask for (a quarter). */
    public static final int MAX_CALL_EVERY_WORKING_DAYS = 66;

    public DebtRules {
        if (callEveryWorkingDays < 0 || callEveryWorkingDays > MAX_CALL_EVERY_WORKING_DAYS) {
            throw Check.invalid("callEveryWorkingDays", Problem.of("error.debt.mustBeTo",
                    MAX_CALL_EVERY_WORKING_DAYS, callEveryWorkingDays));
        }
        Check.positive(valueRevenueKopecks, "valueRevenueKopecks");
        Check.positive(valueTenureMonths, "valueTenureMonths");
        Check.between(highValue, 0, 1, "highValue");
        Check.between(mediumValue, 0, 1, "mediumValue");
        if (mediumValue > highValue) {
            throw Check.invalid("mediumValue", Problem.of("error.debt.aboveHighvalue", highValue, mediumValue));
        }
        Check.positive(headFromDaysHigh, "headFromDaysHigh");
        Check.positive(headFromDaysMedium, "headFromDaysMedium");
        if (headFromDaysHigh > headFromDaysMedium) {
            throw Check.invalid("headFromDaysHigh", Problem.of("error.debt.laterHeadfromdaysmedium",
                    headFromDaysMedium, headFromDaysHigh));
        }
    }

    /** A call per two working days; value high from 0.6, medium from 0.35; the head at day 8 (high) or 15 (medium). */
    public static DebtRules departmentDefault() {
        return new DebtRules(DEFAULT_CALL_EVERY_WORKING_DAYS, DEFAULT_VALUE_REVENUE_KOPECKS,
                DEFAULT_VALUE_TENURE_MONTHS, 0.6, 0.35, 8, 15);
    }

    public ValueTier tier(double score) {
        return score >= highValue ? ValueTier.HIGH : score >= mediumValue ? ValueTier.MEDIUM : ValueTier.LOW;
    }

    /**
     * The ladder for a client of this value: the head's rung moved to {@link #headFromDaysHigh} or
     * {@link #headFromDaysMedium}, never later than the department's own ladder has it; a low-value client keeps it.
     */
    public Ladder ladderFor(Ladder base, ValueTier tier) {
        Check.notNull(base, "base");
        return switch (Check.notNull(tier, "tier")) {
            case HIGH -> base.headFrom(headFromDaysHigh);
            case MEDIUM -> base.headFrom(headFromDaysMedium);
            case LOW -> base;
        };
    }
}
