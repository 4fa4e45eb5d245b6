package io.backstop.core.debt;

import static io.backstop.core.debt.AgingBucket.DAYS_0_30;
import static io.backstop.core.debt.AgingBucket.DAYS_31_60;
import static io.backstop.core.debt.AgingBucket.DAYS_61_90;
import static io.backstop.core.debt.AgingBucket.DAYS_90_PLUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Receivables, payments, aging buckets at a date, collections and DSO. */
class LedgerTest {

    private static final LocalDate AT = LocalDate.of(2026, 6, 30);

    private static Receivable due(String id, String client, long roubles, int daysOverdueAt) {
        LocalDate dueOn = AT.minusDays(daysOverdueAt);
        return new Receivable(id, client, roubles * 100, dueOn.minusDays(10), dueOn);
    }

    @Test
    void bucketBoundaries() {
        assertThat(AgingBucket.of(1)).isEqualTo(DAYS_0_30);
        assertThat(AgingBucket.of(30)).isEqualTo(DAYS_0_30);
        assertThat(AgingBucket.of(31)).isEqualTo(DAYS_31_60);
        assertThat(AgingBucket.of(60)).isEqualTo(DAYS_31_60);
        assertThat(AgingBucket.of(61)).isEqualTo(DAYS_61_90);
        assertThat(AgingBucket.of(90)).isEqualTo(DAYS_61_90);
        assertThat(AgingBucket.of(91)).isEqualTo(DAYS_90_PLUS);
        assertThat(DAYS_90_PLUS.label()).isEqualTo("90+");
        assertThatThrownBy(() -> AgingBucket.of(0)).hasMessageStartingWith("daysOverdue");
    }

    @Test
    void agingAtADate() {
        Ledger ledger = new Ledger(List.of(
                due("1", "alfa", 10_000, 0),      // due today: not overdue
                due("2", "alfa", 20_000, 15),
                due("3", "beta", 30_000, 45),
                due("4", "beta", 40_000, 75),
                due("5", "gamma", 50_000, 120),
                due("6", "gamma", 60_000, -10)),  // due in ten days
                List.of(new Payment("2", 5_000_00, AT.minusDays(1)),
                        new Payment("5", 50_000_00, AT.plusDays(1))));  // paid tomorrow: still owed today
        Aging aging = ledger.aging(AT);
        assertThat(aging.notDueKopecks()).isEqualTo(70_000_00);
        assertThat(aging.overdueKopecks()).containsExactly(
                Map.entry(DAYS_0_30, 15_000_00L), Map.entry(DAYS_31_60, 30_000_00L),
                Map.entry(DAYS_61_90, 40_000_00L), Map.entry(DAYS_90_PLUS, 50_000_00L));
        assertThat(aging.overdue()).isEqualTo(135_000_00);
        assertThat(aging.total()).isEqualTo(205_000_00);
        assertThat(aging.worst()).hasValue(DAYS_90_PLUS);
        assertThat(ledger.agingByClient(AT).get("alfa").bucket(DAYS_0_30)).isEqualTo(15_000_00);
        assertThat(ledger.agingByClient(AT).get("alfa").worst()).hasValue(DAYS_0_30);
        assertThat(ledger.clientsWithOverdue(AT)).containsExactly("alfa", "beta", "gamma");
        assertThat(ledger.aging(AT.plusDays(1)).bucket(DAYS_90_PLUS)).isZero();
    }

    @Test
    void aReceivableCountsFromItsIssueDate() {
        Receivable r = new Receivable("1", "alfa", 100_00, AT.plusDays(1), AT.plusDays(5));
        Ledger ledger = new Ledger(List.of(r), List.of());
        assertThat(ledger.open(AT)).isEmpty();
        assertThat(ledger.open(AT.plusDays(1))).containsExactly(new Debt(r, 100_00, 0));
        assertThat(ledger.open(AT.plusDays(6)).get(0).daysOverdue()).isEqualTo(1);
    }

    @Test
    void aFullyPaidReceivableIsClosed() {
        Receivable r = due("1", "alfa", 100, 40);
        Ledger ledger = new Ledger(List.of(r), List.of(new Payment("1", 60_00, AT.minusDays(20)),
                new Payment("1", 40_00, AT.minusDays(2))));
        assertThat(ledger.open(AT)).isEmpty();
        assertThat(ledger.open(AT.minusDays(3))).containsExactly(new Debt(r, 40_00, 37));
        assertThat(ledger.clientsWithOverdue(AT)).isEmpty();
    }

    @Test
    void collectedAndInvoicedInAPeriod() {
        Ledger ledger = new Ledger(List.of(
                new Receivable("1", "alfa", 100_000_00, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10)),
                new Receivable("2", "beta", 50_000_00, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 5))),
                List.of(new Payment("1", 70_000_00, LocalDate.of(2026, 6, 9)),
                        new Payment("2", 50_000_00, LocalDate.of(2026, 5, 31))));
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        assertThat(ledger.collected(june1, AT)).isEqualTo(70_000_00);
        assertThat(ledger.collectedByClient(LocalDate.of(2026, 5, 1), AT))
                .containsExactly(Map.entry("alfa", 70_000_00L), Map.entry("beta", 50_000_00L));
        assertThat(ledger.invoiced(june1, AT)).isEqualTo(100_000_00);
        // DSO = outstanding at the end (30 000) / invoiced in June (100 000) x 30 days = 9 days.
        assertThat(ledger.dso(june1, AT)).hasValue(9.0);
        assertThat(ledger.dso(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))).isEmpty();
    }

    @Test
    void dsoOfAMonthWhereNothingWasPaid() {
        Ledger ledger = new Ledger(List.of(
                new Receivable("1", "alfa", 60_000_00, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10)),
                new Receivable("2", "alfa", 30_000_00, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10))),
                List.of());
        // 90 000 outstanding against 30 000 invoiced in 30 days: three months of sales sit unpaid.
        assertThat(ledger.dso(LocalDate.of(2026, 6, 1), AT).getAsDouble()).isCloseTo(90.0, within(1e-9));
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new Receivable("1", "alfa", 0, AT, AT)).hasMessageStartingWith("amountKopecks: must be positive");
        assertThatThrownBy(() -> new Receivable("1", "alfa", 1, AT, AT.minusDays(1)))
                .hasMessageStartingWith("dueOn: must not be before issuedOn");
        assertThatThrownBy(() -> new Payment("1", -1, AT)).hasMessageStartingWith("amountKopecks: must be positive");
        assertThatThrownBy(() -> new Ledger(List.of(due("1", "a", 1, 0), due("1", "b", 1, 0)), List.of()))
                .hasMessage("receivables[1].id: \"1\" is listed twice");
        assertThatThrownBy(() -> new Ledger(List.of(), List.of(new Payment("9", 1, AT))))
                .hasMessage("payments[0].receivable: \"9\" is not a known receivable");
        assertThatThrownBy(() -> new Ledger(List.of(due("1", "a", 1, 0)),
                List.of(new Payment("1", 60, AT), new Payment("1", 60, AT))))
                .hasMessageStartingWith("payments[1].amountKopecks: brings the payments to \"1\" to 120 kopecks");
        assertThatThrownBy(() -> new Ledger(List.of(), List.of()).collected(AT, AT.minusDays(1)))
                .hasMessageStartingWith("to: must not be before from");
    }
}
