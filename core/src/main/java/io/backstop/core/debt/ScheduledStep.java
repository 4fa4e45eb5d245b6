package io.backstop.core.debt;

import java.time.LocalDate;

/** The date a rung of the ladder becomes due for one receivable. */
public record ScheduledStep(EscalationLevel level, LocalDate dueOn) {
}
