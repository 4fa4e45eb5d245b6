package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.staff.AbsenceKind;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** The worked example of version 2 at the end of sla-semantics.md, row by row. */
class WorkedExampleV2Test {

    /**
     * Worked example, version 2, of sla-semantics.md. Its table gives the promise's due as Tue 11:00; rule 11
     * ("addWorking(t, answerWithin)": 8 working hours from Mon 11:00 on 09:00-18:00 days) gives Tue 10:00, which is
     * what is checked here. The table's row is a slip of the spec, not of the engine.
     */
    @Test
    void theTableRowByRow() {
        ScenarioBuilder b = ScenarioBuilder.monday().week(DayOfWeek.MONDAY, "09:00-18:00")
                .week(DayOfWeek.TUESDAY, "09:00-18:00").week(DayOfWeek.WEDNESDAY, "09:00-18:00")
                .policy("PT30M", "PT2H", true).answerWithin("PT8H").remindBefore("PT30M").until("+2 12:00")
                .head("head").operator("operator").manager("ivanova", "sidorova", "petrova").manager("petrova")
                .manager("sidorova").coversFrom("sidorova", "2027-01-01T00:00")
                .busy("ivanova", "14:00", "15:00").absent("ivanova", "+1 00:00", "+2 00:00", AbsenceKind.SICK)
                .created("10:00", "WEB-1", "ivanova").holding("11:00", "WEB-1", "ivanova")
                .message("13:30", "WEB-1").reply("14:20", "WEB-1", "operator").message("+1 10:00", "WEB-1")
                .reply("+2 10:00", "WEB-1", "ivanova");
        ReplayResult r = b.run();
        assertThat(b.replies(r)).containsExactly("WEB-1 since 10:00 at 11:00 by ivanova 3600s on time",
                "WEB-1 since 13:30 at 14:20 by operator 3000s on time",
                "WEB-1 since +1 10:00 at +2 10:00 by ivanova 32400s late");
        assertThat(b.promises(r)).containsExactly("WEB-1 by ivanova made 11:00 due +1 10:00 KEPT 14:20");
        assertThat(b.moves(r)).containsExactly("14:00 WEB-1 ivanova->operator ABSENCE",
                "15:00 WEB-1 operator->ivanova RETURN", "+1 10:00 WEB-1 ivanova->petrova ABSENCE",
                "+1 12:00 WEB-1 petrova->operator BREACH", "+2 00:00 WEB-1 operator->ivanova RETURN");
        assertThat(b.reminders(r)).containsExactly("WEB-1 at +1 11:30 to petrova due +1 12:00");
        assertThat(b.heldBy(r)).containsExactly("WEB-1 held by petrova at +1 12:00");
    }
}
