package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Example tests of Replay.run for each numbered rule of sla-semantics.md. Unless a test says otherwise: Monday
 * 2026-11-02 in Moscow, MON-FRI 09:00-18:00, queueAfter PT30M, respondWithin PT1H, returnToOwner, tick PT5M from
 * 08:00; department head, operator, ivanova (deputies: petrova), petrova, sidorov.
 */
class ReplayRulesTest {

    private static ScenarioBuilder dept() {
        return ScenarioBuilder.department();
    }

    /** The department with a long goal (8 working hours), so that no breach gets in the way. */
    private static ScenarioBuilder calm() {
        return ScenarioBuilder.department().policy("PT30M", "PT8H", true);
    }

    @Nested
    @DisplayName("rule 1: created")
    class Created {

        @Test
        void heldByOwnerAndAwaitingSinceCreation() {
            ScenarioBuilder b = dept().until("10:45").created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(r.reassignments()).isEmpty();
            assertThat(r.breaches()).isEmpty();
            assertThat(r.replies()).isEmpty();
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:00 due 11:00 ivanova");
            assertThat(r.queue().get(0).queuedAt()).isEqualTo(b.at("10:30"));
        }

        @Test
        void dueIsTheEarliestInstantWithEnoughWorkingTime() {
            // 17:00 + 1 working hour on a 09:00-18:00 day is 18:00 the same day, not 10:00 the next morning.
            ScenarioBuilder b = dept().until("+1 08:00").created("17:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 17:00 due 18:00 at 18:00");
            assertThat(b.moves(r)).containsExactly("18:00 WEB-1 ivanova->operator BREACH");
            assertThat(b.queue(r)).containsExactly("WEB-1 since 17:00 due 18:00 operator");
        }

        @Test
        void outsideWorkingHoursAwaitingSinceIsTheCreationInstantAndDueIsInWorkingTime() {
            ScenarioBuilder b = dept().until("+1 09:29").created("19:00", "WEB-1", "ivanova");
            assertThat(b.run().queue()).as("queued only from 09:30 the next day").isEmpty();
            ScenarioBuilder later = dept().until("+1 09:30").created("19:00", "WEB-1", "ivanova");
            assertThat(later.queue(later.run())).containsExactly("WEB-1 since 19:00 due +1 10:00 ivanova");
        }

