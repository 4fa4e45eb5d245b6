package io.backstop.core.replay;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The "Bad input" section: each malformed or inconsistent scenario is rejected, naming the offending field. */
class ScenarioValidationTest {

    private static void rejected(ScenarioBuilder builder, String field) {
        rejected(builder::build, field);
    }

    private static void rejected(ThrowingCallable build, String field) {
        assertThatThrownBy(build)
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field))
                .hasMessageStartingWith(field + ": ");
    }

    @Test
    void aWellFormedScenarioIsAccepted() {
        assertThatCode(() -> ScenarioBuilder.department()
                .absent("ivanova", "-1 00:00", "+1 00:00")
                .created("08:00", "WEB-1", "ivanova")          // at start
                .message("09:00", "WEB-1")
                .message("09:00", "WEB-1")                      // equal instants are in order
                .reply("10:00", "WEB-1", "petrova")
                .resolved("20:00", "WEB-1")                     // at until
                .message("20:00", "WEB-1")                      // events after RESOLVED are fine
                .build()).doesNotThrowAnyException();
    }

    // ---- unknown issue -----------------------------------------------------------------------------------------

    @Test
    void anEventOnAnIssueNeverCreated() {
        rejected(ScenarioBuilder.department()
                .created("10:00", "WEB-1", "ivanova")
                .message("10:10", "WEB-1")
                .message("10:20", "WEB-2"), "events[2].issue");
    }

    @Test
    void anEventOnAnIssueCreatedOnlyLater() {
        rejected(ScenarioBuilder.department()
                .reply("10:00", "WEB-1", "ivanova")
                .created("10:00", "WEB-1", "ivanova"), "events[0].issue");
    }

    @Test
    void aResolutionOfAnUnknownIssue() {
        rejected(ScenarioBuilder.department()
                .created("10:00", "WEB-1", "ivanova")
                .resolved("11:00", "WEB-7"), "events[1].issue");
    }

    @Test
    void aBlankIssueKey() {
        rejected(ScenarioBuilder.department().created("10:00", " ", "ivanova"), "events[0].issue");
    }

    // ---- duplicate CREATED -------------------------------------------------------------------------------------

    @Test
    void aSecondCreatedOfTheSameIssue() {
        rejected(ScenarioBuilder.department()
                .created("10:00", "WEB-1", "ivanova")
                .created("10:00", "WEB-2", "ivanova")
                .created("10:30", "WEB-1", "petrova"), "events[2].issue");
    }

    // ---- events out of order or outside [start, until] ---------------------------------------------------------

    @Test
    void anEventEarlierThanTheOneBeforeIt() {
        rejected(ScenarioBuilder.department()
                .created("10:00", "WEB-1", "ivanova")
                .message("09:59", "WEB-1"), "events[1].at");
    }

    @Test
    void anEventBeforeStart() {
        rejected(ScenarioBuilder.department().created("07:59", "WEB-1", "ivanova"), "events[0].at");
    }

    @Test
    void anEventAfterUntil() {
        rejected(ScenarioBuilder.department()
                .created("10:00", "WEB-1", "ivanova")
                .message("20:01", "WEB-1"), "events[1].at");
    }

    // ---- unknown person ----------------------------------------------------------------------------------------

    @Test
    void anAbsenceOfAnUnknownPerson() {
        rejected(ScenarioBuilder.department().absent("smith", "10:00", "12:00"), "absences[0].person");
    }

    @Test
    void theSecondAbsenceNamesAnUnknownPerson() {
        rejected(ScenarioBuilder.department()
                .absent("ivanova", "10:00", "12:00")
                .absent("Ivanova", "10:00", "12:00"), "absences[1].person");
    }

    @Test
    void anUnknownOwner() {
        rejected(ScenarioBuilder.department().created("10:00", "WEB-1", "smith"), "events[0].owner");
    }

    @Test
    void aMissingOwner() {
        rejected(ScenarioBuilder.department().created("10:00", "WEB-1", null), "events[0].owner");
    }

    @Test
    void aReplyByAnUnknownPerson() {
        rejected(ScenarioBuilder.department()
                .created("10:00", "WEB-1", "ivanova")
                .reply("10:10", "WEB-1", "client"), "events[1].by");
    }

    @Test
    void aReplyWithoutAuthor() {
        rejected(ScenarioBuilder.department()
                .created("10:00", "WEB-1", "ivanova")
                .reply("10:10", "WEB-1", null), "events[1].by");
    }

    @Test
    void anUnknownDeputy() {
        rejected(ScenarioBuilder.monday()
                .head("head")
                .operator("operator", "head", "ghost"), "people[1].deputies[1]");
    }

    // ---- people ------------------------------------------------------------------------------------------------

    @Test
    void noOperator() {
        rejected(ScenarioBuilder.monday().head("head").manager("ivanova"), "people");
    }

    @Test
    void twoOperators() {
        rejected(ScenarioBuilder.monday().head("head").operator("op1").operator("op2"), "people");
    }

    @Test
    void noHead() {
        rejected(ScenarioBuilder.monday().operator("operator").manager("ivanova"), "people");
    }

    @Test
    void noPeopleAtAll() {
        rejected(ScenarioBuilder.monday(), "people");
    }

    @Test
    void aPersonListedTwice() {
        rejected(ScenarioBuilder.monday().head("head").operator("operator").manager("head"), "people[2].name");
    }

    @Test
    void aBlankName() {
        rejected(ScenarioBuilder.monday().head("head").operator("operator").person("", Role.MANAGER),
                "people[2].name");
    }

    // ---- intervals that end before they start -------------------------------------------------------------------

    @Test
    void untilBeforeStart() {
        rejected(ScenarioBuilder.department().from("12:00").until("11:59"), "until");
    }

    @Test
    void untilEqualToStartIsAnEmptyButValidRun() {
        ScenarioBuilder b = ScenarioBuilder.department().from("12:00").until("12:00")
                .created("12:00", "WEB-1", "ivanova");
        assertThat(b.queue(b.run())).isEmpty();
    }

    @Test
    void aTickThatIsNotPositive() {
        rejected(ScenarioBuilder.department().tick("PT0S"), "tick");
        rejected(ScenarioBuilder.department().tick("-PT5M"), "tick");
    }

    /**
     * An absence that ends before it starts cannot even be built in Java: Absence's constructor rejects it with a
     * plain IllegalArgumentException, so no "absences[i].to" path can come from the core. The file reader must
     * name the field itself.
     */
    @Test
    void anAbsenceEndingBeforeItStartsIsRejectedByAbsenceItself() {
        Instant from = Instant.parse("2026-11-02T10:00:00Z");
        assertThatThrownBy(() -> new Absence("ivanova", from, from.minusSeconds(1), AbsenceKind.VACATION))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("ivanova");
        assertThatCode(() -> new Absence("ivanova", from, from, AbsenceKind.VACATION)).doesNotThrowAnyException();
    }

    @Test
    void aWorkingIntervalEndingBeforeItStartsIsRejectedByDailyIntervalItself() {
        assertThatThrownBy(() -> DailyInterval.parse("18:00-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyInterval.parse("24:00-24:00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DailyInterval.parse("22:00-24:00").endsAtMidnight()).isTrue();
    }

    // ---- unknown role or event type --------------------------------------------------------------------------------

    @Test
    void unknownRolesAndEventTypesDoNotExistInJavaTheyFailWhenParsed() {
        assertThatThrownBy(() -> Role.valueOf("SALESPERSON")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.valueOf("COMMENT")).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- the first problem is the one reported ------------------------------------------------------------------

    @Test
    void peopleAreCheckedBeforeAbsencesAndAbsencesBeforeEvents() {
        rejected(ScenarioBuilder.monday().head("head")
                .absent("ghost", "10:00", "11:00")
                .created("10:00", "WEB-1", "ghost"), "people");
        rejected(ScenarioBuilder.department()
                .absent("ghost", "10:00", "11:00")
                .created("10:00", "WEB-1", "ghost"), "absences[0].person");
    }
}
