package io.backstop.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.testing.TestHost;
import io.backstop.core.staff.AbsenceKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What approving a request would do, shown before the head approves it: who else is away and asked to be, which
 * issues would move to whom (by the rules the clocks follow: checked against what approving then does), and a
 * request withdrawn by whoever asked: kept, taking no work away, decided once.
 */
class AbsenceConflictsTest {

    /** {@link AbsenceRequestsTest}'s, with sidorova: ivanova's deputies are petrova, then sidorova. */
    private static final String DEPARTMENT = AbsenceRequestsTest.DEPARTMENT.replace(
            "{ \"name\": \"ivanova\", \"role\": \"MANAGER\", \"deputies\": [\"petrova\"] }",
            "{ \"name\": \"ivanova\", \"role\": \"MANAGER\", \"deputies\": [\"petrova\", \"sidorova\"] },"
                    + " { \"name\": \"sidorova\", \"role\": \"MANAGER\" }");

    private TestHost host;
    private StaffDesk staff;
    private ResponseDesk desk;

    private static Instant at(String local) {
        return AbsenceRequestsTest.at(local);
    }

    @BeforeEach
    void department() {
        assertThat(DEPARTMENT).contains("\"sidorova\", \"role\"");
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        staff = host.backstop.staff();
        desk = host.backstop.responses();
        // ivanova holds two issues awaiting an answer, and one answered; petrova one
        for (String key : List.of("WEB-1", "WEB-2", "WEB-3")) {
            desk.issueCreated(new IssueFacts(key, "Client request", "Medium", "ivanova", "Client of " + key), "client",
                    at("2026-11-10T09:00"));
        }
        desk.commentAdded(new IssueFacts("WEB-3", "Client request", "Medium", "ivanova", "Client of WEB-3"),
                "ivanova", false, at("2026-11-10T09:10"));
        desk.issueCreated(new IssueFacts("WEB-4", "Client request", "Medium", "petrova", "Client of WEB-4"), "client",
                at("2026-11-10T09:00"));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    @Test
    void theHeadSeesWhoElseIsAwayAndWhereEachWaitingIssueWouldGo() {
        Instant now = at("2026-11-10T09:30");
        staff.add("petrova", at("2026-11-10T14:00"), at("2026-11-11T00:00"), AbsenceKind.VACATION, "office", now);
        StoredAbsence also = staff.request("office", at("2026-11-10T16:00"), at("2026-11-10T17:00"),
                AbsenceKind.TIME_OFF, null, "office", now);
        staff.request("operator", at("2026-11-12T09:00"), at("2026-11-12T10:00"), AbsenceKind.TIME_OFF, null,
                "operator", now);
        StoredAbsence asked = staff.request("ivanova", at("2026-11-10T15:00"), at("2026-11-10T18:00"),
                AbsenceKind.STUDY, "driving school", "ivanova", now);

        AbsenceConflicts.Conflicts found = staff.conflicts(asked.id(), now).orElseThrow();

        assertThat(found.at()).as("at its start").isEqualTo(at("2026-11-10T15:00"));
        assertThat(found.away()).extracting(a -> a.absence().person()).containsExactly("petrova");
        assertThat(found.asked()).as("another waiting request overlapping it, not one on another day")
                .extracting(StoredAbsence::id).containsExactly(also.id());
        assertThat(found.moves()).extracting(m -> m.issue().issue() + "->" + m.to().orElse("nobody"))
                .as("her waiting issues, past petrova (away then) to sidorova; the answered one stays")
                .containsExactly("WEB-1->sidorova", "WEB-2->sidorova");
        assertThat(found.moves().get(0).issue().client()).isEqualTo("Client of WEB-1");
        assertThat(found.newMessagesTo()).contains("sidorova");
    }

    @Test
    void whatItShowsIsWhatApprovingThenDoes() {
        Instant now = at("2026-11-10T09:30");
        staff.add("petrova", at("2026-11-10T09:30"), at("2026-11-11T00:00"), AbsenceKind.SICK, "office", now);
        StoredAbsence asked = staff.request("ivanova", at("2026-11-10T09:00"), at("2026-11-10T18:00"),
                AbsenceKind.TIME_OFF, null, "ivanova", now);
        Instant decided = at("2026-11-10T09:40");
        List<String> shown = staff.conflicts(asked.id(), decided).orElseThrow().moves().stream()
                .map(m -> m.issue().issue() + "->" + m.to().orElse("nobody")).toList();
        host.tracker.assignments.clear();

        staff.decide(asked.id(), true, "head", decided);

        assertThat(host.tracker.assignments).as("the moves the clocks made on approval").containsExactlyElementsOf(shown);
        assertThat(shown).as("petrova's WEB-4, handed to ivanova when petrova fell sick, goes on to the operator")
                .containsExactly("WEB-1->sidorova", "WEB-2->sidorova", "WEB-4->operator");
    }

    @Test
    void anIssueNobodyCanTakeStaysAndSaysSo() {
        Instant now = at("2026-11-10T09:30");
        for (String person : List.of("petrova", "sidorova", "operator", "office", "head")) {
            staff.add(person, at("2026-11-10T09:30"), at("2026-11-11T00:00"), AbsenceKind.VACATION, "office", now);
        }
        StoredAbsence asked = staff.request("ivanova", at("2026-11-10T12:00"), at("2026-11-10T13:00"),
                AbsenceKind.TIME_OFF, null, "ivanova", now);
        AbsenceConflicts.Conflicts found = staff.conflicts(asked.id(), now).orElseThrow();
        assertThat(found.away()).hasSize(5);
        assertThat(found.moves()).as("hers, and petrova's WEB-4 she holds meanwhile")
                .allSatisfy(move -> assertThat(move.to()).isEmpty()).hasSize(3);
        assertThat(found.newMessagesTo()).isEmpty();
    }

    @Test
    void aRecordedAbsenceIsNoRequestAndAnEndedRequestMovesNothing() {
        Instant now = at("2026-11-10T09:30");
        StoredAbsence recorded = staff.add("ivanova", at("2026-11-12T09:00"), at("2026-11-12T18:00"),
                AbsenceKind.VACATION, "office", now);
        assertThat(staff.conflicts(recorded.id(), now)).isEmpty();
        assertThat(staff.conflicts(9999, now)).isEmpty();
        StoredAbsence asked = staff.request("ivanova", at("2026-11-10T10:00"), at("2026-11-10T11:00"),
                AbsenceKind.TIME_OFF, null, "ivanova", now);
        AbsenceConflicts.Conflicts later = staff.conflicts(asked.id(), at("2026-11-10T12:00")).orElseThrow();
        assertThat(later.at()).isNull();
        assertThat(later.moves()).isEmpty();
    }

    @Test
    void aWithdrawnRequestStaysWithdrawnTakesNothingAndIsDecidedOnce() {
        Instant now = at("2026-11-10T09:30");
        StoredAbsence asked = staff.request("ivanova", at("2026-11-10T09:00"), at("2026-11-10T18:00"),
                AbsenceKind.TIME_OFF, null, "ivanova", now);

        StoredAbsence withdrawn = staff.withdraw(asked.id(), "ivanova", at("2026-11-10T09:35")).orElseThrow();

        assertThat(withdrawn.status()).isEqualTo(AbsenceStatus.WITHDRAWN);
        assertThat(withdrawn.decidedBy()).contains("ivanova");
        assertThat(staff.requests(Optional.of("ivanova"))).extracting(StoredAbsence::status)
                .containsExactly(AbsenceStatus.WITHDRAWN);
        assertThat(staff.absencesOf("ivanova")).isEmpty();
        Instant during = at("2026-11-10T10:00");
        assertThat(new AbsenceStore(host.store).inForceAt(during).isAbsent("ivanova", during)).isFalse();
        assertThatThrownBy(() -> staff.decide(asked.id(), true, "head", during))
                .isInstanceOf(AlreadyDecided.class).hasMessage("already WITHDRAWN");
        assertThatThrownBy(() -> staff.withdraw(asked.id(), "ivanova", during))
                .isInstanceOf(AlreadyDecided.class).hasMessage("already WITHDRAWN");
        assertThat(host.tracker.assignments).as("nothing moved").isEmpty();

        StoredAbsence other = staff.request("ivanova", at("2026-11-11T09:00"), at("2026-11-11T18:00"),
                AbsenceKind.TIME_OFF, null, "ivanova", now);
        staff.decide(other.id(), false, "head", now);
        assertThatThrownBy(() -> staff.withdraw(other.id(), "ivanova", now))
                .isInstanceOf(AlreadyDecided.class).hasMessage("already REFUSED");
    }
}
