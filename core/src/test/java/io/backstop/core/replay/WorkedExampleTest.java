package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.sla.Breach;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponseClock;
import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The worked example at the end of sla-semantics.md, row by row. */
class WorkedExampleTest {

    private final ScenarioBuilder b = ScenarioBuilder.monday()
            .week(DayOfWeek.MONDAY, "09:00-18:00")
            .policy("PT30M", "PT1H", true)
            .tick("PT5M").from("08:00").until("16:00")
            .head("head")
            .operator("operator")
            .manager("ivanova", "petrova")
            .manager("petrova")
            .absent("ivanova", "12:00", "14:00")
            .created("10:00", "WEB-1", "ivanova")
            .reply("11:30", "WEB-1", "operator")
            .message("12:30", "WEB-1");

    private final ReplayResult result = b.run();

    @Test
    void reassignmentsAreTheFiveOfTheTable() {
        assertThat(result.reassignments()).containsExactly(
                new Reassignment(b.at("11:00"), "WEB-1", "ivanova", "operator", ReassignReason.BREACH),
                new Reassignment(b.at("11:30"), "WEB-1", "operator", "ivanova", ReassignReason.RETURN),
                new Reassignment(b.at("12:30"), "WEB-1", "ivanova", "petrova", ReassignReason.ABSENCE),
                new Reassignment(b.at("13:30"), "WEB-1", "petrova", "operator", ReassignReason.BREACH),
                new Reassignment(b.at("14:00"), "WEB-1", "operator", "ivanova", ReassignReason.RETURN));
    }

    @Test
    void twoBreachesOneForEachAwaitingCycle() {
        assertThat(result.breaches()).containsExactly(
                new Breach("WEB-1", b.at("10:00"), b.at("11:00"), b.at("11:00"), "ivanova"),
                new Breach("WEB-1", b.at("12:30"), b.at("13:30"), b.at("13:30"), "petrova"));
    }

    @Test
    void operatorsReplyIsLateAfter5400WorkingSeconds() {
        assertThat(result.replies()).containsExactly(
                new Reply("WEB-1", b.at("10:00"), b.at("11:30"), "operator", Duration.ofSeconds(5400), false));
    }

    @Test
    void queueAtUntilHoldsWeb1WithIvanova() {
        assertThat(result.queue()).hasSize(1);
        ResponseClock only = result.queue().get(0);
        assertThat(only.issue()).isEqualTo("WEB-1");
        assertThat(only.awaitingSince()).isEqualTo(b.at("12:30"));
        assertThat(only.due()).isEqualTo(b.at("13:30"));
        assertThat(only.queuedAt()).isEqualTo(b.at("13:00"));
        assertThat(only.assignee()).isEqualTo("ivanova");
        assertThat(only.owner()).isEqualTo("ivanova");
    }

    @Test
    void readsLikeTheTable() {
        assertThat(b.moves(result)).containsExactly(
                "11:00 WEB-1 ivanova->operator BREACH",
                "11:30 WEB-1 operator->ivanova RETURN",
                "12:30 WEB-1 ivanova->petrova ABSENCE",
                "13:30 WEB-1 petrova->operator BREACH",
                "14:00 WEB-1 operator->ivanova RETURN");
        assertThat(b.breaches(result)).containsExactly(
                "WEB-1 since 10:00 due 11:00 at 11:00",
                "WEB-1 since 12:30 due 13:30 at 13:30");
        assertThat(b.replies(result)).containsExactly("WEB-1 since 10:00 at 11:30 by operator 5400s late");
        assertThat(b.queue(result)).containsExactly("WEB-1 since 12:30 due 13:30 ivanova");
    }

    @Test
    void beforeTheFirstTickAfterCreationTheIssueIsQueuedFrom1030() {
        ReplayResult at1030 = copyUntil("10:30");
        assertThat(b.queue(at1030)).containsExactly("WEB-1 since 10:00 due 11:00 ivanova");
        ReplayResult at1029 = copyUntil("10:29");
        assertThat(at1029.queue()).isEmpty();
    }

    private ReplayResult copyUntil(String until) {
        Scenario full = b.build();
        return Replay.run(new Scenario(full.start(), b.at(until), full.tick(), full.calendar(), full.policy(),
                full.people(), full.absences(),
                full.events().stream().filter(e -> !e.at().isAfter(b.at(until))).toList()));
    }
}
