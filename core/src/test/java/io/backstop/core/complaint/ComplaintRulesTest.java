package io.backstop.core.complaint;

import static io.backstop.core.complaint.ComplaintAction.CLOSE;
import static io.backstop.core.complaint.ComplaintAction.FLAG;
import static io.backstop.core.complaint.ComplaintAction.REOPEN;
import static io.backstop.core.complaint.ComplaintAction.UNFLAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Anyone flags; only the head closes or unflags, never the person it is about; counts per person per period. */
class ComplaintRulesTest {

    private static final Instant T = Instant.parse("2026-03-02T07:00:00Z");
    private static final Actor OPERATOR = Actor.staff("olga");
    private static final Actor ANNA = Actor.staff("anna");
    private static final Actor BORIS = Actor.staff("boris");
    private static final Actor HEAD = Actor.head("helen");
    private static final Actor DIRECTOR = Actor.director("dmitry");

    private static Complaint aboutAnna() {
        return ComplaintRules.flag("C-1", "alfa", "WEB-7", Optional.of("10042"), "anna", OPERATOR, T);
    }

    @Test
    void theOperatorFlagsAComment() {
        Complaint c = aboutAnna();
        assertThat(c.state()).isEqualTo(ComplaintState.OPEN);
        assertThat(c.flaggedBy()).isEqualTo("olga");
        assertThat(c.flaggedAt()).isEqualTo(T);
        assertThat(c.comment()).hasValue("10042");
        assertThat(ComplaintRules.flag("C-2", "alfa", "WEB-8", Optional.empty(), "anna", ANNA, T).comment()).isEmpty();
    }

