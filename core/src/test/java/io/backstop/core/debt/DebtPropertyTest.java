package io.backstop.core.debt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The buckets partition the overdue amounts; the ladder only climbs; the guard always gives a reason. */
class DebtPropertyTest {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    /** Random receivables over a year with random partial payments that never exceed the amount. */
    @Provide
    Arbitrary<Ledger> ledgers() {
        Arbitrary<int[]> one = Combinators.combine(
                Arbitraries.integers().between(0, 4),        // client
                Arbitraries.integers().between(1, 500_000),  // amount in kopecks
                Arbitraries.integers().between(0, 365),      // issued day
                Arbitraries.integers().between(0, 60),       // term
                Arbitraries.integers().between(0, 100),      // paid percent
                Arbitraries.integers().between(0, 400))      // paid day
                .as((c, a, i, t, p, d) -> new int[] {c, a, i, t, p, d});
        return one.list().ofMaxSize(25).map(rows -> {
            List<Receivable> receivables = new ArrayList<>();
            List<Payment> payments = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                int[] r = rows.get(k);
                LocalDate issued = BASE.plusDays(r[2]);
                receivables.add(new Receivable("r" + k, "c" + r[0], r[1], issued, issued.plusDays(r[3])));
                long paid = (long) r[1] * r[4] / 100;
                if (paid > 0) {
                    payments.add(new Payment("r" + k, paid, BASE.plusDays(r[5])));
                }
            }
            return new Ledger(receivables, payments);
        });
    }

    @Property(tries = 300)
    void bucketsPartitionTheOverdueAmounts(@ForAll("ledgers") Ledger ledger, @ForAll @IntRange(max = 500) int day) {
        LocalDate at = BASE.plusDays(day);
        Aging aging = ledger.aging(at);
        long overdue = 0;
        long notDue = 0;
        for (Debt d : ledger.open(at)) {
            if (d.overdue()) {
                overdue += d.outstandingKopecks();
            } else {
                notDue += d.outstandingKopecks();
            }
        }
        assertThat(aging.overdue()).isEqualTo(overdue);
        assertThat(aging.notDueKopecks()).isEqualTo(notDue);
        for (AgingBucket bucket : AgingBucket.values()) {
            long inBucket = ledger.open(at).stream().filter(Debt::overdue)
                    .filter(d -> AgingBucket.of(d.daysOverdue()) == bucket).mapToLong(Debt::outstandingKopecks).sum();
            assertThat(aging.bucket(bucket)).isEqualTo(inBucket);
        }
        // What was invoiced by then, minus what was paid by then, is what the aging holds.
        long invoiced = ledger.receivables().stream().filter(r -> !r.issuedOn().isAfter(at))
                .mapToLong(Receivable::amountKopecks).sum();
        long paid = ledger.payments().stream().filter(p -> !p.paidOn().isAfter(at))
                .filter(p -> ledger.receivables().stream().anyMatch(r -> r.id().equals(p.receivable())
                        && !r.issuedOn().isAfter(at)))
                .mapToLong(Payment::amountKopecks).sum();
        assertThat(aging.total()).isEqualTo(invoiced - paid);
        // Per client sums to the whole.
        long byClient = ledger.agingByClient(at).values().stream().mapToLong(Aging::total).sum();
        assertThat(byClient).isEqualTo(aging.total());
    }

    @Property(tries = 200)
    void theLadderOnlyClimbs(@ForAll @IntRange(max = 200) int day, @ForAll @IntRange(min = 0, max = 20) int m,
                             @ForAll @IntRange(min = 1, max = 40) int h, @ForAll @IntRange(min = 1, max = 40) int d) {
        Ladder ladder = Ladder.of(m, m + h, m + h + d);
        LocalDate due = BASE;
        var today = ladder.reached(due, due.plusDays(day));
        var tomorrow = ladder.reached(due, due.plusDays(day + 1));
        if (today.isPresent()) {
            assertThat(tomorrow.orElseThrow()).isGreaterThanOrEqualTo(today.get());
        }
    }

    @Property(tries = 200)
    void hardStepsAgainstBigClientsNeverPassAManagerWithoutTheHead(
            @ForAll @IntRange(max = 1_000_000) int revenueRoubles, @ForAll DunningAction action,
            @ForAll EscalationLevel actor, @ForAll boolean approved) {
        DunningGuard guard = DunningGuard.departmentDefault();
        GuardDecision decision = guard.decide(revenueRoubles * 100L, action, actor, approved);
        assertThat(decision.reason()).isNotBlank();
        boolean guarded = action.hard() && revenueRoubles * 100L > guard.revenueThresholdKopecks()
                && actor == EscalationLevel.MANAGER && !approved;
        assertThat(decision.allowed()).isEqualTo(!guarded);
    }
}
