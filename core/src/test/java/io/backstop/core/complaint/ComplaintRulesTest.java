package io.backstop.core.complaint;

import static io.backstop.core.complaint.ComplaintAction.CLOSE;
import static io.backstop.core.complaint.ComplaintAction.FLAG;
import static io.backstop.core.complaint.ComplaintAction.REOPEN;
import static io.backstop.core.complaint.ComplaintAction.UNFLAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Anyone flags, about the client's manager unless the head or the director names someone else; only the head
 * unflags or closes one about the staff, only the director one about the head, never the person it is about; a
 * reason for every unflag and close; counts per person per period.
 */
class ComplaintRulesTest {

    static final Instant T = Instant.parse("2026-03-02T07:00:00Z");
    static final Actor OPERATOR = Actor.staff("olga");
    static final Actor ANNA = Actor.staff("anna");
    static final Actor BORIS = Actor.staff("boris");
    static final Actor OFFICE = Actor.staff("sveta");
    static final Actor HEAD = Actor.head("helen");
    static final Actor DIRECTOR = Actor.director("dmitry");
    static final Optional<String> WHY = Optional.of("the client withdrew it on the phone");
    /** The department with a director. */
    static final Ranks RANKS = Ranks.of(List.of(new Person("helen", Role.HEAD), new Person("olga", Role.OPERATOR),
            new Person("sveta", Role.OFFICE_MANAGER), new Person("anna", Role.MANAGER),
            new Person("boris", Role.MANAGER), new Person("dmitry", Role.DIRECTOR)));
    /** The same department before it had a director. */
    static final Ranks NO_DIRECTOR = Ranks.of(List.of(new Person("helen", Role.HEAD),
            new Person("olga", Role.OPERATOR), new Person("anna", Role.MANAGER)));

    static Complaint about(String person) {
        return ComplaintRules.flag("C-" + person, "alfa", "WEB-7", Optional.empty(), person, OPERATOR, T);
    }

    private static Complaint aboutAnna() {
        return ComplaintRules.flag("C-1", "alfa", "WEB-7", Optional.of("10042"), "anna", OPERATOR, T);
    }

    @Test
    void anyoneOnTheStaffFlagsAComplaintAndItIsOpen() {
        Complaint c = aboutAnna();
        assertThat(c.state()).isEqualTo(ComplaintState.OPEN);
        assertThat(c.flaggedBy()).isEqualTo("olga");
        assertThat(c.flaggedAt()).isEqualTo(T);
        assertThat(c.comment()).hasValue("10042");
        assertThat(c.source()).isEqualTo(ComplaintSource.MANUAL);
        Complaint byAnna = ComplaintRules.flag("C-2", "alfa", "WEB-8", Optional.empty(), "anna", ANNA, T);
        assertThat(byAnna.comment()).isEmpty();
        assertThat(ComplaintRules.flag("C-3", "alfa", "WEB-9", Optional.empty(), "anna", OPERATOR, T,
                ComplaintSource.ISSUE_TYPE).source()).isEqualTo(ComplaintSource.ISSUE_TYPE);
    }

    @Test
    void aComplaintIsAboutTheClientsManagerUnlessTheHeadOrTheDirectorNamesSomeoneElse() {
        Optional<String> owner = Optional.of("anna");
        assertThat(ComplaintRules.mayBeAbout(ANNA, "anna", owner).allowed()).isTrue();
        assertThat(ComplaintRules.mayBeAbout(OPERATOR, "anna", owner).allowed()).isTrue();
        Decision passedOn = ComplaintRules.mayBeAbout(ANNA, "olga", owner);
        assertThat(passedOn).extracting(Decision::allowed, Decision::reason).containsExactly(false,
                "the complaint is about the client's manager anna; only the head or the director may name someone"
                        + " else");
        assertThat(ComplaintRules.mayBeAbout(OPERATOR, "boris", owner).allowed()).isFalse();
        assertThat(ComplaintRules.mayBeAbout(HEAD, "olga", owner).allowed()).isTrue();
        assertThat(ComplaintRules.mayBeAbout(DIRECTOR, "helen", owner).allowed()).isTrue();
    }

