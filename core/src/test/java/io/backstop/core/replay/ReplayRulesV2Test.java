package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.absence.AbsenceFigures;
import io.backstop.core.absence.AbsenceReport;
import io.backstop.core.absence.HandedIn;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Example tests of Replay.run for rules 10-14 of sla-semantics.md ("honest clocks"). Unless a test says otherwise:
 * Monday 2026-11-02 in Moscow, MON-FRI 09:00-18:00, queueAfter PT30M, respondWithin PT1H, returnToOwner, tick PT5M
 * from 08:00 to 20:00; head, operator, ivanova (deputies: petrova), petrova, sidorov.
 */
class ReplayRulesV2Test {

    private static ScenarioBuilder dept() {
        return ScenarioBuilder.department();
    }

    /**
     * A long goal (8 working hours) and until 17:00, so that no breach gets in the way; promises run 8 working
     * hours.
     */
    private static ScenarioBuilder calm() {
        return ScenarioBuilder.department().policy("PT30M", "PT8H", true).answerWithin("PT8H").until("17:00");
    }

    @Nested
    @DisplayName("rule 10: who breached")
    class WhoBreached {

        @Test
        void theBreachIsHeldByTheHolderNotByWhoeverRepliesAfterwards() {
            ScenarioBuilder b = dept().created("10:00", "WEB-1", "ivanova").reply("11:30", "WEB-1", "operator");
            ReplayResult r = b.run();
            assertThat(b.heldBy(r)).containsExactly("WEB-1 held by ivanova at 11:00");
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:30 by operator 5400s late");
        }

        @Test
        void aDeputyWhoHeldTheIssueHoldsTheBreach() {
            ScenarioBuilder b = dept().absent("ivanova", "09:00", "13:00").created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.heldBy(r)).containsExactly("WEB-1 held by petrova at 11:00");
            assertThat(b.moves(r)).containsExactly("10:00 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->operator BREACH", "13:00 WEB-1 operator->ivanova RETURN");
        }

        @Test
        void whenTheTakerAlreadyHoldsItTheBreachIsStillHers() {
            ScenarioBuilder b = dept().created("10:00", "WEB-1", "operator");
            ReplayResult r = b.run();
            assertThat(b.heldBy(r)).containsExactly("WEB-1 held by operator at 11:00");
            assertThat(r.reassignments()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 11: promises")
    class Promises {

        @Test
        void aHoldingReplyEndsTheCycleOnTimeAndOpensAPromiseAfterAnswerWithin() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova").holding("11:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:00 by ivanova 3600s on time");
            assertThat(b.promises(r)).containsExactly("WEB-1 by ivanova made 11:00 due +1 10:00 OPEN");
            assertThat(r.queue()).isEmpty();
        }

        @Test
        void aNamedPromiseIsDueAtTheNamedInstantEvenOnAWeekend() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova").holding("11:00", "WEB-1", "ivanova",
                    "+5 12:00");
            assertThat(b.promises(b.run())).containsExactly("WEB-1 by ivanova made 11:00 due +5 12:00 OPEN");
        }

        @Test
        void theGoalsAnswerWithinAppliesAndTheTickBreaksThePromiseWithoutMovingTheIssue() {
            ScenarioBuilder b = calm().goal(List.of("Complaint"), List.of(), null, null, "PT2H")
                    .created("10:00", "WEB-1", "ivanova", "Complaint", null).holding("11:00", "WEB-1", "petrova");
            ReplayResult r = b.run();
            assertThat(b.promises(r)).containsExactly("WEB-1 by petrova made 11:00 due 13:00 BROKEN 13:00");
            assertThat(r.reassignments()).isEmpty();
        }

