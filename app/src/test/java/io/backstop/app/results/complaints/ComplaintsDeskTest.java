package io.backstop.app.results.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.results.common.Refused;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintSource;
import io.backstop.core.complaint.ComplaintState;
import io.backstop.core.complaint.DirectorsLog;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The complaints desk over a real database: defaults from the issue, Complaint issues, reasons, the log. */
class ComplaintsDeskTest {

    /** The department, with a director unless {@link #withoutDirector} takes it out. */
    static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow", "week": { "MON": ["09:00-18:00"], "TUE": ["09:00-18:00"] } },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "office", "role": "OFFICE_MANAGER" },
                { "name": "ivanova", "role": "MANAGER" },
                { "name": "petrova", "role": "MANAGER" }%s
              ],
              "tick": "PT5M"%s
            }
            """;
    static final String DIRECTOR = ",\n{ \"name\": \"director\", \"role\": \"DIRECTOR\" }";
    static final Optional<String> WHY = Optional.of("the client withdrew it");

    TestHost host;
    ComplaintsDesk desk;

    static Instant at(String local) {
        return OffsetDateTime.parse("2026-11-02T" + local + ":00+03:00").toInstant();
    }

    void department(String director, String projects) {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted(director, projects)));
    }

    @BeforeEach
    void start() {
        host = new TestHost();
        department(DIRECTOR, "");
        desk = host.backstop.results().complaints();
        opened("WEB-1", "Client request", "ivanova", "Acme");
    }

    private void opened(String issue, String type, String owner, String client) {
        host.backstop.issueCreated(new IssueFacts(issue, type, "High", owner, client), "client", at("10:00"));
    }

    private StoredComplaint flagged(String by) {
        return desk.flag(Flag.manual("WEB-1"), by, at("11:00"));
    }

    @Test
    void theClientAndWhomItIsAboutComeFromTheIssue() {
        StoredComplaint c = flagged("petrova");
        assertThat(c.complaint().client()).isEqualTo("Acme");
        assertThat(c.complaint().about()).isEqualTo("ivanova");
        assertThat(c.complaint().flaggedBy()).isEqualTo("petrova");
        assertThat(c.complaint().source()).isEqualTo(ComplaintSource.MANUAL);
    }

    @Test
    void onlyTheHeadOrTheDirectorNamesSomeoneOtherThanTheClientsManager() {
        assertThatThrownBy(() -> desk.flag(Flag.manual("WEB-1").about("operator"), "ivanova", at("11:00")))
                .isInstanceOf(Refused.class).hasMessageContaining("client's manager ivanova");
        assertThat(desk.flag(Flag.manual("WEB-1").about("ivanova"), "ivanova", at("11:00")).complaint().about())
                .isEqualTo("ivanova");
        assertThat(desk.flag(Flag.manual("WEB-1").about("operator"), "head", at("11:00")).complaint().about())
                .isEqualTo("operator");
        assertThat(desk.flag(Flag.manual("WEB-1").about("head"), "director", at("11:00")).complaint().about())
                .isEqualTo("head");
    }

    @Test
    void anIssueBackstopDoesNotKnowNeedsItsClientAndItsPersonNamed() {
        assertThatThrownBy(() -> desk.flag(Flag.manual("WEB-9"), "head", at("11:00")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("client");
        assertThatThrownBy(() -> desk.flag(Flag.manual("WEB-9").client("Beta"), "head", at("11:00")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("about");
        assertThatThrownBy(() -> desk.flag(Flag.manual("WEB-9").client("Beta").about("ivanova"), "operator",
                at("11:00"))).isInstanceOf(Refused.class).hasMessageContaining("manager is not known");
        assertThatThrownBy(() -> desk.flag(Flag.manual("WEB-1").about("nobody"), "head", at("11:00")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("about");
    }

    @Test
    void aComplaintIssueIsAComplaintAboutItsOwnerOnceHoweverOftenTheEventComes() {
        opened("WEB-2", "Complaint", "petrova", "Beta");
        opened("WEB-2", "Complaint", "petrova", "Beta"); // a replayed event
        Optional<StoredComplaint> again = desk.issueCreated("WEB-2", "Complaint", "petrova", "Beta", "client",
                at("10:05"));

        var lane = desk.complaints(at("00:00"), at("23:00"), Optional.empty()).lane();
        assertThat(lane).singleElement().satisfies(c -> {
            assertThat(c.issue()).isEqualTo("WEB-2");
            assertThat(c.about()).isEqualTo("petrova");
            assertThat(c.client()).isEqualTo("Beta");
            assertThat(c.flaggedBy()).isEqualTo("client");
            assertThat(c.flaggedAt()).isEqualTo(at("10:00"));
            assertThat(c.source()).isEqualTo(ComplaintSource.ISSUE_TYPE);
        });
        assertThat(again.orElseThrow().complaint()).isEqualTo(lane.get(0));
        assertThat(desk.ofComplaintIssue("WEB-2")).isPresent();
        assertThat(desk.issueCreated("WEB-3", "Client request", "petrova", "Beta", "client", at("10:00"))).isEmpty();
        assertThat(desk.issueCreated("WEB-4", "Complaint", "petrova", null, null, at("10:00")).orElseThrow()
                .complaint()).satisfies(c -> {
                    assertThat(c.client()).isEqualTo(ComplaintsDesk.NO_CLIENT);
                    assertThat(c.flaggedBy()).isEqualTo("petrova");
                });
    }

    @Test
    void aComplaintIssueOutsideTheDepartmentsProjectsIsNoComplaint() {
        department(DIRECTOR, ",\n\"projects\": [\"WEB\"]");
        assertThat(desk.issueCreated("DEV-1", "Complaint", "petrova", "Beta", "client", at("10:00"))).isEmpty();
        assertThat(desk.issueCreated("WEB-5", "Complaint", "petrova", "Beta", "client", at("10:00"))).isPresent();
    }

    @Test
    void unflaggingIsTheHeadsAndNeedsAReasonWhichIsKept() {
        int id = flagged("operator").id();
        assertThatThrownBy(() -> desk.actOnComplaint(id, "head", ComplaintAction.UNFLAG, Optional.empty(), at("12:00")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> desk.actOnComplaint(id, "head", ComplaintAction.CLOSE, Optional.of(" "), at("12:00")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> desk.actOnComplaint(id, "ivanova", ComplaintAction.UNFLAG, Optional.empty(),
                at("12:00"))).as("who may never is told so first").isInstanceOf(Refused.class)
                .hasMessageContaining("about ivanova");
        assertThatThrownBy(() -> desk.actOnComplaint(id, "director", ComplaintAction.CLOSE, WHY, at("12:00")))
                .isInstanceOf(Refused.class).hasMessage("only the head may close a complaint about ivanova");

        StoredComplaint unflagged = desk.actOnComplaint(id, "head", ComplaintAction.UNFLAG, WHY, at("12:00"));

        assertThat(unflagged.complaint().state()).isEqualTo(ComplaintState.UNFLAGGED);
        assertThat(desk.complaint(id).orElseThrow().complaint().lastChange().reason()).isEqualTo(WHY);
    }

    @Test
    void withoutADirectorAComplaintAboutTheHeadWaitsAndIsListed() {
        department("", "");
        StoredComplaint aboutHead = desk.flag(Flag.manual("WEB-1").about("head"), "head", at("11:00"));
        flagged("operator");
        assertThatThrownBy(() -> desk.actOnComplaint(aboutHead.id(), "head", ComplaintAction.CLOSE, WHY, at("12:00")))
                .isInstanceOf(Refused.class);

        var complaints = desk.complaints(at("00:00"), at("23:00"), Optional.of("ivanova"));
        assertThat(complaints.lane()).extracting(c -> c.about()).containsExactly("ivanova");
        assertThat(complaints.needsDirector()).extracting(c -> c.id()).containsExactly(aboutHead.complaint().id());

        department(DIRECTOR, "");
        assertThat(desk.complaints(at("00:00"), at("23:00"), Optional.empty()).needsDirector()).isEmpty();
        desk.actOnComplaint(aboutHead.id(), "director", ComplaintAction.CLOSE, WHY, at("12:00"));
    }

    @Test
    void theLogHasEveryUnflagAndCloseWithItsReasonAndWhatOtherSourcesAdd() {
        int first = flagged("operator").id();
        int second = flagged("office").id();
        desk.actOnComplaint(first, "head", ComplaintAction.UNFLAG, Optional.of("a question"), at("12:00"));
        desk.actOnComplaint(first, "director", ComplaintAction.REOPEN, Optional.empty(), at("13:00"));
        desk.actOnComplaint(second, "head", ComplaintAction.CLOSE, Optional.of("apologised"), at("14:00"));
        DirectorsLog.Entry dismissal = new DirectorsLog.Entry(at("15:00"), "operator", DirectorsLog.Action.DISMISS,
                Optional.of("irony"), new DirectorsLog.Subject("7", "WEB-8", "Gamma", Optional.empty()));
        desk.addLogSource((from, to, about) -> about.isPresent() ? List.of() : List.of(dismissal));

        List<DirectorsLog.Entry> log = desk.log(at("00:00"), at("23:00"), Optional.empty()).stream()
                .map(ComplaintsDesk.LogLine::entry).toList();

        assertThat(log).extracting(DirectorsLog.Entry::action).containsExactly(DirectorsLog.Action.DISMISS,
                DirectorsLog.Action.CLOSE, DirectorsLog.Action.UNFLAG);
        assertThat(log).extracting(e -> e.reason().orElseThrow()).containsExactly("irony", "apologised", "a question");
        assertThat(log.get(2).by()).isEqualTo("head");
        assertThat(desk.log(at("00:00"), at("23:00"), Optional.empty())).extracting(line -> line.complaint()
                .map(c -> c.state()).orElse(null)).containsExactly(null, ComplaintState.CLOSED, ComplaintState.OPEN);
        assertThat(desk.log(at("00:00"), at("23:00"), Optional.of("ivanova"))).hasSize(2);
        assertThat(desk.log(at("00:00"), at("23:00"), Optional.of("petrova"))).isEmpty();
        assertThat(desk.log(at("13:30"), at("23:00"), Optional.empty())).hasSize(2);
        assertThat(desk.complaint(first).orElseThrow().complaint().isOpen()).isTrue();
    }
}