    @Test
    void withNoManagerKnownOnlyTheHeadOrTheDirectorSaysWhomItIsAbout() {
        assertThat(ComplaintRules.mayBeAbout(OPERATOR, "anna", Optional.empty()).reason())
                .isEqualTo("the issue's manager is not known; only the head or the director may say whom it is about");
        assertThat(ComplaintRules.mayBeAbout(HEAD, "anna", Optional.empty()).allowed()).isTrue();
    }

    @Test
    void unflaggingOrClosingNeedsAReasonReopeningDoesNot() {
        for (ComplaintAction action : List.of(UNFLAG, CLOSE)) {
            for (Optional<String> none : List.of(Optional.<String>empty(), Optional.of("  \n"))) {
                assertThatThrownBy(() -> ComplaintRules.apply(aboutAnna(), HEAD, action, none, T, RANKS))
                        .isInstanceOf(InvalidFieldException.class)
                        .hasMessage("reason: is required to " + action.name().toLowerCase()
                                + " a complaint: the director reads why");
            }
        }
        Complaint closed = ComplaintRules.apply(aboutAnna(), HEAD, CLOSE, Optional.of("  apologised, fixed  "), T, RANKS);
        assertThat(closed.lastChange()).isEqualTo(new Change(CLOSE, "helen", T, Optional.of("apologised, fixed")));
        Complaint reopened = ComplaintRules.apply(closed, HEAD, REOPEN, Optional.empty(), T, RANKS);
        assertThat(reopened.lastChange().reason()).isEmpty();
        assertThat(ComplaintRules.needsReason(REOPEN)).isFalse();
    }