    @Test
    void theManagerItIsAboutCannotCloseOrUnflagIt() {
        Decision close = ComplaintRules.decide(aboutAnna(), ANNA, CLOSE);
        assertThat(close).isEqualTo(new Decision(false, "the complaint is about anna, who may not close it"));
        assertThat(ComplaintRules.decide(aboutAnna(), ANNA, UNFLAG).allowed()).isFalse();
        assertThatThrownBy(() -> ComplaintRules.apply(aboutAnna(), ANNA, CLOSE, T.plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class).hasMessage(close.reason());
    }

    @Test
    void otherStaffCannotEither() {
        assertThat(ComplaintRules.decide(aboutAnna(), BORIS, CLOSE))
                .isEqualTo(new Decision(false, "only the head may close a complaint"));
        assertThat(ComplaintRules.decide(aboutAnna(), OPERATOR, UNFLAG).allowed()).isFalse();
    }

    @Test
    void theHeadClosesUnflagsAndReopens() {
        Complaint closed = ComplaintRules.apply(aboutAnna(), HEAD, CLOSE, T.plusSeconds(3600));
        assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
        assertThat(closed.lastChange()).isEqualTo(new Change(CLOSE, "helen", T.plusSeconds(3600)));
        assertThat(ComplaintRules.decide(closed, HEAD, CLOSE))
                .isEqualTo(new Decision(false, "a closed complaint cannot be closed"));
        Complaint reopened = ComplaintRules.apply(closed, HEAD, REOPEN, T.plusSeconds(7200));
        assertThat(reopened.isOpen()).isTrue();
        Complaint unflagged = ComplaintRules.apply(reopened, HEAD, UNFLAG, T.plusSeconds(7200));
        assertThat(unflagged.state()).isEqualTo(ComplaintState.UNFLAGGED);
        assertThat(unflagged.counts()).isFalse();
        assertThat(ComplaintRules.decide(aboutAnna(), HEAD, REOPEN).reason())
                .isEqualTo("an open complaint cannot be reopened");
    }

    @Test
    void aComplaintAboutTheHeadIsTheDirectors() {
        Complaint aboutHead = ComplaintRules.flag("C-3", "big", "WEB-9", Optional.empty(), "helen", OPERATOR, T);
        assertThat(ComplaintRules.decide(aboutHead, HEAD, CLOSE).allowed()).isFalse();
        Decision director = ComplaintRules.decide(aboutHead, DIRECTOR, CLOSE);
        assertThat(director.allowed()).isTrue();
        assertThat(director.reason()).contains("director");
    }

    @Test
    void flaggingTwiceIsRefused() {
        assertThat(ComplaintRules.decide(aboutAnna(), HEAD, FLAG).allowed()).isFalse();
    }

    @Test
    void actorsFromTheDepartment() {
        assertThat(Actor.of(new Person("helen", Role.HEAD))).isEqualTo(HEAD);
        assertThat(Actor.of(new Person("olga", Role.OPERATOR))).isEqualTo(OPERATOR);
    }

    @Test
    void theHeadsLaneHoldsEveryOpenComplaintOldestFirst() {
        Complaint older = ComplaintRules.flag("C-0", "beta", "WEB-1", Optional.empty(), "boris", OPERATOR,
                T.minusSeconds(86_400));
        Complaint closed = ComplaintRules.apply(
                ComplaintRules.flag("C-9", "gamma", "WEB-2", Optional.empty(), "anna", OPERATOR, T), HEAD, CLOSE, T);
        assertThat(ComplaintRules.headsLane(List.of(aboutAnna(), closed, older))).extracting(Complaint::id)
                .containsExactly("C-0", "C-1");
        assertThat(ComplaintRules.clientsWithOpenComplaint(List.of(aboutAnna(), closed, older)))
                .containsExactly("alfa", "beta");
    }

    @Test
    void countsPerPersonPerPeriod() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        Instant lateFeb = Instant.parse("2026-02-28T20:59:00Z");   // 23:59 in Moscow
        Instant earlyMar = Instant.parse("2026-02-28T21:00:00Z");  // 00:00 on 1 March in Moscow
        List<Complaint> complaints = List.of(
                ComplaintRules.flag("1", "a", "W-1", Optional.empty(), "anna", OPERATOR, lateFeb),
                ComplaintRules.flag("2", "a", "W-2", Optional.empty(), "anna", OPERATOR, earlyMar),
                ComplaintRules.apply(ComplaintRules.flag("3", "b", "W-3", Optional.empty(), "anna", OPERATOR, T),
                        HEAD, CLOSE, T),
                ComplaintRules.apply(ComplaintRules.flag("4", "b", "W-4", Optional.empty(), "boris", OPERATOR, T),
                        HEAD, UNFLAG, T),
                ComplaintRules.flag("5", "c", "W-5", Optional.empty(), "boris", ANNA, T));
        assertThat(ComplaintRules.countsByPerson(complaints, YearMonth.of(2026, 3), moscow))
                .containsExactly(Map.entry("anna", 2L), Map.entry("boris", 1L));
        assertThat(ComplaintRules.countsByPerson(complaints, YearMonth.of(2026, 2), moscow))
                .containsExactly(Map.entry("anna", 1L));
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new Complaint("1", "a", "W-1", Optional.empty(), "anna", List.of()))
                .hasMessage("history: must start with FLAG");
        assertThatThrownBy(() -> new Complaint("1", "a", "W-1", Optional.empty(), " ",
                List.of(new Change(FLAG, "olga", T)))).hasMessage("about: must not be blank");
        assertThatThrownBy(() -> new Complaint("1", "a", "W-1", Optional.empty(), "anna",
                List.of(new Change(FLAG, "olga", T), new Change(REOPEN, "helen", T))))
                .hasMessage("history[1].action: REOPEN is not possible when the complaint is OPEN");
        assertThatThrownBy(() -> new Complaint("1", "a", "W-1", Optional.empty(), "anna",
                List.of(new Change(FLAG, "olga", T), new Change(CLOSE, "helen", T.minusSeconds(1)))))
                .hasMessage("history[1].at: must not be before the change before it");
        assertThatThrownBy(() -> ComplaintRules.apply(aboutAnna(), HEAD, CLOSE, T.minusSeconds(1)))
                .hasMessageStartingWith("at: must not be before");
        assertThatThrownBy(() -> new Actor("x", null)).hasMessage("rank: must not be null");
    }
}
