package io.backstop.core.debt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17, point 4: a client's value, the ladder it sets, the pace of soft steps and the guard with the value. */
class DebtGuardRulesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<DailyInterval> DAY = List.of(DailyInterval.parse("09:00-18:00"));
    /** Monday to Friday, 4 November a holiday (a Wednesday). */
    private static final WorkCalendar CALENDAR = new WorkCalendar(MOSCOW, Map.of(DayOfWeek.MONDAY, DAY,
            DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY, DayOfWeek.THURSDAY, DAY, DayOfWeek.FRIDAY, DAY),
            List.of(LocalDate.of(2026, 11, 4)));
    private static final DebtRules RULES = DebtRules.departmentDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void theWorkedExampleOfDocsResults() {
        // 800 000 roubles in 12 months, a client for 30 months, 9 of 10 invoices paid on time
        double score = ClientValue.score(800_000_00L, 30, 10, 9, RULES);
        // 0.5 x 0.8 + 0.2 x 30/36 + 0.3 x 0.9 = 0.4 + 0.1667 + 0.27 = 0.837
        assertThat(score).isEqualTo(0.837);
        assertThat(RULES.tier(score)).isEqualTo(ValueTier.HIGH);
        // a new client of 200 000 roubles with nothing due yet: 0.1 + 0 + 0.15 = 0.25
        assertThat(RULES.tier(ClientValue.score(200_000_00L, 0, 0, 0, RULES))).isEqualTo(ValueTier.LOW);
    }

    @Test
    void valueFromTheLedgerCountsRevenueTenureAndHistory() {
        // first invoice 40 months ago, paid on time; one paid late; one open and overdue now; one in the last year
        List<Receivable> invoices = List.of(
                new Receivable("1", "acme", 100_000_00L, TODAY.minusMonths(40), TODAY.minusMonths(40).plusDays(10)),
                new Receivable("2", "acme", 100_000_00L, TODAY.minusMonths(20), TODAY.minusMonths(20).plusDays(10)),
                new Receivable("3", "acme", 300_000_00L, TODAY.minusMonths(2), TODAY.minusMonths(2).plusDays(10)),
                new Receivable("4", "acme", 300_000_00L, TODAY.minusDays(5), TODAY.plusDays(5)));
        List<Payment> payments = List.of(new Payment("1", 100_000_00L, TODAY.minusMonths(40).plusDays(3)),
                new Payment("2", 100_000_00L, TODAY.minusMonths(20).plusDays(30)));
        ClientValue value = ClientValue.of(new Ledger(invoices, payments), TODAY, RULES);
        assertThat(value.revenueKopecks()).isEqualTo(600_000_00L);
        assertThat(value.tenureMonths()).isEqualTo(40);
        assertThat(value.invoicesDue()).isEqualTo(3);
        assertThat(value.paidOnTime()).isEqualTo(1);
        // 0.5 x 0.6 + 0.2 x 1 + 0.3 x 1/3 = 0.6
        assertThat(value.score()).isEqualTo(0.6);
        assertThat(value.tier()).isEqualTo(ValueTier.HIGH);
    }

    @Test
    void aValuableClientReachesTheHeadWellBeforeDay31() {
        Ladder base = Ladder.departmentDefault();
        LocalDate due = LocalDate.of(2026, 3, 10);
        assertThat(RULES.ladderFor(base, ValueTier.HIGH).reached(due, due.plusDays(8))).hasValue(EscalationLevel.HEAD);
        assertThat(RULES.ladderFor(base, ValueTier.HIGH).reached(due, due.plusDays(7)))
                .hasValue(EscalationLevel.MANAGER);
        assertThat(RULES.ladderFor(base, ValueTier.MEDIUM).daysOf(EscalationLevel.HEAD)).hasValue(15);
        assertThat(RULES.ladderFor(base, ValueTier.LOW).daysOf(EscalationLevel.HEAD)).hasValue(31);
        // never later than the department's own ladder, never on the manager's rung
        assertThat(Ladder.of(1, 5, 61).headFrom(8).daysOf(EscalationLevel.HEAD)).hasValue(5);
        assertThat(Ladder.of(3, 31, 61).headFrom(1).daysOf(EscalationLevel.HEAD)).hasValue(4);
        assertThat(RULES.ladderFor(base, ValueTier.HIGH).daysOf(EscalationLevel.DIRECTOR)).hasValue(61);
    }

    @Test
    void aSoftStepWaitsTwoWorkingDays() {
        // Monday 10:00 -> Wednesday 09:00; Friday -> Tuesday; Monday 2 Nov -> Thursday 5 Nov (the 4th a holiday)
        assertThat(SoftStepPace.nextAllowed(CALENDAR, at("2026-11-16T10:00"), 2)).isEqualTo(at("2026-11-18T09:00"));
        assertThat(SoftStepPace.nextAllowed(CALENDAR, at("2026-11-20T17:59"), 2)).isEqualTo(at("2026-11-24T09:00"));
        assertThat(SoftStepPace.nextAllowed(CALENDAR, at("2026-11-02T10:00"), 2)).isEqualTo(at("2026-11-05T09:00"));
        assertThat(SoftStepPace.nextAllowed(CALENDAR, at("2026-11-02T10:00"), 0)).isEqualTo(at("2026-11-02T10:00"));
    }

    @Test
    void aHighValueClientIsGuardedEvenBelowTheRevenueThreshold() {
        DunningGuard guard = DunningGuard.departmentDefault();
        assertThat(guard.decide(100_000_00L, ValueTier.HIGH, DunningAction.LEGAL, EscalationLevel.MANAGER, false)
                .outcome()).isEqualTo(GuardDecision.Outcome.NEEDS_HEAD_APPROVAL);
        assertThat(guard.decide(100_000_00L, ValueTier.MEDIUM, DunningAction.LEGAL, EscalationLevel.MANAGER, false)
                .allowed()).isTrue();
        // the old protection stays: above 500 000 roubles is guarded whatever the value
        assertThat(guard.decide(600_000_00L, ValueTier.LOW, DunningAction.LEGAL, EscalationLevel.MANAGER, false)
                .allowed()).isFalse();
        assertThat(guard.decide(600_000_00L, ValueTier.HIGH, DunningAction.LEGAL, EscalationLevel.HEAD, false)
                .allowed()).isTrue();
    }

    @Test
    void badRulesNameTheirField() {
        assertThatThrownBy(() -> new DebtRules(-1, 1, 1, 0.6, 0.3, 8, 15)).hasMessageStartingWith("callEveryWorkingDays");
        assertThatThrownBy(() -> new DebtRules(2, 1, 1, 0.3, 0.6, 8, 15)).hasMessageStartingWith("mediumValue");
        assertThatThrownBy(() -> new DebtRules(2, 1, 1, 0.6, 0.3, 20, 15)).hasMessageStartingWith("headFromDaysHigh");
        assertThatThrownBy(() -> new DebtRules(2, 0, 1, 0.6, 0.3, 8, 15)).hasMessageStartingWith("valueRevenueKopecks");
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MOSCOW).toInstant();
    }
}