    @Test
    void theManagerItIsAboutCannotCloseOrUnflagIt() {
        Decision close = ComplaintRules.decide(aboutAnna(), ANNA, CLOSE, RANKS);
        assertThat(close).extracting(Decision::allowed, Decision::reason)
                .containsExactly(false, "the complaint is about anna, who may not close it");
        assertThat(ComplaintRules.decide(aboutAnna(), ANNA, UNFLAG, RANKS).allowed()).isFalse();
        assertThatThrownBy(() -> ComplaintRules.apply(aboutAnna(), ANNA, CLOSE, WHY, T.plusSeconds(60), RANKS))
                .isInstanceOf(IllegalStateException.class).hasMessage(close.reason());
        assertThatThrownBy(() -> ComplaintRules.apply(aboutAnna(), ANNA, CLOSE, Optional.empty(), T, RANKS))
                .as("who may never is told so before the missing reason").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheHeadUnflagsOrClosesAComplaintAboutAManagerTheOperatorOrTheOfficeManager() {
        for (String person : List.of("anna", "olga", "sveta")) {
            for (ComplaintAction action : List.of(UNFLAG, CLOSE)) {
                assertThat(ComplaintRules.decide(about(person), HEAD, action, RANKS).allowed()).isTrue();
                assertThat(ComplaintRules.decide(about(person), BORIS, action, RANKS))
                        .extracting(Decision::allowed, Decision::reason)
                        .containsExactly(false, "only the head may " + action.name().toLowerCase()
                                + " a complaint about " + person);
                assertThat(ComplaintRules.decide(about(person), DIRECTOR, action, RANKS).allowed())
                        .as("the director reads the log; the staff's complaints are the head's").isFalse();
            }
        }
        assertThat(ComplaintRules.decide(about("anna"), OFFICE, CLOSE, RANKS).allowed()).isFalse();
        assertThat(ComplaintRules.decide(about("anna"), OPERATOR, UNFLAG, RANKS).allowed()).isFalse();
    }

    @Test
    void onlyTheDirectorUnflagsOrClosesAComplaintAboutTheHead() {
        Complaint aboutHead = about("helen");
        Decision head = ComplaintRules.decide(aboutHead, HEAD, CLOSE, RANKS);
        assertThat(head).extracting(Decision::allowed, Decision::reason)
                .containsExactly(false, "the complaint is about helen, who may not close it");
        Decision secondHead = ComplaintRules.decide(aboutHead, Actor.head("hugo"), UNFLAG, RANKS);
        assertThat(secondHead).extracting(Decision::allowed, Decision::reason)
                .containsExactly(false, "only the director may unflag a complaint about the head");
        assertThat(ComplaintRules.decide(aboutHead, OPERATOR, CLOSE, RANKS).allowed()).isFalse();
        Decision director = ComplaintRules.decide(aboutHead, DIRECTOR, CLOSE, RANKS);
        assertThat(director).extracting(Decision::allowed, Decision::reason)
                .containsExactly(true, "a complaint about the head is the director's to close");
        Complaint closed = ComplaintRules.apply(aboutHead, DIRECTOR, CLOSE, WHY, T, RANKS);
        assertThat(closed.state()).isEqualTo(ComplaintState.CLOSED);
    }

    @Test
    void withoutADirectorAComplaintAboutTheHeadStaysOpen() {
        assertThat(ComplaintRules.decide(about("helen"), Actor.head("hugo"), CLOSE, NO_DIRECTOR).reason())
                .isEqualTo("only the director may close a complaint about the head; no director is configured, so it "
                        + "stays open until there is one");
    }

    @Test
    void nobodyActsOnAComplaintAboutThemselvesNotEvenTheDirector() {
        Decision own = ComplaintRules.decide(about("dmitry"), DIRECTOR, CLOSE, RANKS);
        assertThat(own).extracting(Decision::allowed, Decision::reason)
                .containsExactly(false, "the complaint is about dmitry, who may not close it");
        assertThat(ComplaintRules.decide(about("dmitry"), HEAD, UNFLAG, RANKS).reason())
                .isEqualTo("the complaint is about the director; nobody in the department may unflag it");
    }

    @Test
    void theHeadReopensAndTheDirectorReopensWhatTheHeadHushed() {
        Complaint unflagged = ComplaintRules.apply(aboutAnna(), HEAD, UNFLAG, WHY, T.plusSeconds(60), RANKS);
        assertThat(unflagged.counts()).isFalse();
        assertThat(ComplaintRules.decide(unflagged, ANNA, REOPEN, RANKS).allowed()).isFalse();
        assertThat(ComplaintRules.decide(unflagged, BORIS, REOPEN, RANKS).allowed()).isFalse();
        Complaint reopened = ComplaintRules.apply(unflagged, DIRECTOR, REOPEN, Optional.of("it was a complaint"),
                T.plusSeconds(120), RANKS);
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.counts()).isTrue();
        assertThat(ComplaintRules.decide(reopened, HEAD, REOPEN, RANKS).reason())
                .isEqualTo("an open complaint cannot be reopened");
        assertThat(ComplaintRules.apply(reopened, HEAD, CLOSE, WHY, T.plusSeconds(180), RANKS).history())
                .extracting(Change::action).containsExactly(FLAG, UNFLAG, REOPEN, CLOSE);
        Complaint closed = ComplaintRules.apply(aboutAnna(), HEAD, CLOSE, WHY, T, RANKS);
        assertThat(ComplaintRules.decide(closed, HEAD, CLOSE, RANKS))
                .extracting(Decision::allowed, Decision::reason).containsExactly(false, "a closed complaint cannot be closed");
    }

    @Test
    void whatEachMayDoIsWhatAScreenOffers() {
        Complaint unflagged = ComplaintRules.apply(aboutAnna(), HEAD, UNFLAG, WHY, T, RANKS);
        assertThat(ComplaintRules.allowedActions(aboutAnna(), HEAD, RANKS)).containsExactly(UNFLAG, CLOSE);
        assertThat(ComplaintRules.allowedActions(aboutAnna(), DIRECTOR, RANKS)).isEmpty();
        assertThat(ComplaintRules.allowedActions(aboutAnna(), ANNA, RANKS)).isEmpty();
        assertThat(ComplaintRules.allowedActions(unflagged, DIRECTOR, RANKS)).containsExactly(REOPEN);
        assertThat(ComplaintRules.allowedActions(about("helen"), DIRECTOR, RANKS)).containsExactly(UNFLAG, CLOSE);
        assertThat(ComplaintRules.allowedActions(about("helen"), HEAD, RANKS)).isEmpty();
    }