        @Test
        void anAnswerByTheDueTimeKeepsItAndAClientMessageMeanwhileLeavesItOpen() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova")
                    .holding("11:00", "WEB-1", "ivanova", "15:00").message("13:00", "WEB-1")
                    .reply("14:00", "WEB-1", "petrova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:00 by ivanova 3600s on time",
                    "WEB-1 since 13:00 at 14:00 by petrova 3600s on time");
            assertThat(b.promises(r)).containsExactly("WEB-1 by ivanova made 11:00 due 15:00 KEPT 14:00");
        }

        @Test
        void anAnswerExactlyAtTheDueTickKeepsIt() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova")
                    .holding("11:00", "WEB-1", "ivanova", "15:00").reply("15:00", "WEB-1", "ivanova");
            assertThat(b.promises(b.run())).containsExactly("WEB-1 by ivanova made 11:00 due 15:00 KEPT 15:00");
        }

        @Test
        void nothingByTheDueTimeBreaksItAtTheNextTick() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova")
                    .holding("11:00", "WEB-1", "ivanova", "15:02");
            ReplayResult r = b.run();
            assertThat(b.promises(r)).containsExactly("WEB-1 by ivanova made 11:00 due 15:02 BROKEN 15:05");
            assertThat(r.reassignments()).isEmpty();
        }

        @Test
        void aLateAnswerBeforeTheTickBreaksIt() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova")
                    .holding("11:00", "WEB-1", "ivanova", "15:02").reply("15:04", "WEB-1", "ivanova");
            assertThat(b.promises(b.run())).containsExactly("WEB-1 by ivanova made 11:00 due 15:02 BROKEN 15:04");
        }

        @Test
        void aPromiseDueAtUntilIsBrokenByTheTickAtUntil() {
            ScenarioBuilder b = calm().until("16:00").created("10:00", "WEB-1", "ivanova")
                    .holding("11:00", "WEB-1", "ivanova", "16:00");
            assertThat(b.promises(b.run())).containsExactly("WEB-1 by ivanova made 11:00 due 16:00 BROKEN 16:00");
        }

        @Test
        void anotherHoldingReplyInTimeMovesItAndOpensItsOwn() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova")
                    .holding("11:00", "WEB-1", "ivanova", "15:00").holding("14:00", "WEB-1", "operator", "+1 12:00");
            ReplayResult r = b.run();
            assertThat(b.promises(r)).containsExactly("WEB-1 by ivanova made 11:00 due 15:00 MOVED 14:00",
                    "WEB-1 by operator made 14:00 due +1 12:00 OPEN");
            assertThat(r.replies()).as("the second reply ended no cycle").hasSize(1);
        }

        @Test
        void aLateHoldingReplyBreaksItAndOpensItsOwn() {
            ScenarioBuilder b = calm().until("16:00").created("10:00", "WEB-1", "ivanova")
                    .holding("11:00", "WEB-1", "ivanova", "15:02").holding("15:04", "WEB-1", "ivanova", "17:00");
            assertThat(b.promises(b.run())).containsExactly("WEB-1 by ivanova made 11:00 due 15:02 BROKEN 15:04",
                    "WEB-1 by ivanova made 15:04 due 17:00 OPEN");
        }

        @Test
        void theResolutionKeepsItInTimeAndBreaksItLate() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova").created("10:00", "WEB-2", "petrova")
                    .holding("11:00", "WEB-1", "ivanova", "15:00").holding("11:00", "WEB-2", "petrova", "15:02")
                    .resolved("14:00", "WEB-1").resolved("15:04", "WEB-2");
            assertThat(b.promises(b.run())).containsExactly("WEB-1 by ivanova made 11:00 due 15:00 KEPT 14:00",
                    "WEB-2 by petrova made 11:00 due 15:02 BROKEN 15:04");
        }

        @Test
        void promisesAreListedInTheOrderMadeNotClosed() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova").created("10:00", "WEB-2", "petrova")
                    .holding("10:30", "WEB-2", "petrova").holding("11:00", "WEB-1", "ivanova")
                    .reply("12:00", "WEB-2", "petrova");
            assertThat(b.promises(b.run())).containsExactly("WEB-2 by petrova made 10:30 due +1 09:30 KEPT 12:00",
                    "WEB-1 by ivanova made 11:00 due +1 10:00 OPEN");
        }

        @Test
        void aHoldingReplyDoesWhatRule3DoesItReturnsTheIssueToItsPresentOwner() {
            ScenarioBuilder b = dept().created("10:00", "WEB-1", "ivanova").holding("11:30", "WEB-1", "operator");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:30 by operator 5400s late");
            assertThat(b.moves(r)).containsExactly("11:00 WEB-1 ivanova->operator BREACH",
                    "11:30 WEB-1 operator->ivanova RETURN");
            assertThat(b.promises(r)).containsExactly("WEB-1 by operator made 11:30 due +2 09:30 OPEN");
        }

        @Test
        void aHoldingReplyOnAResolvedIssueOpensNothing() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova").resolved("10:30", "WEB-1")
                    .holding("11:00", "WEB-1", "ivanova");
            assertThat(b.run().promises()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 12: busy")
    class Busy {

        @Test
        void aBusyHolderSkipsTheOwnersDeputiesAndTheEndOfBusyReturnsTheIssue() {
            ScenarioBuilder b = calm().busy("ivanova", "12:00", "13:00").created("12:10", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("12:10 WEB-1 ivanova->operator ABSENCE",
                    "13:00 WEB-1 operator->ivanova RETURN");
            ScenarioBuilder away = calm().absent("ivanova", "12:00", "13:00").created("12:10", "WEB-1", "ivanova");
            assertThat(away.moves(away.run())).as("on leave, the deputy").containsExactly(
                    "12:10 WEB-1 ivanova->petrova ABSENCE", "13:00 WEB-1 petrova->ivanova RETURN");
        }

        @Test
        void theStartOfBusyMovesAnAwaitingIssue() {
            ScenarioBuilder b = calm().created("10:00", "WEB-1", "ivanova").busy("ivanova", "10:20", "11:00");
            assertThat(b.moves(b.run())).containsExactly("10:20 WEB-1 ivanova->operator ABSENCE",
                    "11:00 WEB-1 operator->ivanova RETURN");
        }

        @Test
        void busyAndOnLeaveAtOnceIsNotOnlyBusy() {
            ScenarioBuilder b = calm().absent("ivanova", "12:00", "14:00").busy("ivanova", "12:00", "13:00")
                    .created("12:10", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("12:10 WEB-1 ivanova->petrova ABSENCE",
                    "14:00 WEB-1 petrova->ivanova RETURN");
        }

        @Test
        void aBusyPersonCountsAsAbsentInEveryChain() {
            ScenarioBuilder b = calm().absent("ivanova", "12:00", "14:00").busy("petrova", "12:00", "13:00")
                    .created("12:10", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("12:10 WEB-1 ivanova->operator ABSENCE",
                    "14:00 WEB-1 operator->ivanova RETURN");
            ScenarioBuilder breach = dept().busy("operator", "10:30", "11:30").created("10:00", "WEB-1", "ivanova");
            assertThat(breach.moves(breach.run())).containsExactly("11:00 WEB-1 ivanova->head BREACH");
        }

        @Test
        void aBusyOwnerTakesNoIssueBackOnAReplyOnlyWhenTheMeetingEnds() {
            ScenarioBuilder b = calm().busy("ivanova", "14:00", "15:00").created("13:30", "WEB-1", "ivanova")
                    .reply("14:20", "WEB-1", "operator");
            assertThat(b.moves(b.run())).containsExactly("14:00 WEB-1 ivanova->operator ABSENCE",
                    "15:00 WEB-1 operator->ivanova RETURN");
        }

        @Test
        void aBusyDeputyHoldingTheIssueHandsItToTheOperatorNotToTheOwnersNextDeputy() {
            ScenarioBuilder b = calm().deputies("ivanova", "petrova", "sidorov")
                    .absent("ivanova", "09:00", "16:00").created("10:00", "WEB-1", "ivanova")
                    .busy("petrova", "11:00", "12:00");
            assertThat(b.moves(b.run())).containsExactly("10:00 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->operator ABSENCE", "16:00 WEB-1 operator->ivanova RETURN");
        }

        @Test
        void aPresentOwnerTakesTheIssueFromABusyHolder() {
            ScenarioBuilder b = calm().returnToOwner(false).absent("ivanova", "09:00", "10:00")
                    .created("09:30", "WEB-1", "ivanova").busy("petrova", "11:00", "12:00");
            assertThat(b.moves(b.run())).containsExactly("09:30 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->ivanova ABSENCE");
        }

        /** Reading: an owner's deputy who is also the operator's deputy keeps that place in the busy chain. */
        @Test
        void anOwnersDeputyWhoIsAlsoTheOperatorsDeputyStaysInTheOperatorsPart() {
            ScenarioBuilder b = calm().deputies("operator", "petrova").busy("ivanova", "10:00", "11:00")
                    .absent("operator", "09:00", "12:00").created("10:10", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("10:10 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->ivanova RETURN");
        }
    }

    @Nested
    @DisplayName("rule 13: not a cover yet")
    class NotACoverYet {

        private ScenarioBuilder withNewcomer(String coversFrom) {
            return ScenarioBuilder.monday().policy("PT30M", "PT8H", true).until("17:00").head("head")
                    .operator("operator")
                    .manager("ivanova", "sidorova", "petrova").manager("petrova").manager("sidorova", "petrova")
                    .coversFrom("sidorova", coversFrom);
        }

        @Test
        void aNewcomerIsSkippedInTheAbsenceChainUntilCoversFrom() {
            ScenarioBuilder b = withNewcomer("10:30").absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova").created("10:30", "WEB-2", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("10:00 WEB-1 ivanova->petrova ABSENCE",
                    "10:30 WEB-2 ivanova->sidorova ABSENCE", "12:00 WEB-1 petrova->ivanova RETURN",
                    "12:00 WEB-2 sidorova->ivanova RETURN");
        }

        @Test
        void aNewcomerIsSkippedInTheBreachChainButAlwaysHoldsHerOwnBreach() {
            ScenarioBuilder b = withNewcomer("+60 00:00").policy("PT30M", "PT1H", true)
                    .deputies("operator", "sidorova").absent("operator", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova").created("10:00", "WEB-2", "sidorova");
            ReplayResult r = b.run();
            assertThat(b.moves(r)).containsExactly("11:00 WEB-1 ivanova->head BREACH");
            assertThat(b.heldBy(r)).containsExactly("WEB-1 held by ivanova at 11:00",
                    "WEB-2 held by sidorova at 11:00");
        }

        @Test
        void onceACoverSheTakesAnIssueNobodyCouldTakeAtTheNextAbsenceStartEvenSomeoneElses() {
            // At 10:00 only sidorova is in, and she is not a cover yet; reaching coversFrom at 11:00 moves nothing
            // by itself; petrova's meeting starting at 12:00 is a rule 5 check for every awaiting issue.
            ScenarioBuilder b = withNewcomer("11:00").absent("ivanova", "09:00", "18:00")
                    .absent("petrova", "09:00", "18:00").absent("operator", "09:00", "18:00")
                    .absent("head", "09:00", "18:00").busy("petrova", "12:00", "12:30")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("12:00 WEB-1 ivanova->sidorova ABSENCE");
        }

        @Test
        void herOwnIssuesStillComeToHerByRules5And6() {
            ScenarioBuilder b = withNewcomer("+60 00:00").returnToOwner(false).absent("sidorova", "09:00", "10:00")
                    .created("09:30", "WEB-1", "sidorova").absent("petrova", "11:00", "12:00");
            assertThat(b.moves(b.run())).containsExactly("09:30 WEB-1 sidorova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->sidorova ABSENCE");
            ScenarioBuilder back = withNewcomer("+60 00:00").absent("sidorova", "09:00", "10:00")
                    .created("09:30", "WEB-1", "sidorova");
            assertThat(back.moves(back.run())).containsExactly("09:30 WEB-1 sidorova->petrova ABSENCE",
                    "10:00 WEB-1 petrova->sidorova RETURN");
        }
    }

    @Nested
    @DisplayName("rule 14: reminders")
    class Reminders {

        private ScenarioBuilder twoHours() {
            return dept().policy("PT30M", "PT2H", true).remindBefore("PT30M");
        }

        @Test
        void theFirstTickAtOrAfterRemindAtRemindsTheHolder() {
            ScenarioBuilder b = twoHours().created("10:00", "WEB-1", "ivanova");
            assertThat(b.reminders(b.run())).containsExactly("WEB-1 at 11:30 to ivanova due 12:00");
            ScenarioBuilder coarse = twoHours().tick("PT45M").created("10:00", "WEB-1", "ivanova");
            assertThat(coarse.reminders(coarse.run())).as("ticks 11:00, 11:45, 12:30")
                    .containsExactly("WEB-1 at 11:45 to ivanova due 12:00");
        }

        @Test
        void noReminderWhenTheFirstTickAfterRemindAtIsAlreadyDue() {
            ScenarioBuilder b = dept().remindBefore("PT10M").tick("PT1H").created("10:40", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(r.reminders()).as("remindAt 11:30, due 11:40, next tick 12:00").isEmpty();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:40 due 11:40 at 12:00");
        }

        @Test
        void remindBeforeLongerThanTheGoalRemindsAtTheCyclesFirstTick() {
            ScenarioBuilder b = dept().remindBefore("PT2H").created("10:02", "WEB-1", "ivanova");
            assertThat(b.reminders(b.run())).containsExactly("WEB-1 at 10:05 to ivanova due 11:02");
        }

        @Test
        void zeroOrNoRemindBeforeSendsNoReminder() {
            assertThat(dept().remindBefore("PT0S").created("10:00", "WEB-1", "ivanova").run().reminders()).isEmpty();
            assertThat(dept().created("10:00", "WEB-1", "ivanova").run().reminders()).isEmpty();
        }

        @Test
        void oncePerCycleAndAgainInTheNextCycleButNotForAnAnsweredOne() {
            ScenarioBuilder b = dept().remindBefore("PT30M").until("13:00").created("10:00", "WEB-1", "ivanova")
                    .reply("10:50", "WEB-1", "ivanova").message("11:00", "WEB-1").reply("11:20", "WEB-1", "ivanova");
            assertThat(b.reminders(b.run())).containsExactly("WEB-1 at 10:30 to ivanova due 11:00");
            ScenarioBuilder again = dept().remindBefore("PT30M").until("11:55").created("10:00", "WEB-1", "ivanova")
                    .reply("10:50", "WEB-1", "ivanova").message("11:00", "WEB-1");
            assertThat(again.reminders(again.run())).containsExactly("WEB-1 at 10:30 to ivanova due 11:00",
                    "WEB-1 at 11:30 to ivanova due 12:00");
        }

        @Test
        void theReminderGoesToWhoeverHoldsTheIssueAtTheTick() {
            ScenarioBuilder b = dept().remindBefore("PT30M").absent("ivanova", "10:10", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.reminders(b.run())).containsExactly("WEB-1 at 10:30 to petrova due 11:00");
        }

        /** Literal reading: remindAt is the earliest instant with enough working time, here the end of the day. */
        @Test
        void remindAtAtTheEndOfTheWorkingDayRemindsThenEvenIfDueIsTheNextMorning() {
            ScenarioBuilder b = dept().remindBefore("PT30M").until("+1 08:00").created("17:30", "WEB-1", "ivanova");
            assertThat(b.reminders(b.run())).containsExactly("WEB-1 at 18:00 to ivanova due +1 09:30");
        }
    }

    /**
     * Rule 12: "BUSY time is not an absence in absence reports or lost norm-hours." Before busy time was left out,
     * one hour of meeting on a 09:00-18:00 Monday counted as 1/9 of a day absent, 1 absent hour and 1 norm-hour lost.
     */
    @Test
    void busyTimeIsNotAnAbsenceInTheAbsenceReport() {
        ScenarioBuilder b = ScenarioBuilder.monday();
        Absence meeting = new Absence("anna", b.at("14:00"), b.at("15:00"), AbsenceKind.BUSY);
        AbsenceFigures f = AbsenceReport.month(b.calendar(), "anna", YearMonth.of(2026, 11),
                List.of(HandedIn.at(meeting, b.at("-10 10:00"))), (person, day) -> 1.0).figures();
        assertThat(f.days()).isZero();
        assertThat(f.absentHours()).isZero();
        assertThat(f.normHoursLost()).isZero();
    }
}
