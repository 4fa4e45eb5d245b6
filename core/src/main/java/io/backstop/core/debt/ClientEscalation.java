package io.backstop.core.debt;

import java.util.List;
import java.util.Optional;

/**
 * Where a debtor stands on the ladder: driven by their oldest overdue receivable.
 *
 * @param next the next rung and its date; empty at the top
 */
public record ClientEscalation(String client, Debt oldest, EscalationLevel level, Optional<ScheduledStep> next,
                               List<ScheduledStep> schedule) {

    public ClientEscalation {
        schedule = List.copyOf(schedule);
    }
}
