package io.backstop.core.debt;

import io.backstop.core.validation.Check;

/** A rung of the ladder: from {@code daysOverdue} days past the due date, the debt is {@code level}'s. */
public record EscalationStep(EscalationLevel level, int daysOverdue) {

    public EscalationStep {
        Check.notNull(level, "level");
        Check.notNegative(daysOverdue, "daysOverdue");
    }
}
