package io.backstop.app.results;

import static io.backstop.app.results.ResultsDeskTest.DEPARTMENT;
import static io.backstop.app.results.ResultsDeskTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.DunningChoice;
import io.backstop.app.results.debt.DunningRefused;
import io.backstop.app.results.debt.StoredDunningStep;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.EscalationLevel;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.debt.ValueTier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 4: the debt guard's gaming attempts, each tried as the manager in the issue did. Each failed on the
 * code before (the step was taken, the head came in on day 31, the list had every client owing anything).
 */
class DebtGuardGamingTest {

    /** Friday 20 November 2026, 10:00 Moscow. */
    private static final Instant FRIDAY = at("2026-11-20T10:00");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    TestHost host;
    ResultsDesk desk;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        desk = host.backstop.results();
        // quiet: 100 000 roubles invoiced, due in a week: owes, nothing overdue
        invoice("Q-1", "quiet", 10_000_000, "2026-11-13", "2026-11-27", "ivanova");
        // late: 50 000 roubles 20 days overdue
        invoice("L-1", "late", 5_000_000, "2026-10-21", "2026-10-31", "ivanova");
    }

    private void invoice(String id, String client, long kopecks, String issued, String due, String manager) {
        desk.debt().recordReceivable(new Receivable(id, client, kopecks, LocalDate.parse(issued), LocalDate.parse(due)),
                Optional.of(manager), Optional.of("seo"));
    }

    @Test
    void legalAgainstAClientWithNothingOverdueIsRefused() {
        for (DunningAction hard : new DunningAction[] {DunningAction.CLAIM_LETTER, DunningAction.SUSPEND_WORK,
                DunningAction.LEGAL}) {
            assertThatThrownBy(() -> desk.debt().takeDunningStep("quiet", hard, "ivanova", FRIDAY))
                    .isInstanceOfSatisfying(DunningRefused.class, r -> {
                        assertThat(r.kind()).isEqualTo(DunningRefused.Kind.NOTHING_OVERDUE);
                        assertThat(r).hasMessage("\"quiet\" has nothing overdue on 2026-11-20: " + hard
                                + " is a hard step and needs an overdue debt");
                    });
        }
        // the head cannot either: no debt, no claim
        assertThatThrownBy(() -> desk.debt().takeDunningStep("nobody-owes", DunningAction.LEGAL, "head", FRIDAY))
                .isInstanceOf(DunningRefused.class);
        assertThat(desk.debt().takeDunningStep("late", DunningAction.LEGAL, "ivanova", FRIDAY).status())
                .isEqualTo(StoredDunningStep.Status.TAKEN);
        assertThat(steps()).singleElement().extracting(StoredDunningStep::client).isEqualTo("late");
    }

    @Test
    void fiveCallsInSixteenSecondsAreOneCallAndTheRestNameWhenTheNextIsAllowed() {
        assertThat(desk.debt().takeDunningStep("late", DunningAction.CALL, "ivanova", FRIDAY).status())
                .isEqualTo(StoredDunningStep.Status.TAKEN);
        for (int second = 4; second <= 16; second += 4) {
            Instant at = FRIDAY.plusSeconds(second);
            assertThatThrownBy(() -> desk.debt().takeDunningStep("late", DunningAction.CALL, "ivanova", at))
                    .isInstanceOfSatisfying(DunningRefused.class, r -> {
                        assertThat(r.kind()).isEqualTo(DunningRefused.Kind.TOO_SOON);
                        // Friday's call: Monday is one working day, Tuesday the second
                        assertThat(r.nextAllowed()).hasValue(at("2026-11-24T09:00"));
                        assertThat(r.getMessage()).contains("the next is allowed from 2026-11-24 09:00");
                    });
        }
        // a reminder is a soft step too: it waits as a call does; and another manager's client is not the excuse
        assertThatThrownBy(() -> desk.debt().takeDunningStep("late", DunningAction.REMINDER, "head",
                at("2026-11-23T15:00"))).isInstanceOf(DunningRefused.class);
        assertThat(desk.debt().takeDunningStep("late", DunningAction.CALL, "ivanova", at("2026-11-24T09:00")).status())
                .isEqualTo(StoredDunningStep.Status.TAKEN);
        assertThat(steps()).hasSize(2);
    }

    @Test
    void theLimitIsASetting() {
        desk.replaceSettings(ResultsSettings.read("{\"debt\": {\"callEveryWorkingDays\": 0}}"));
        desk.debt().takeDunningStep("late", DunningAction.CALL, "ivanova", FRIDAY);
        desk.debt().takeDunningStep("late", DunningAction.CALL, "ivanova", FRIDAY.plusSeconds(4));
        assertThat(steps()).hasSize(2);
        assertThatThrownBy(() -> ResultsSettings.read("{\"debt\": {\"callEveryWorkingDays\": -1}}"))
                .hasMessageStartingWith("debt.callEveryWorkingDays");
        assertThatThrownBy(() -> ResultsSettings.read("{\"debt\": {\"value\": {\"high\": 0.2, \"medium\": 0.5}}}"))
                .hasMessageStartingWith("debt.value.medium");
        assertThatThrownBy(() -> ResultsSettings.read("{\"debt\": {\"headFromDays\": {\"high\": \"x\"}}}"))
                .hasMessageStartingWith("debt.headFromDays.high");
    }

    @Test
    void aManagerDunningAnotherManagersClientIsRefusedTheHeadAndTheOfficeManagerMay() {
        assertThatThrownBy(() -> desk.debt().takeDunningStep("late", DunningAction.CALL, "petrova", FRIDAY))
                .isInstanceOfSatisfying(DunningRefused.class, r -> {
                    assertThat(r.kind()).isEqualTo(DunningRefused.Kind.NOT_YOURS);
                    assertThat(r).hasMessage("only the client's manager (ivanova), the head or the office manager"
                            + " dun \"late\"");
                });
        assertThatThrownBy(() -> desk.debt().takeDunningStep("late", DunningAction.CLAIM_LETTER, "operator", FRIDAY))
                .isInstanceOf(DunningRefused.class);
        assertThat(desk.debt().takeDunningStep("late", DunningAction.CLAIM_LETTER, "office", FRIDAY).status())
                .isEqualTo(StoredDunningStep.Status.TAKEN);
        assertThat(desk.debt().takeDunningStep("late", DunningAction.CALL, "head", FRIDAY).status())
                .isEqualTo(StoredDunningStep.Status.TAKEN);
    }

    @Test
    void aValuableClientsLadderBringsTheHeadInBeforeDay31() {
        // with the agency since 2023, always paid on time, 900 000 roubles this year; now 10 days overdue
        invoice("V-0", "valued", 30_000_000, "2023-06-01", "2023-06-15", "ivanova");
        desk.debt().recordPayment(new Payment("V-0", 30_000_000, LocalDate.parse("2023-06-10")));
        invoice("V-1", "valued", 60_000_000, "2026-03-01", "2026-03-15", "ivanova");
        desk.debt().recordPayment(new Payment("V-1", 60_000_000, LocalDate.parse("2026-03-14")));
        invoice("V-2", "valued", 30_000_000, "2026-10-31", "2026-11-10", "ivanova");

        DebtDesk.ClientDebt debt = desk.debt().clientDebt("valued", TODAY);

        // 0.5 x 0.9 + 0.2 x 1 + 0.3 x 2/3 = 0.85
        assertThat(debt.value().score()).isEqualTo(0.85);
        assertThat(debt.value().tier()).isEqualTo(ValueTier.HIGH);
        assertThat(debt.escalation().orElseThrow().oldest().daysOverdue()).isEqualTo(10);
        assertThat(debt.escalation().orElseThrow().level()).isEqualTo(EscalationLevel.HEAD);
        assertThat(debt.escalation().orElseThrow().schedule().get(1).dueOn()).isEqualTo(LocalDate.parse("2026-11-18"));
        // a client of low value 10 days overdue is still the manager's
        invoice("L-2", "late2", 100_000, "2026-10-31", "2026-11-10", "ivanova");
        assertThat(desk.debt().clientDebt("late2", TODAY).escalation().orElseThrow().level())
                .isEqualTo(EscalationLevel.MANAGER);
        // and the big client stays protected: a manager's hard step waits for the head
        assertThat(desk.debt().takeDunningStep("valued", DunningAction.CLAIM_LETTER, "ivanova", FRIDAY).status())
                .isEqualTo(StoredDunningStep.Status.PENDING);
    }

    @Test
    void theDebtorsListShowsOnlyOverdueDebtorsUnlessAskedForAll() {
        DebtDesk.Debtors overdue = desk.debt().debtors(LocalDate.parse("2026-11-01"), TODAY, Optional.empty());
        DebtDesk.Debtors all = desk.debt().debtors(LocalDate.parse("2026-11-01"), TODAY, Optional.empty(), true);

        assertThat(overdue.debtors()).extracting(DebtDesk.Debtor::client).containsExactly("late");
        assertThat(all.debtors()).extracting(DebtDesk.Debtor::client).containsExactly("late", "quiet");
        assertThat(overdue.total().total()).as("the totals still count every receivable").isEqualTo(15_000_000);
        assertThat(all.debtors().get(1).value().tenureMonths()).isZero();
    }

    @Test
    void thePanelsChoicesSayWhichStepIsRefusedAndWhy() {
        desk.debt().takeDunningStep("late", DunningAction.CALL, "ivanova", FRIDAY);

        var choices = desk.debt().dunningChoices("late", "ivanova", FRIDAY.plusSeconds(60));
        var quiet = desk.debt().dunningChoices("quiet", "ivanova", FRIDAY);
        var petrovas = desk.debt().dunningChoices("late", "petrova", FRIDAY);

        assertThat(choices).filteredOn(c -> c.refused().isPresent()).extracting(DunningChoice::action)
                .containsExactly(DunningAction.REMINDER, DunningAction.CALL);
        assertThat(quiet).filteredOn(c -> c.refused().isPresent()).extracting(DunningChoice::action)
                .containsExactly(DunningAction.CLAIM_LETTER, DunningAction.SUSPEND_WORK, DunningAction.LEGAL);
        assertThat(petrovas).allMatch(c -> c.refused().map(r -> r.kind() == DunningRefused.Kind.NOT_YOURS)
                .orElse(false));
    }

    private java.util.List<StoredDunningStep> steps() {
        return desk.debt().dunningSteps(at("2026-11-01T00:00"), at("2026-12-01T00:00"), Optional.empty());
    }
}
