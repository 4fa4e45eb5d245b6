package io.backstop.core.digest;

import io.backstop.core.debt.AgingBucket;
import java.util.Optional;

/** The client's debt in one line: owed, of it overdue, the oldest overdue in days and its bucket. */
public record DebtSummary(long outstandingKopecks, long overdueKopecks, long maxDaysOverdue,
                          Optional<AgingBucket> worst) {

    public static final DebtSummary NONE = new DebtSummary(0, 0, 0, Optional.empty());
}
