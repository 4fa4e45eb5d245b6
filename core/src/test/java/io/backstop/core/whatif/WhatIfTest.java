package io.backstop.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.InvalidFieldException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One Monday, 09:00-18:00, answers due within 1 working hour. ivanova gets three issues and answers them after
 * 30 minutes, 2 and 3 hours: two breach.
 */
class WhatIfTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final WorkCalendar MONDAY = new WorkCalendar(ZONE,
            Map.of(DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-18:00"))), List.of());

    private static Instant at(String time) {
        return LocalDateTime.parse("2026-11-02T" + time).atZone(ZONE).toInstant();
    }

    private static final Scenario DAY = new Scenario(at("08:00"), at("18:00"), Duration.ofMinutes(5), MONDAY,
            new ResponsePolicy(new Goal(Duration.ofMinutes(30), Duration.ofHours(1)), true, List.of()),
            List.of(new Person("head", Role.HEAD), new Person("operator", Role.OPERATOR, List.of("head")),
                    new Person("ivanova", Role.MANAGER, List.of("petrova")), new Person("petrova", Role.MANAGER)),
            List.of(),
            List.of(ScenarioEvent.created(at("09:00"), "WEB-1", "ivanova", null, null),
                    ScenarioEvent.staffReply(at("09:30"), "WEB-1", "ivanova"),
                    ScenarioEvent.created(at("10:00"), "WEB-2", "ivanova", null, null),
                    ScenarioEvent.created(at("10:00"), "WEB-3", "ivanova", null, null),
                    ScenarioEvent.staffReply(at("12:00"), "WEB-2", "ivanova"),
                    ScenarioEvent.staffReply(at("13:00"), "WEB-3", "ivanova")));

    @Test
    void theRecordedDay() {
        Outcome actual = WhatIf.compare(DAY, new Change.Threshold(Duration.ofHours(1), Optional.empty())).actual();
        assertThat(actual.breaches()).isEqualTo(2);
        assertThat(actual.medianWaitSeconds()).hasValue(7200);
        assertThat(actual.p90WaitSeconds()).hasValue(10800);
        assertThat(actual.reassignments()).containsEntry(ReassignReason.BREACH, 2).containsEntry(ReassignReason.RETURN, 2);
    }

    @Test
    void threeHoursToAnswerMeansNoBreachAndTheSameWaiting() {
        Comparison c = WhatIf.compare(DAY, new Change.Threshold(Duration.ofHours(3), Optional.empty()));
        assertThat(c.changed().breaches()).isZero();
        assertThat(c.changed().reassignmentCount()).isZero();
        assertThat(c.changed().medianWaitSeconds()).isEqualTo(c.actual().medianWaitSeconds());
    }

    @Test
    void anotherOperatorTakesTheBreaches() {
        WhatIf.Changed changed = WhatIf.apply(DAY, new Change.Operator("petrova"), 0);
        List<Reassignment> moves = Replay.run(changed.scenario()).reassignments();
        assertThat(moves).filteredOn(r -> r.reason() == ReassignReason.BREACH).extracting(Reassignment::to)
                .containsOnly("petrova");
        assertThat(changed.scenario().people()).contains(new Person("operator", Role.MANAGER, List.of()));
        assertThatThrownBy(() -> WhatIf.apply(DAY, new Change.Operator("head"), 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("person"));
        assertThatThrownBy(() -> WhatIf.apply(DAY, new Change.Operator("nobody"), 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("person"));
    }

    @Test
    void anExtraManagerTakesEveryThirdIssueOfEachOfTwoManagersAndAnswersInTheMedianTime() {
        Comparison c = WhatIf.compare(DAY, new Change.ExtraManager("smirnova"));
        assertThat(c.movedIssues()).isEqualTo(1);
        // WEB-3 is answered at 10:00 + the median 2h = 12:00 instead of 13:00; it still breaches at 11:00
        assertThat(c.changed().breaches()).isEqualTo(2);
        assertThat(c.changed().p90WaitSeconds()).hasValue(7200);
        assertThat(c.changed().medianWaitSeconds()).hasValue(7200);
        assertThatThrownBy(() -> WhatIf.compare(DAY, new Change.ExtraManager("petrova")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void petrovaAsOperatorNowChangesTheFigures() {
        // the issue's example: before, every reply kept its instant and nothing moved. Now petrova, as the operator,
        // sees WEB-3 in the queue at 10:30 and answers at the department's pace (2h): 12:30, before ivanova's 13:00.
        Comparison c = WhatIf.compare(DAY, new Change.Operator("petrova"));
        assertThat(c.changed().p90WaitSeconds()).hasValue(9000);
        assertThat(c.actual().p90WaitSeconds()).hasValue(10800);
        assertThat(c.changed().load()).containsEntry("petrova", new Outcome.Load(1, 0));
        assertThat(c.actual().load()).doesNotContainKey("petrova");
        assertThat(c.assumptions().redecidedReplies()).isEqualTo(1);
    }

    @Test
    void anOperatorWhoAnswersAfterFifteenMinutesAnswersEveryoneSooner() {
        // the operator answered WEB-1 of the second day 30 working minutes after it entered the queue: that is
        // their pace. With the queue after 15 minutes instead of 30, they answer the slow ones at 10:15 + 30m.
        Comparison c = WhatIf.compare(withOperatorReply(), new Change.Operator("operator",
                Optional.of(Duration.ofMinutes(15))));
        assertThat(c.assumptions().paceFromQueue()).containsEntry("operator", Duration.ofMinutes(30));
        assertThat(c.changed().medianWaitSeconds().getAsLong()).isLessThan(c.actual().medianWaitSeconds().getAsLong());
        assertThat(c.changed().medianWaitSeconds()).hasValue(2700);
        assertThat(c.changed().breaches()).isZero();
        assertThatThrownBy(() -> WhatIf.compare(DAY, new Change.Operator("operator")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("person"));
    }

    @Test
    void aShorterQueueThresholdIsTheOperatorSeeingMessagesSooner() {
        Comparison threshold = WhatIf.compare(withOperatorReply(), new Change.Threshold(Duration.ofHours(1),
                Optional.of(Duration.ofMinutes(15))));
        Comparison operator = WhatIf.compare(withOperatorReply(), new Change.Operator("operator",
                Optional.of(Duration.ofMinutes(15))));
        assertThat(threshold.changed()).isEqualTo(operator.changed());
        assertThat(threshold.changed().load()).containsEntry("operator", new Outcome.Load(3, 0));
    }

    @Test
    void theSameQueueThresholdChangesNothing() {
        Comparison c = WhatIf.compare(withOperatorReply(), new Change.Operator("operator",
                Optional.of(Duration.ofMinutes(30))));
        assertThat(c.changed()).isEqualTo(c.actual());
        assertThat(c.assumptions().redecidedReplies()).isZero();
    }

    @Test
    void aStandInTakesTheAbsentManagersMessagesAtTheDepartmentsPace() {
        Scenario away = new Scenario(DAY.start(), DAY.until(), DAY.tick(), DAY.calendar(), DAY.policy(), DAY.people(),
                List.of(new io.backstop.core.staff.Absence("ivanova", at("09:45"), at("18:00"),
                        io.backstop.core.staff.AbsenceKind.VACATION)), DAY.events());
        Comparison c = WhatIf.compare(away, new Change.StandIn("kozlova", 7));
        assertThat(c.assumptions().newPerson()).hasValue("kozlova");
        assertThat(c.assumptions().seed()).hasValue(7);
        assertThat(c.changed().load()).containsKey("kozlova");
        assertThatThrownBy(() -> WhatIf.compare(DAY, new Change.StandIn("ivanova", 7)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void theExtraManagersAbsencesComeFromTheSeedAtTheDepartmentsRate() {
        WhatIf.Changed sure = WhatIf.apply(DAY, new Change.ExtraManager("smirnova", 3), 1);
        assertThat(sure.assumptions().newPersonAway()).hasSize(1);
        assertThat(sure.assumptions().unplannedRate()).isEqualTo(1);
        WhatIf.Changed never = WhatIf.apply(DAY, new Change.ExtraManager("smirnova", 3), 0);
        assertThat(never.assumptions().newPersonAway()).isEmpty();
        // away all day, the new manager's issue falls to ivanova's deputy chain: petrova is the new holder
        Comparison c = WhatIf.compare(DAY, new Change.ExtraManager("smirnova", 3), 1);
        assertThat(c.changed().load()).doesNotContainKey("smirnova");
    }

    @Test
    void aPaceReadFromFewRepliesGivesWayToTheOtherKind() {
        // the demo's petrova: 167 replies as a holder (67 minutes), two cover replies before the queue (0)
        Pace pace = new Pace(Map.of(), Map.of("petrova", Duration.ofMinutes(67)),
                Map.of("petrova", Duration.ZERO, "operator", Duration.ofMinutes(30)), Duration.ofMinutes(70),
                Map.of("petrova", 167), Map.of("petrova", 2, "operator", 1));
        assertThat(pace.queued("petrova")).isEqualTo(Duration.ofMinutes(67));
        assertThat(pace.holding("petrova")).isEqualTo(Duration.ofMinutes(67));
        assertThat(pace.queued("operator")).isEqualTo(Duration.ofMinutes(30)); // one reply, and nothing else known
        assertThat(pace.holding("operator")).isEqualTo(Duration.ofMinutes(30));
        assertThat(pace.holding("stand-in")).isEqualTo(Duration.ofMinutes(70));
    }

    @Test
    void aColleagueHelpingOutBeforeTheQueueIsNoPaceSample() {
        // petrova answers ivanova's WEB-2 at 10:10, before it entered the queue (10:30): no pace of hers from it
        List<ScenarioEvent> events = new java.util.ArrayList<>(DAY.events());
        events.set(4, ScenarioEvent.staffReply(at("10:10"), "WEB-2", "petrova"));
        events.sort(java.util.Comparator.comparing(ScenarioEvent::at));
        Scenario helped = new Scenario(DAY.start(), DAY.until(), DAY.tick(), DAY.calendar(), DAY.policy(),
                DAY.people(), DAY.absences(), events);
        Assumptions a = WhatIf.apply(helped, new Change.Operator("petrova"), 0).assumptions();
        assertThat(a.paceFromQueue()).doesNotContainKey("petrova");
        assertThat(a.paceAsHolder()).doesNotContainKey("petrova");
    }

    /** DAY and WEB-4 of petrova's, which the operator answers 30 minutes after it entered the queue (10:30). */
    private static Scenario withOperatorReply() {
        List<ScenarioEvent> events = new java.util.ArrayList<>(DAY.events());
        events.add(3, ScenarioEvent.created(at("10:00"), "WEB-4", "petrova", null, null));
        events.add(ScenarioEvent.staffReply(at("11:00"), "WEB-4", "operator"));
        events.sort(java.util.Comparator.comparing(ScenarioEvent::at));
        return new Scenario(DAY.start(), DAY.until(), DAY.tick(), DAY.calendar(), DAY.policy(), DAY.people(),
                DAY.absences(), events);
    }
}