    @Test
    void flaggingTwiceIsRefused() {
        assertThat(ComplaintRules.decide(aboutAnna(), HEAD, FLAG, RANKS).allowed()).isFalse();
    }

    @Test
    void actorsAndRanksFromTheDepartment() {
        assertThat(Actor.of(new Person("helen", Role.HEAD))).isEqualTo(HEAD);
        assertThat(Actor.of(new Person("olga", Role.OPERATOR))).isEqualTo(OPERATOR);
        assertThat(Actor.of(new Person("dmitry", Role.DIRECTOR))).isEqualTo(DIRECTOR);
        assertThat(RANKS.actor("sveta")).isEqualTo(OFFICE);
        assertThat(RANKS.rankOf("someone who left")).isEqualTo(Rank.STAFF);
        assertThat(RANKS.hasDirector()).isTrue();
        assertThat(NO_DIRECTOR.hasDirector()).isFalse();
    }

    @Test
    void complaintsAboutTheHeadNeedADirectorWhileThereIsNone() {
        Complaint aboutHead = about("helen");
        Complaint closedAboutHead = ComplaintRules.apply(ComplaintRules.flag("C-9", "b", "WEB-2", Optional.empty(),
                "helen", OPERATOR, T), DIRECTOR, CLOSE, WHY, T, RANKS);
        List<Complaint> all = List.of(aboutAnna(), aboutHead, closedAboutHead);
        assertThat(ComplaintRules.needsDirector(all, NO_DIRECTOR)).containsExactly(aboutHead);
        assertThat(ComplaintRules.needsDirector(all, RANKS)).isEmpty();
        assertThat(ComplaintRules.headsLane(all)).containsExactly(aboutAnna(), aboutHead);
    }

    @Test
    void theHeadsLaneHoldsEveryOpenComplaintOldestFirst() {
        Complaint older = ComplaintRules.flag("C-0", "beta", "WEB-1", Optional.empty(), "boris", OPERATOR,
                T.minusSeconds(86_400));
        Complaint closed = ComplaintRules.apply(
                ComplaintRules.flag("C-9", "gamma", "WEB-2", Optional.empty(), "anna", OPERATOR, T), HEAD, CLOSE, WHY,
                T, RANKS);
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
                        HEAD, CLOSE, WHY, T, RANKS),
                ComplaintRules.apply(ComplaintRules.flag("4", "b", "W-4", Optional.empty(), "boris", OPERATOR, T),
                        HEAD, UNFLAG, WHY, T, RANKS),
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
                List.of(new Change(FLAG, "olga", T)), null)).hasMessage("source: must not be null");
        assertThatThrownBy(() -> new Complaint("1", "a", "W-1", Optional.empty(), "anna",
                List.of(new Change(FLAG, "olga", T), new Change(REOPEN, "helen", T))))
                .hasMessage("history[1].action: REOPEN is not possible when the complaint is OPEN");
        assertThatThrownBy(() -> new Complaint("1", "a", "W-1", Optional.empty(), "anna",
                List.of(new Change(FLAG, "olga", T), new Change(CLOSE, "helen", T.minusSeconds(1)))))
                .hasMessage("history[1].at: must not be before the change before it");
        assertThatThrownBy(() -> ComplaintRules.apply(aboutAnna(), HEAD, CLOSE, WHY, T.minusSeconds(1), RANKS))
                .hasMessageStartingWith("at: must not be before");
        assertThatThrownBy(() -> new Actor("x", null)).hasMessage("rank: must not be null");
        assertThatThrownBy(() -> new Change(CLOSE, "helen", T, Optional.of(" "))).hasMessage("reason: must not be blank");
        assertThatThrownBy(() -> ComplaintRules.mayBeAbout(HEAD, " ", Optional.empty()))
                .hasMessage("about: must not be blank");
    }
}
