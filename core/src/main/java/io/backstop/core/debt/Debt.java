package io.backstop.core.debt;

/** A receivable still (partly) unpaid on a date: what is left and how many days it is overdue (0 if not yet). */
public record Debt(Receivable receivable, long outstandingKopecks, long daysOverdue) {

    public String client() {
        return receivable.client();
    }

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
