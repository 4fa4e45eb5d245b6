package io.backstop.core.debt;

import static io.backstop.core.debt.EscalationLevel.DIRECTOR;
import static io.backstop.core.debt.EscalationLevel.HEAD;
import static io.backstop.core.debt.EscalationLevel.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladder manager, head, director with its dates, and the guard for large clients. */
class EscalationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);
    private final Ladder ladder = Ladder.departmentDefault();

    @Test
    void eachRungHasItsDate() {
        assertThat(ladder.schedule(DUE)).containsExactly(
                new ScheduledStep(MANAGER, LocalDate.of(2026, 3, 11)),
                new ScheduledStep(HEAD, LocalDate.of(2026, 4, 10)),
                new ScheduledStep(DIRECTOR, LocalDate.of(2026, 5, 10)));
    }

    @Test
    void theRungReachedOnADate() {
        assertThat(ladder.reached(DUE, DUE)).isEmpty();
        assertThat(ladder.reached(DUE, DUE.plusDays(1))).hasValue(MANAGER);
        assertThat(ladder.reached(DUE, DUE.plusDays(30))).hasValue(MANAGER);
        assertThat(ladder.reached(DUE, DUE.plusDays(31))).hasValue(HEAD);
        assertThat(ladder.reached(DUE, DUE.plusDays(400))).hasValue(DIRECTOR);
    }

    @Test
    void theDaysAreConfigurable() {
        Ladder early = Ladder.of(0, 10, 30);
        assertThat(early.reached(DUE, DUE)).hasValue(MANAGER);
        assertThat(early.reached(DUE, DUE.plusDays(10))).hasValue(HEAD);
        Ladder noDirector = new Ladder(List.of(new EscalationStep(MANAGER, 1), new EscalationStep(HEAD, 20)));
        assertThat(noDirector.reached(DUE, DUE.plusDays(365))).hasValue(HEAD);
    }

    @Test
    void aBadLadderIsRefused() {
        assertThatThrownBy(() -> Ladder.of(1, 1, 61)).hasMessage("steps[1].daysOverdue: must be more than 1, got 1");
        assertThatThrownBy(() -> new Ladder(List.of(new EscalationStep(HEAD, 1), new EscalationStep(MANAGER, 5))))
                .hasMessage("steps[1].level: MANAGER must be above HEAD");
        assertThatThrownBy(() -> new Ladder(List.of())).hasMessage("steps: must not be empty");
        assertThatThrownBy(() -> new EscalationStep(HEAD, -1)).hasMessageStartingWith("daysOverdue: must not be negative");
    }

    @Test
    void aClientClimbsByTheirOldestOverdueReceivable() {
        Ledger ledger = new Ledger(List.of(
                new Receivable("old", "alfa", 10_000_00, DUE.minusDays(10), DUE),
                new Receivable("new", "alfa", 10_000_00, DUE.plusDays(20), DUE.plusDays(30)),
                new Receivable("other", "beta", 10_000_00, DUE.minusDays(100), DUE.minusDays(90))),
                List.of());
        LocalDate at = DUE.plusDays(40);
        ClientEscalation alfa = ladder.forClient(ledger, "alfa", at).orElseThrow();
        assertThat(alfa.oldest().receivable().id()).isEqualTo("old");
        assertThat(alfa.level()).isEqualTo(HEAD);
        assertThat(alfa.next()).hasValue(new ScheduledStep(DIRECTOR, DUE.plusDays(61)));
        assertThat(ladder.forClient(ledger, "alfa", DUE)).isEmpty();
        assertThat(ladder.forClient(ledger, "beta", at).orElseThrow().next()).isEmpty();
        assertThat(ladder.forClient(ledger, "nobody", at)).isEmpty();
    }

    @Test
    void softStepsNeedNoApproval() {
        DunningGuard guard = DunningGuard.departmentDefault();
        GuardDecision call = guard.decide(10_000_000_00L, DunningAction.CALL, MANAGER, false);
        assertThat(call.allowed()).isTrue();
        assertThat(call.reason()).contains("not a hard step");
    }

    @Test
    void hardStepsAgainstALargeClientNeedTheHead() {
        DunningGuard guard = DunningGuard.departmentDefault();
        GuardDecision claim = guard.decide(600_000_00L, DunningAction.CLAIM_LETTER, MANAGER, false);
        assertThat(claim.outcome()).isEqualTo(GuardDecision.Outcome.NEEDS_HEAD_APPROVAL);
        assertThat(claim.reason()).isEqualTo("the client's revenue 600000.00 roubles is above the threshold "
                + "500000.00 roubles: CLAIM_LETTER needs the head's approval");
        assertThat(guard.decide(600_000_00L, DunningAction.SUSPEND_WORK, MANAGER, true).reason())
                .isEqualTo("the head approved SUSPEND_WORK");
        assertThat(guard.decide(600_000_00L, DunningAction.LEGAL, HEAD, false).allowed()).isTrue();
        assertThat(guard.decide(600_000_00L, DunningAction.LEGAL, DIRECTOR, false).allowed()).isTrue();
    }

    @Test
    void hardStepsAgainstASmallClientAreTheManagers() {
        DunningGuard guard = new DunningGuard(100_000_00L);
        assertThat(guard.decide(100_000_00L, DunningAction.SUSPEND_WORK, MANAGER, false).allowed()).isTrue();
        assertThat(guard.decide(100_000_01L, DunningAction.SUSPEND_WORK, MANAGER, false).allowed()).isFalse();
        assertThatThrownBy(() -> new DunningGuard(-1)).hasMessageStartingWith("revenueThresholdKopecks");
        assertThatThrownBy(() -> guard.decide(1, null, MANAGER, false)).hasMessage("action: must not be null");
    }
}
