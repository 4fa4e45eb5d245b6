package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;

/**
 * Money a client owes on one invoice. Money in core is {@code long} kopecks (100 per rouble): exact, and sums
 * cannot drift the way doubles do; a host formats roubles.
 */
public record Receivable(String id, String client, long amountKopecks, LocalDate issuedOn, LocalDate dueOn) {

    public Receivable {
        Check.notBlank(id, "id");
        Check.notBlank(client, "client");
        Check.positive(amountKopecks, "amountKopecks");
        Check.notNull(issuedOn, "issuedOn");
        Check.notNull(dueOn, "dueOn");
        if (dueOn.isBefore(issuedOn)) {
            throw Check.invalid("dueOn", Problem.of("error.debt.beforeIssuedon", dueOn, issuedOn));
        }
    }

    /** Whole days past the due date on {@code at}; zero on the due date and before it. */
    public long daysOverdue(LocalDate at) {
        return Math.max(0, at.toEpochDay() - dueOn.toEpochDay());
    }
}