        @Test
        void ownerAbsentAtCreationIsCoveredAtOnce() {
            ScenarioBuilder b = calm().until("13:00")
                    .absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "12:00 WEB-1 petrova->ivanova RETURN");
        }
    }

    @Nested
    @DisplayName("goals")
    class Goals {

        @Test
        void firstMatchingEntryWinsAndMissingValuesComeFromPolicy() {
            ScenarioBuilder b = dept().until("10:40")
                    .goal(List.of("Complaint"), List.of(), null, "PT2H")
                    .goal(List.of("Complaint"), List.of("High"), "PT0M", "PT15M")
                    .created("10:00", "WEB-1", "ivanova", "Complaint", "High");
            ReplayResult r = b.run();
            // First entry: respondWithin 2h; its queueAfter is not given, so the policy's 30 minutes apply.
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:00 due 12:00 ivanova");
            assertThat(r.queue().get(0).queuedAt()).isEqualTo(b.at("10:30"));
            assertThat(r.breaches()).isEmpty();
        }

        @Test
        void bothListsMustMatchAndEmptyListsMatchAnything() {
            ScenarioBuilder b = dept().policy("PT0M", "PT8H", true).until("09:30")
                    .goal(List.of("Complaint"), List.of("High"), null, "PT1H")
                    .goal(List.of(), List.of("High"), null, "PT2H")
                    .goal(List.of("Report"), List.of(), null, "PT3H")
                    .created("09:00", "A-1", "ivanova", "Complaint", "High")   // entry 1: 1h
                    .created("09:00", "A-2", "ivanova", "Complaint", "Low")    // no entry matches: policy 8h
                    .created("09:00", "A-3", "ivanova", "Request", "High")     // entry 2: 2h
                    .created("09:00", "A-4", "ivanova", "Report", "High")      // entry 2 comes first: 2h
                    .created("09:00", "A-5", "ivanova", "Report", "Low");      // entry 3: 3h
            assertThat(b.queue(b.run())).containsExactly(
                    "A-1 since 09:00 due 10:00 ivanova",
                    "A-3 since 09:00 due 11:00 ivanova",
                    "A-4 since 09:00 due 11:00 ivanova",
                    "A-5 since 09:00 due 12:00 ivanova",
                    "A-2 since 09:00 due 17:00 ivanova");
        }

        @Test
        void issueWithoutTypeOrPriorityMatchesOnlyEntriesThatDoNotRestrictIt() {
            ScenarioBuilder b = dept().policy("PT0M", "PT8H", true).until("09:30")
                    .goal(List.of("Complaint"), List.of(), null, "PT1H")
                    .goal(List.of(), List.of("High"), null, "PT2H")
                    .goal(List.of(), List.of(), null, "PT3H")
                    .created("09:00", "B-1", "ivanova", null, "High")        // type restricted in 1: entry 2
                    .created("09:00", "B-2", "ivanova", null, null)          // entry 3
                    .created("09:00", "B-3", "ivanova", "Complaint", null)   // entry 1
                    .created("09:00", "B-4", "ivanova", "Request", "Low");   // entry 3
            assertThat(b.queue(b.run())).containsExactly(
                    "B-3 since 09:00 due 10:00 ivanova",
                    "B-1 since 09:00 due 11:00 ivanova",
                    "B-2 since 09:00 due 12:00 ivanova",
                    "B-4 since 09:00 due 12:00 ivanova");
        }

        @Test
        void noMatchingEntryMeansPolicy() {
            ScenarioBuilder b = dept().until("09:45")
                    .goal(List.of("Complaint"), List.of(), "PT0M", "PT2H")
                    .created("09:00", "WEB-1", "ivanova", "Request", "Medium");
            ReplayResult r = b.run();
            assertThat(b.queue(r)).containsExactly("WEB-1 since 09:00 due 10:00 ivanova");
            assertThat(r.queue().get(0).queuedAt()).isEqualTo(b.at("09:30"));
        }

        @Test
        void zeroQueueAfterQueuesAtOnce() {
            ScenarioBuilder b = dept().until("10:00")
                    .goal(List.of("Complaint"), List.of(), "PT0M", "PT2H")
                    .created("10:00", "WEB-1", "ivanova", "Complaint", null);
            assertThat(b.queue(b.run())).containsExactly("WEB-1 since 10:00 due 12:00 ivanova");
        }
    }

    @Nested
    @DisplayName("rule 2: client message")
    class ClientMessage {

        @Test
        void laterMessagesDoNotMoveAwaitingSince() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .message("10:20", "WEB-1")
                    .message("10:50", "WEB-1")
                    .message("11:30", "WEB-1");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:00 due 11:00 at 11:00");
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:00 due 11:00 operator");
        }

        @Test
        void aMessageAfterAReplyStartsANewCycle() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("10:10", "WEB-1", "ivanova")
                    .message("10:40", "WEB-1");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 10:10 by ivanova 600s on time");
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:40 due 11:40 at 11:40");
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:40 due 11:40 operator");
        }

        @Test
        void aMessageOnAResolvedIssueChangesNothing() {
            ScenarioBuilder b = dept().until("13:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .resolved("10:10", "WEB-1")
                    .message("10:40", "WEB-1");
            ReplayResult r = b.run();
            assertThat(r.breaches()).isEmpty();
            assertThat(r.reassignments()).isEmpty();
            assertThat(r.queue()).isEmpty();
        }

        @Test
        void aMessageWhileAwaitingChecksTheAbsentAssigneeAgain() {
            // At creation nobody in ivanova's chain is in; the head comes back at 11:00 (an absence end is not a
            // rule 5 check); the client writes again at 11:30, and rule 5 runs after rule 2.
            ScenarioBuilder b = calm().until("17:00")
                    .absent("ivanova", "-1 00:00", "+1 00:00")
                    .absent("petrova", "-1 00:00", "+1 00:00")
                    .absent("operator", "-1 00:00", "+1 00:00")
                    .absent("head", "-1 00:00", "11:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .message("11:30", "WEB-1");
            assertThat(b.moves(b.run())).containsExactly("11:30 WEB-1 ivanova->head ABSENCE");
        }
    }

    @Nested
    @DisplayName("rule 3: staff reply")
    class StaffReply {

        @Test
        void anyStaffMemberMayReply() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("10:20", "WEB-1", "sidorov");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 10:20 by sidorov 1200s on time");
            assertThat(r.breaches()).isEmpty();
            assertThat(r.reassignments()).isEmpty();
            assertThat(r.queue()).isEmpty();
        }

        @Test
        void aReplyExactlyAtDueOnATickIsOnTimeAndThereIsNoBreach() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:00 by ivanova 3600s on time");
            assertThat(r.breaches()).isEmpty();
            assertThat(r.reassignments()).isEmpty();
        }

        @Test
        void aReplyAfterDueIsLate() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:01", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:01 by ivanova 3660s late");
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:00 due 11:00 at 11:00");
            // ivanova replied on an issue now held by the operator: it returns to her.
            assertThat(b.moves(r)).containsExactly(
                    "11:00 WEB-1 ivanova->operator BREACH",
                    "11:01 WEB-1 operator->ivanova RETURN");
        }

        @Test
        void aLateReplyBeforeTheNextTickHasNoBreach() {
            ScenarioBuilder b = dept().tick("PT15M").until("12:00")
                    .created("10:07", "WEB-1", "ivanova")
                    .reply("11:10", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:07 at 11:10 by ivanova 3780s late");
            assertThat(r.breaches()).as("the watcher's next tick, 11:15, came after the reply").isEmpty();
        }

        @Test
        void workingSecondsCountOnlyWorkingTime() {
            ScenarioBuilder b = dept().until("+1 10:00")
                    .created("17:30", "WEB-1", "ivanova")
                    .reply("+1 09:15", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 17:30 at +1 09:15 by ivanova 2700s on time");
            assertThat(r.breaches()).isEmpty();
        }

        @Test
        void aReplyByAThirdPersonReturnsTheIssueToItsPresentOwner() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:30", "WEB-1", "sidorov");
            ReplayResult r = b.run();
            assertThat(b.moves(r)).containsExactly(
                    "11:00 WEB-1 ivanova->operator BREACH",
                    "11:30 WEB-1 operator->ivanova RETURN");
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:30 by sidorov 5400s late");
        }

        @Test
        void noReturnWhileTheOwnerIsAbsentTheAbsenceEndReturnsItLater() {
            ScenarioBuilder b = dept().until("16:00")
                    .absent("ivanova", "10:30", "15:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:30", "WEB-1", "operator");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:30 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->operator BREACH",
                    "15:00 WEB-1 operator->ivanova RETURN");
        }

        @Test
        void noReturnWithoutReturnToOwner() {
            ScenarioBuilder b = dept().returnToOwner(false).until("16:00")
                    .absent("ivanova", "12:00", "13:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:30", "WEB-1", "operator");
            ReplayResult r = b.run();
            assertThat(b.moves(r)).containsExactly("11:00 WEB-1 ivanova->operator BREACH");
            assertThat(r.queue()).isEmpty();
        }

        @Test
        void onlyTheReplyThatEndsACycleIsRecorded() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("10:10", "WEB-1", "ivanova")
                    .reply("10:20", "WEB-1", "petrova");
            assertThat(b.replies(b.run())).containsExactly("WEB-1 since 10:00 at 10:10 by ivanova 600s on time");
        }
    }

    @Nested
    @DisplayName("rule 4: resolved")
    class Resolved {

        @Test
        void aResolvedIssueNeverChanges() {
            ScenarioBuilder b = dept().until("16:00")
                    .absent("ivanova", "10:40", "12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .resolved("10:30", "WEB-1")
                    .message("11:30", "WEB-1")
                    .reply("11:45", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(r.reassignments()).isEmpty();
            assertThat(r.breaches()).isEmpty();
            assertThat(r.replies()).isEmpty();
            assertThat(r.queue()).isEmpty();
        }

        @Test
        void aResolvedIssueIsNotReturnedWhenItsOwnerComesBack() {
            ScenarioBuilder b = calm().until("16:00")
                    .absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .resolved("11:00", "WEB-1");
            assertThat(b.moves(b.run())).containsExactly("10:00 WEB-1 ivanova->petrova ABSENCE");
        }

        @Test
        void resolvedAtTheDueTickDoesNotBreach() {
            ScenarioBuilder b = dept().until("12:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .resolved("11:00", "WEB-1");
            ReplayResult r = b.run();
            assertThat(r.breaches()).isEmpty();
            assertThat(r.reassignments()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 5: absent assignee")
    class AbsentAssignee {

        /**
         * head, head2 (a second head, never used), operator (deputies: kozlov, smirnova), ivanova (deputies:
         * petrova, sidorov), petrova, sidorov, kozlov, smirnova.
         */
        private static ScenarioBuilder chainDept() {
            return ScenarioBuilder.monday().policy("PT30M", "PT8H", true).until("10:30")
                    .head("head")
                    .head("head2")
                    .operator("operator", "kozlov", "smirnova")
                    .manager("ivanova", "petrova", "sidorov")
                    .manager("petrova")
                    .manager("sidorov")
                    .manager("kozlov")
                    .manager("smirnova");
        }

        static Stream<Arguments> chain() {
            return Stream.of(
                    Arguments.of(List.of("ivanova"), "petrova"),
                    Arguments.of(List.of("ivanova", "petrova"), "sidorov"),
                    Arguments.of(List.of("ivanova", "sidorov"), "petrova"),
                    Arguments.of(List.of("ivanova", "petrova", "sidorov"), "operator"),
                    Arguments.of(List.of("ivanova", "petrova", "sidorov", "operator"), "kozlov"),
                    Arguments.of(List.of("ivanova", "petrova", "sidorov", "operator", "kozlov"), "smirnova"),
                    Arguments.of(List.of("ivanova", "petrova", "sidorov", "operator", "kozlov", "smirnova"), "head"),
                    Arguments.of(List.of("ivanova", "petrova", "sidorov", "operator", "smirnova"), "kozlov"),
                    Arguments.of(List.of("ivanova", "petrova", "sidorov", "operator", "kozlov", "smirnova", "head"),
                            null));
        }

        @ParameterizedTest(name = "absent {0} -> {1}")
        @MethodSource("chain")
        void ownerThenOwnersDeputiesThenOperatorThenOperatorsDeputiesThenTheFirstHead(List<String> absent,
                                                                                        String taker) {
            ScenarioBuilder b = chainDept();
            absent.forEach(name -> b.absent(name, "09:00", "18:00"));
            b.created("10:00", "WEB-1", "ivanova");
            if (taker == null) {
                assertThat(b.run().reassignments()).as("nobody present (head2 is not in the chain)").isEmpty();
            } else {
                assertThat(b.moves(b.run())).containsExactly("10:00 WEB-1 ivanova->" + taker + " ABSENCE");
            }
        }

        @Test
        void absenceStartOfTheAssigneeMovesAnAwaitingIssue() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "11:00", "18:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("11:00 WEB-1 ivanova->petrova ABSENCE");
        }

        @Test
        void anIssueThatIsNotAwaitingStaysUntilTheClientWrites() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "10:20", "18:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("10:10", "WEB-1", "ivanova")
                    .message("10:40", "WEB-1");
            assertThat(b.moves(b.run())).containsExactly("10:40 WEB-1 ivanova->petrova ABSENCE");
        }

        @Test
        void aPresentOwnerTakesBackTheIssueOfAnAbsentHolderAsAbsence() {
            ScenarioBuilder b = dept().until("12:00")
                    .absent("operator", "11:30", "18:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "11:00 WEB-1 ivanova->operator BREACH",
                    "11:30 WEB-1 operator->ivanova ABSENCE");
        }

        @Test
        void theChainIsTheOwnersNotTheAbsentHoldersOwn() {
            ScenarioBuilder b = calm().until("12:00")
                    .deputies("petrova", "head")
                    .absent("ivanova", "09:00", "18:00")
                    .absent("petrova", "10:15", "18:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "10:15 WEB-1 petrova->operator ABSENCE");
        }

        @Test
        void nobodyPresentMeansNothingHappens() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "09:00", "18:00")
                    .absent("petrova", "09:00", "18:00")
                    .absent("operator", "09:00", "18:00")
                    .absent("head", "09:00", "18:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .message("11:00", "WEB-1");
            ReplayResult r = b.run();
            assertThat(r.reassignments()).isEmpty();
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:00 due 18:00 ivanova");
        }

        @Test
        void everyAbsenceStartChecksEveryAwaitingIssueEvenSomeoneElsesAbsence() {
            // Nobody in ivanova's chain is in at 10:00; petrova's return at 11:00 is not a rule 5 check; sidorov's
            // absence start at 12:00 is, for every open awaiting issue.
            ScenarioBuilder b = calm().until("17:00")
                    .absent("ivanova", "-1 00:00", "+1 00:00")
                    .absent("petrova", "-1 00:00", "11:00")
                    .absent("operator", "-1 00:00", "+1 00:00")
                    .absent("head", "-1 00:00", "+1 00:00")
                    .absent("sidorov", "12:00", "13:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("12:00 WEB-1 ivanova->petrova ABSENCE");
        }

        @Test
        void anIssueWhoseHolderIsPresentIsNotMovedByAnotherAbsence() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "09:00", "18:00")
                    .absent("sidorov", "10:30", "11:30")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly("10:00 WEB-1 ivanova->petrova ABSENCE");
        }
    }

    @Nested
    @DisplayName("rule 6: return when the owner's absence ends")
    class Return {

        @Test
        void everyOpenIssueOwnedByTheReturnerComesBackInCreationOrder() {
            ScenarioBuilder b = dept().until("12:30")
                    .absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-2", "ivanova")
                    .created("10:00", "WEB-3", "sidorov")
                    .created("10:05", "WEB-1", "ivanova")
                    .reply("10:10", "WEB-3", "sidorov")
                    .reply("10:20", "WEB-2", "petrova");
            ReplayResult r = b.run();
            assertThat(b.moves(r)).containsExactly(
                    "10:00 WEB-2 ivanova->petrova ABSENCE",
                    "10:05 WEB-1 ivanova->petrova ABSENCE",
                    "11:05 WEB-1 petrova->operator BREACH",
                    "12:00 WEB-2 petrova->ivanova RETURN",   // not awaiting: returns all the same
                    "12:00 WEB-1 operator->ivanova RETURN"); // breached to the operator: returns too
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:05 due 11:05 ivanova");
        }

        @Test
        void adjacentAbsencesNoReturnWhileAbsentAgainAtThatInstant() {
            ScenarioBuilder b = calm().until("15:00")
                    .absent("ivanova", "12:00", "14:00")
                    .absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "14:00 WEB-1 petrova->ivanova RETURN");
        }

        @Test
        void overlappingAbsenceInsideAnother() {
            ScenarioBuilder b = calm().until("15:00")
                    .absent("ivanova", "09:00", "13:00")
                    .absent("ivanova", "11:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "13:00 WEB-1 petrova->ivanova RETURN");
        }

        @Test
        void overlappingAbsencesChained() {
            ScenarioBuilder b = calm().until("15:00")
                    .absent("ivanova", "09:00", "12:00")
                    .absent("ivanova", "11:00", "13:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "13:00 WEB-1 petrova->ivanova RETURN");
        }

        @Test
        void noReturnWithoutReturnToOwner() {
            ScenarioBuilder b = calm().returnToOwner(false).until("15:00")
                    .absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.moves(r)).containsExactly("10:00 WEB-1 ivanova->petrova ABSENCE");
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:00 due 18:00 petrova");
        }

        @Test
        void theReturnOfADeputyBringsBackNothingThatSheDoesNotOwn() {
            ScenarioBuilder b = calm().until("15:00")
                    .absent("ivanova", "09:00", "18:00")
                    .absent("petrova", "10:30", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "10:30 WEB-1 petrova->operator ABSENCE");
        }
    }

    @Nested
    @DisplayName("rule 7: breach")
    class BreachRule {

        @Test
        void oncePerCycle() {
            ScenarioBuilder b = dept().until("13:00").created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:00 due 11:00 at 11:00");
            assertThat(b.moves(r)).containsExactly("11:00 WEB-1 ivanova->operator BREACH");
        }

        @Test
        void aNewCycleCanBreachAgain() {
            ScenarioBuilder b = dept().until("13:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:10", "WEB-1", "operator")
                    .message("11:20", "WEB-1");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly(
                    "WEB-1 since 10:00 due 11:00 at 11:00",
                    "WEB-1 since 11:20 due 12:20 at 12:20");
            assertThat(b.moves(r)).containsExactly(
                    "11:00 WEB-1 ivanova->operator BREACH",
                    "11:10 WEB-1 operator->ivanova RETURN",
                    "12:20 WEB-1 ivanova->operator BREACH");
        }

        @Test
        void breachIsRecordedWhenTheTakerAlreadyHoldsTheIssue() {
            ScenarioBuilder b = dept().until("13:00").created("10:00", "WEB-1", "operator");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:00 due 11:00 at 11:00");
            assertThat(r.reassignments()).isEmpty();
        }

        @Test
        void secondCycleBreachWhileTheOperatorStillHoldsIt() {
            ScenarioBuilder b = dept().returnToOwner(false).until("13:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:10", "WEB-1", "operator")
                    .message("11:20", "WEB-1");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).hasSize(2);
            assertThat(b.moves(r)).containsExactly("11:00 WEB-1 ivanova->operator BREACH");
        }

        static Stream<Arguments> breachChain() {
            return Stream.of(
                    Arguments.of(List.of(), "operator"),
                    Arguments.of(List.of("operator"), "kozlov"),
                    Arguments.of(List.of("operator", "kozlov"), "smirnova"),
                    Arguments.of(List.of("operator", "kozlov", "smirnova"), "head"),
                    Arguments.of(List.of("operator", "smirnova"), "kozlov"),
                    Arguments.of(List.of("operator", "kozlov", "smirnova", "head"), null));
        }

        @ParameterizedTest(name = "absent {0} -> {1}")
        @MethodSource("breachChain")
        void operatorThenOperatorsDeputiesThenHeadNeverTheOwnersDeputies(List<String> absent, String taker) {
            ScenarioBuilder b = ScenarioBuilder.monday().until("11:30")
                    .head("head")
                    .head("head2")
                    .operator("operator", "kozlov", "smirnova")
                    .manager("ivanova", "petrova")
                    .manager("petrova")
                    .manager("kozlov")
                    .manager("smirnova");
            absent.forEach(name -> b.absent(name, "09:00", "18:00"));
            b.created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:00 due 11:00 at 11:00");
            if (taker == null) {
                assertThat(r.reassignments()).as("nobody present: the breach is still recorded").isEmpty();
            } else {
                assertThat(b.moves(r)).containsExactly("11:00 WEB-1 ivanova->" + taker + " BREACH");
            }
        }

        @Test
        void dueBetweenTicksIsDetectedAtTheNextTick() {
            ScenarioBuilder b = dept().tick("PT15M").until("12:00").created("10:07", "WEB-1", "ivanova");
            assertThat(b.breaches(b.run())).containsExactly("WEB-1 since 10:07 due 11:07 at 11:15");
        }

        @Test
        void ticksAreCountedFromStartNotFromTheClock() {
            ScenarioBuilder b = dept().from("08:03").tick("PT10M").until("12:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.breaches(b.run())).containsExactly("WEB-1 since 10:00 due 11:00 at 11:03");
        }

        @Test
        void aTickAfterUntilNeverRuns() {
            ScenarioBuilder b = dept().until("11:04").created("10:01", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(r.breaches()).as("the next tick would be 11:05").isEmpty();
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:01 due 11:01 ivanova");
        }

        @Test
        void theTickAtUntilRunsBeforeTheQueueIsTaken() {
            ScenarioBuilder b = dept().until("11:00").created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:00 due 11:00 at 11:00");
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:00 due 11:00 operator");
        }

        @Test
        void theTickAtStartRuns() {
            ScenarioBuilder b = dept().policy("PT0M", "PT0M", true).from("10:00").until("10:02")
                    .created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly("WEB-1 since 10:00 due 10:00 at 10:00");
            assertThat(b.moves(r)).containsExactly("10:00 WEB-1 ivanova->operator BREACH");
        }

        @Test
        void aDueOverANightAndAHolidayIsDetectedAtTheFirstTickAfterIt() {
            ScenarioBuilder b = dept().holiday("2026-11-03").tick("PT1H").until("+2 12:00")
                    .created("17:30", "WEB-1", "ivanova");
            // 30 min on Monday, Tuesday is a holiday, 30 min on Wednesday: due Wed 09:30, ticks on the hour.
            assertThat(b.breaches(b.run())).containsExactly("WEB-1 since 17:30 due +2 09:30 at +2 10:00");
        }
    }

    @Nested
    @DisplayName("rule 8: order at one instant")
    class Order {

        @Test
        void anAbsenceEndComesBeforeAnAbsenceStart() {
            // If petrova's start came first, ivanova (present at 12:00) would take it back as ABSENCE.
            ScenarioBuilder b = calm().until("13:00")
                    .absent("petrova", "12:00", "14:00")
                    .absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "12:00 WEB-1 petrova->ivanova RETURN");
        }

        @Test
        void anAbsenceStartComesBeforeTheEvents() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "11:00", "18:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .created("11:00", "WEB-2", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "11:00 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-2 ivanova->petrova ABSENCE");
        }

        @Test
        void anAbsenceEndComesBeforeTheEvents() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "09:00", "11:00")
                    .absent("sidorov", "09:00", "18:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .created("11:00", "WEB-2", "sidorov");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->ivanova RETURN",
                    "11:00 WEB-2 sidorov->operator ABSENCE");
        }

        @Test
        void eventsAtOneInstantInFileOrderMessageThenReply() {
            ScenarioBuilder b = dept().until("11:15")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("10:30", "WEB-1", "ivanova")
                    .message("10:40", "WEB-1")
                    .reply("10:40", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly(
                    "WEB-1 since 10:00 at 10:30 by ivanova 1800s on time",
                    "WEB-1 since 10:40 at 10:40 by ivanova 0s on time");
            assertThat(r.queue()).isEmpty();
        }

        @Test
        void eventsAtOneInstantInFileOrderReplyThenMessage() {
            ScenarioBuilder b = dept().until("11:15")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("10:30", "WEB-1", "ivanova")
                    .reply("10:40", "WEB-1", "ivanova")
                    .message("10:40", "WEB-1");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 10:30 by ivanova 1800s on time");
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:40 due 11:40 ivanova");
        }

        @Test
        void theTickComesAfterTheEventsACycleStartingAtATickWithZeroGoalBreachesThere() {
            ScenarioBuilder b = dept().policy("PT0M", "PT0M", true).until("10:30")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("10:02", "WEB-1", "ivanova")
                    .message("10:10", "WEB-1");
            ReplayResult r = b.run();
            assertThat(b.breaches(r)).containsExactly(
                    "WEB-1 since 10:00 due 10:00 at 10:00",
                    "WEB-1 since 10:10 due 10:10 at 10:10");
        }

        @Test
        void severalAbsencesEndingAtOneInstantAreTakenInFileOrder() {
            ScenarioBuilder b = calm().until("13:00")
                    .absent("ivanova", "09:00", "12:00")
                    .absent("sidorov", "09:00", "12:00")
                    .created("10:00", "WEB-1", "sidorov")
                    .created("10:05", "WEB-2", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 sidorov->operator ABSENCE",
                    "10:05 WEB-2 ivanova->petrova ABSENCE",
                    "12:00 WEB-2 petrova->ivanova RETURN",    // ivanova's absence is first in the file
                    "12:00 WEB-1 operator->sidorov RETURN");
        }

        @Test
        void severalAbsencesStartingAtOneInstantEveryoneAbsentThenIsAbsentAtTheFirstStep() {
            // Absent at t is defined by from <= t < to, so at sidorov's start (first in the file) ivanova is
            // already absent too: that step moves both issues, in creation order.
            ScenarioBuilder b = calm().until("12:00")
                    .absent("sidorov", "11:00", "18:00")
                    .absent("ivanova", "11:00", "18:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .created("10:05", "WEB-2", "sidorov");
            assertThat(b.moves(b.run())).containsExactly(
                    "11:00 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-2 sidorov->operator ABSENCE");
        }

        @Test
        void withinOneStepIssuesAreTakenInCreationOrder() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "11:00", "18:00")
                    .created("10:00", "WEB-2", "ivanova")
                    .created("10:01", "WEB-10", "ivanova")
                    .created("10:02", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "11:00 WEB-2 ivanova->petrova ABSENCE",
                    "11:00 WEB-10 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 ivanova->petrova ABSENCE");
        }

        @Test
        void anAbsenceThatBeganBeforeStartIsInForceAtStart() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "-1 09:00", "11:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.moves(b.run())).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "11:00 WEB-1 petrova->ivanova RETURN");
        }

        @Test
        void anAbsenceOverBeforeStartIsNotInForce() {
            ScenarioBuilder b = calm().until("12:00")
                    .absent("ivanova", "-1 09:00", "-1 18:00")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.run().reassignments()).isEmpty();
        }

        @Test
        void anAbsenceEndingAfterUntilIsNotProcessed() {
            ScenarioBuilder b = calm().until("16:00")
                    .absent("ivanova", "09:00", "+1 12:00")
                    .created("10:00", "WEB-1", "ivanova");
            ReplayResult r = b.run();
            assertThat(b.moves(r)).containsExactly("10:00 WEB-1 ivanova->petrova ABSENCE");
            assertThat(b.queue(r)).containsExactly("WEB-1 since 10:00 due 18:00 petrova");
        }

        @Test
        void absenceBoundariesAtUntilAreProcessedBeforeTheQueueIsTaken() {
            ScenarioBuilder starts = calm().until("12:00")
                    .absent("ivanova", "12:00", "14:00")
                    .created("10:00", "WEB-1", "ivanova");
            ReplayResult r = starts.run();
            assertThat(starts.moves(r)).containsExactly("12:00 WEB-1 ivanova->petrova ABSENCE");
            assertThat(starts.queue(r)).containsExactly("WEB-1 since 10:00 due 18:00 petrova");

            ScenarioBuilder ends = calm().until("12:00")
                    .absent("ivanova", "09:00", "12:00")
                    .created("10:00", "WEB-1", "ivanova");
            ReplayResult e = ends.run();
            assertThat(ends.moves(e)).containsExactly(
                    "10:00 WEB-1 ivanova->petrova ABSENCE",
                    "12:00 WEB-1 petrova->ivanova RETURN");
            assertThat(ends.queue(e)).containsExactly("WEB-1 since 10:00 due 18:00 ivanova");
        }

        @Test
        void eventsAtUntilAreProcessed() {
            ScenarioBuilder b = dept().until("11:00")
                    .created("10:00", "WEB-1", "ivanova")
                    .reply("11:00", "WEB-1", "petrova");
            ReplayResult r = b.run();
            assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:00 by petrova 3600s on time");
            assertThat(r.breaches()).isEmpty();
            assertThat(r.queue()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 9: queue")
    class Queue {

        @Test
        void awaitingIssuesPastQueueTimeByDueThenKey() {
            ScenarioBuilder b = calm().until("12:00")
                    .goal(List.of("Complaint"), List.of(), null, "PT3H")
                    .created("10:00", "WEB-3", "ivanova")
                    .created("10:00", "WEB-1", "ivanova")
                    .created("10:00", "WEB-5", "ivanova")
                    .created("10:00", "WEB-6", "ivanova")
                    .reply("10:10", "WEB-5", "ivanova")
                    .resolved("10:20", "WEB-6")
                    .created("11:00", "ADM-7", "petrova", "Complaint", null)
                    .created("11:30", "WEB-2", "sidorov")
                    .created("11:31", "WEB-4", "sidorov");
            assertThat(b.queue(b.run())).containsExactly(
                    "ADM-7 since 11:00 due 14:00 petrova",
                    "WEB-1 since 10:00 due 18:00 ivanova",
                    "WEB-3 since 10:00 due 18:00 ivanova",
                    "WEB-2 since 11:30 due +1 10:30 sidorov"); // queued exactly at until; WEB-4 a minute later
        }

        @Test
        void tiesOnDueAreBrokenByKey() {
            ScenarioBuilder b = calm().until("12:00")
                    .created("10:00", "WEB-2", "ivanova")
                    .created("10:00", "ADM-9", "ivanova")
                    .created("10:00", "WEB-1", "ivanova");
            assertThat(b.queue(b.run())).containsExactly(
                    "ADM-9 since 10:00 due 18:00 ivanova",
                    "WEB-1 since 10:00 due 18:00 ivanova",
                    "WEB-2 since 10:00 due 18:00 ivanova");
        }
    }

    @Test
    void aWeekWithLunchBreak() {
        ScenarioBuilder b = ScenarioBuilder.department()
                .week(DayOfWeek.MONDAY, "09:00-13:00", "14:00-18:00")
                .until("15:00")
                .created("12:30", "WEB-1", "ivanova")
                .reply("14:20", "WEB-1", "petrova");
        ReplayResult r = b.run();
        // 30 working minutes before lunch, 30 after: due 14:30; 12:30-14:20 holds 50 working minutes.
        assertThat(b.replies(r)).containsExactly("WEB-1 since 12:30 at 14:20 by petrova 3000s on time");
        assertThat(r.breaches()).isEmpty();
    }
}
