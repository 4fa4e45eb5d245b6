package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/**
 * Days overdue, as the department groups them: 0-30, 31-60, 61-90, 90+. "0-30" holds debts 1 to 30 days overdue
 * (a debt on its due date is not overdue yet; it is "not due" in {@link Aging}), "90+" holds 91 days and more.
 */
public enum AgingBucket {
    DAYS_0_30("0-30"),
    DAYS_31_60("31-60"),
    DAYS_61_90("61-90"),
    DAYS_90_PLUS("90+");

    private final String label;

    AgingBucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgingBucket of(long daysOverdue) {
        if (daysOverdue < 1) {
            throw Check.invalid("daysOverdue", Problem.of("error.input.atLeastOne", daysOverdue));
        }
        if (daysOverdue <= 30) {
            return DAYS_0_30;
        }
        if (daysOverdue <= 60) {
            return DAYS_31_60;
        }
        return daysOverdue <= 90 ? DAYS_61_90 : DAYS_90_PLUS;
    }
}
