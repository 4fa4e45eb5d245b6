package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * What a client is worth keeping on a date (issue 17, point 4), a score from 0 to 1:
 * {@code value = 0.5 x revenue + 0.2 x tenure + 0.3 x history}, where
 * {@code revenue = min(1, invoiced in the 12 months up to the date / DebtRules.valueRevenueKopecks)},
 * {@code tenure = min(1, whole months since the first invoice / DebtRules.valueTenureMonths)} and
 * {@code history = invoices paid in full by their due date / invoices due before the date} (0.5 when none was due
 * yet: no history is neither good nor bad). An invoice still unpaid past its due date counts as late.
 * Revenue weighs most because a client who pays the agency much is the one it can least afford to lose; history
 * keeps a client who always paid on time from being pressed like one who never does.
 *
 * @param revenueKopecks  invoiced in the 12 months up to the date
 * @param tenureMonths    whole months since the first invoice
 * @param invoicesDue     invoices whose due date is before the date
 * @param paidOnTime      of them, those paid in full by their due date
 */
public record ClientValue(long revenueKopecks, long tenureMonths, int invoicesDue, int paidOnTime, double score,
                          ValueTier tier) {

    public static final double REVENUE_WEIGHT = 0.5;
    public static final double TENURE_WEIGHT = 0.2;
    public static final double HISTORY_WEIGHT = 0.3;
    /** The history part of a client with no invoice due yet. */
    public static final double NO_HISTORY = 0.5;

    /** The value of the one client whose part of the ledger {@code ledger} is, on {@code at}. */
    public static ClientValue of(Ledger ledger, LocalDate at, DebtRules rules) {
        Check.notNull(ledger, "ledger");
        Check.notNull(at, "at");
        Check.notNull(rules, "rules");
        LocalDate yearAgo = at.minusMonths(12);
        long revenue = 0;
        int due = 0;
        int onTime = 0;
        for (Receivable r : ledger.receivables()) {
            if (r.issuedOn().isAfter(yearAgo) && !r.issuedOn().isAfter(at)) {
                revenue += r.amountKopecks();
            }
            if (r.dueOn().isBefore(at)) {
                due++;
                if (ledger.outstanding(r, r.dueOn()) == 0) {
                    onTime++;
                }
            }
        }
        long tenure = ledger.receivables().stream().map(Receivable::issuedOn).filter(d -> !d.isAfter(at))
                .min(Comparator.naturalOrder()).map(first -> ChronoUnit.MONTHS.between(first, at)).orElse(0L);
        double score = score(revenue, tenure, due, onTime, rules);
        return new ClientValue(revenue, tenure, due, onTime, score, rules.tier(score));
    }

    /** The formula above, rounded to three decimals so that a tier never hangs on a floating-point crumb. */
    public static double score(long revenueKopecks, long tenureMonths, int invoicesDue, int paidOnTime,
                               DebtRules rules) {
        double revenue = Math.min(1.0, (double) revenueKopecks / rules.valueRevenueKopecks());
        double tenure = Math.min(1.0, (double) tenureMonths / rules.valueTenureMonths());
        double history = invoicesDue == 0 ? NO_HISTORY : (double) paidOnTime / invoicesDue;
        double raw = REVENUE_WEIGHT * revenue + TENURE_WEIGHT * tenure + HISTORY_WEIGHT * history;
        return Math.round(raw * 1000) / 1000.0;
    }

    /** The share of invoices paid on time, if any was due. */
    public double onTimeShare() {
        return invoicesDue == 0 ? NO_HISTORY : (double) paidOnTime / invoicesDue;
    }
}
