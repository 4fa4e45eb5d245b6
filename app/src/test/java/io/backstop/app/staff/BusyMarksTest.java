package io.backstop.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "I'm busy until ...": marked without approval, at most a working day ahead, joined, and ended early. */
class BusyMarksTest {

    TestHost host;
    StaffDesk staff;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(AbsenceRequestsTest.DEPARTMENT));
        staff = host.backstop.staff();
    }

    static Instant at(String local) {
        return AbsenceRequestsTest.at(local);
    }

    @Test
    void newMessagesGoPastTheDeputyToTheOperatorAndComeBackWhenTheManagerIsBack() {
        var responses = host.backstop.responses();
        responses.issueCreated(new IssueFacts("WEB-1", null, null, "ivanova", "acme"), "client", at("2026-11-02T10:00"));
        StaffDesk.Marked marked = staff.busy("ivanova", null, at("2026-11-02T11:00"), "ivanova",
                at("2026-11-02T10:05"));
        assertThat(marked.created()).isTrue();
        assertThat(marked.busy().absence().kind()).isEqualTo(AbsenceKind.BUSY);
        assertThat(marked.busy().status()).isEqualTo(AbsenceStatus.APPROVED);
        assertThat(host.tracker.assignments).containsExactly("WEB-1->operator"); // not her deputy petrova
        responses.issueCreated(new IssueFacts("WEB-2", null, null, "ivanova", "acme"), "client", at("2026-11-02T10:10"));
        assertThat(host.tracker.assignments).containsExactly("WEB-1->operator", "WEB-2->operator");

        StaffDesk.BusyNow now = staff.busyNow("ivanova", at("2026-11-02T10:15"));
        assertThat(now.busy()).map(StoredAbsence::id).contains(marked.busy().id());
        assertThat(now.coveredBy()).contains("operator");
        assertThat(now.latestEnd()).isEqualTo(at("2026-11-03T10:15"));
        assertThat(now.endOfToday()).contains(at("2026-11-02T18:00"));

        // "I'm back" at 10:20: her clients come back at once
        assertThat(staff.remove(marked.busy().id(), at("2026-11-02T10:20"))).isTrue();
        assertThat(host.tracker.assignments).endsWith("WEB-1->ivanova", "WEB-2->ivanova");
        assertThat(staff.busyNow("ivanova", at("2026-11-02T10:21")).busy()).isEmpty();
    }

    @Test
    void busyTimeStartsNowOrLaterAndReachesAtMostOneWorkingDayAhead() {
        Instant now = at("2026-11-02T10:00");
        assertField(() -> staff.busy("ivanova", at("2026-11-02T09:59"), at("2026-11-02T11:00"), "ivanova", now),
                "from");
        assertField(() -> staff.busy("ivanova", null, null, "ivanova", now), "to");
        assertField(() -> staff.busy("ivanova", null, now, "ivanova", now), "to");
        assertField(() -> staff.busy("ivanova", at("2026-11-02T12:00"), at("2026-11-02T11:00"), "ivanova", now), "to");
        assertField(() -> staff.busy("ivanova", null, at("2026-11-03T10:01"), "ivanova", now), "to");
        assertField(() -> staff.busy("nobody", null, at("2026-11-02T11:00"), "nobody", now), "person");
        assertThat(staff.busy("ivanova", null, at("2026-11-03T10:00"), "ivanova", now).created()).isTrue();
        assertThat(staff.busy("petrova", at("2026-11-02T16:00"), at("2026-11-02T17:00"), "petrova", now).busy()
                .startApplied()).isFalse();
        // no request for busy time: it needs no approval
        assertField(() -> staff.request("petrova", at("2026-11-03T15:00"), at("2026-11-03T16:00"), AbsenceKind.BUSY,
                null, "petrova", now), "kind");
    }

    @Test
    void busyTimeThatOverlapsOrTouchesBusyTimeStillToComeJoinsIt() {
        Instant now = at("2026-11-02T10:00");
        StoredAbsence first = staff.busy("ivanova", null, at("2026-11-02T11:00"), "ivanova", now).busy();
        StaffDesk.Marked longer = staff.busy("ivanova", at("2026-11-02T10:30"), at("2026-11-02T12:00"), "ivanova",
                at("2026-11-02T10:30"));
        assertThat(longer.created()).isFalse();
        assertThat(longer.busy().id()).isEqualTo(first.id());
        assertThat(longer.busy().absence().from()).isEqualTo(now);
        assertThat(longer.busy().absence().to()).isEqualTo(at("2026-11-02T12:00"));
        // inside it: nothing changes; touching its end: it grows; apart from it: busy time of its own
        assertThat(staff.busy("ivanova", null, at("2026-11-02T11:30"), "ivanova", at("2026-11-02T10:40")).busy()
                .absence().to()).isEqualTo(at("2026-11-02T12:00"));
        assertThat(staff.busy("ivanova", at("2026-11-02T12:00"), at("2026-11-02T12:30"), "ivanova",
                at("2026-11-02T10:45")).busy().absence().to()).isEqualTo(at("2026-11-02T12:30"));
        StaffDesk.Marked later = staff.busy("ivanova", at("2026-11-02T15:00"), at("2026-11-02T16:00"), "ivanova",
                at("2026-11-02T10:50"));
        assertThat(later.created()).isTrue();
        // one mark across both joins all three into the first
        StaffDesk.Marked across = staff.busy("ivanova", null, at("2026-11-02T15:30"), "ivanova",
                at("2026-11-02T10:55"));
        assertThat(across.busy().id()).isEqualTo(first.id());
        assertThat(across.busy().absence().to()).isEqualTo(at("2026-11-02T16:00"));
        List<StoredAbsence> busy = staff.absencesOf("ivanova");
        assertThat(busy).hasSize(1);
        assertThat(busy.get(0).absence().from()).isEqualTo(now);
    }

    @Test
    void aFutureMarkJoinedFromNowStartsNowAndHandsTheWorkOn() {
        var responses = host.backstop.responses();
        responses.issueCreated(new IssueFacts("WEB-1", null, null, "ivanova", "acme"), "client", at("2026-11-02T10:00"));
        StoredAbsence later = staff.busy("ivanova", at("2026-11-02T11:00"), at("2026-11-02T12:00"), "ivanova",
                at("2026-11-02T10:05")).busy();
        assertThat(host.tracker.assignments).isEmpty();
        StoredAbsence now = staff.busy("ivanova", null, at("2026-11-02T11:00"), "ivanova", at("2026-11-02T10:10"))
                .busy();
        assertThat(now.id()).isEqualTo(later.id());
        assertThat(now.startApplied()).isTrue();
        assertThat(now.absence().from()).isEqualTo(at("2026-11-02T10:10"));
        assertThat(host.tracker.assignments).containsExactly("WEB-1->operator");
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo(field);
    }
}
