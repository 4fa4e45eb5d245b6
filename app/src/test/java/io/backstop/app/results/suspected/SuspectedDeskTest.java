package io.backstop.app.results.suspected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.results.common.Refused;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.complaint.ComplaintState;
import io.backstop.core.complaint.suspect.Lexicon;
import io.backstop.core.complaint.suspect.Signal;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client messages through the response desk, as both hosts send them, and the lane they fill. */
class SuspectedDeskTest {

    static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow", "week": { "MON": ["09:00-18:00"], "TUE": ["09:00-18:00"],
                "WED": ["09:00-18:00"], "THU": ["09:00-18:00"], "FRI": ["09:00-18:00"] }, "holidays": [] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT4H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" }
              ]
            }
            """;

    private final TestHost host = new TestHost();
    private final ResponseDesk responses = host.backstop.responses();
    private final SuspectedDesk desk = host.backstop.suspected();

    static Instant monday(String time) {
        return OffsetDateTime.parse("2026-11-02T" + time + ":00+03:00").toInstant();
    }

    static IssueFacts issue(String key, String owner) {
        return new IssueFacts(key, "Client request", "Medium", owner, "Romashka");
    }

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private void client(String key, String owner, String text, String time) {
        responses.commentAdded(issue(key, owner), "client", false, monday(time), ReplyFacts.text(text));
    }

    private List<Suspected> open() {
        return desk.suspicions(monday("00:00"), monday("23:59"), false);
    }

    @Test
    void aClientCommentWithALexiconWordWaitsInTheLane() {
        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"), "Phone number\n\nPlease change it.");
        client("WEB-1", "ivanova", "Прошу рассмотреть мою жалобу. Ответа нет.", "10:05");

        assertThat(open()).singleElement().satisfies(s -> {
            assertThat(s.issue()).isEqualTo("WEB-1");
            assertThat(s.client()).contains("Romashka");
            assertThat(s.about()).isEqualTo("ivanova");
            assertThat(s.at()).isEqualTo(monday("10:05"));
            assertThat(s.excerpt()).isEqualTo("Прошу рассмотреть мою жалобу.");
            assertThat(s.signals()).containsExactly(Signal.word("жалоба"), Signal.repeat());
            assertThat(s.state()).isEqualTo(SuspicionState.OPEN);
        });
    }

    @Test
    void theOpeningMessageIsReadAndAnOrdinaryOneRaisesNothing() {
        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"), "The form\n\nThis is unacceptable.");
        responses.issueCreated(issue("WEB-2", "ivanova"), "client", monday("10:00"), "New photos for the gallery");

        assertThat(open()).extracting(Suspected::issue).containsExactly("WEB-1");
        assertThat(open().get(0).signals()).containsExactly(Signal.word("unacceptable"));
    }

    @Test
    void theRepeatSignalIsAnotherMessageInTheSameAwaitingCycle() {
        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"), "Banner for the sale");
        client("WEB-1", "ivanova", "Adding the photo.", "10:20");
        responses.commentAdded(issue("WEB-1", "ivanova"), "ivanova", false, monday("11:00"),
                ReplyFacts.text("The banner is ready, please check."));
        client("WEB-1", "ivanova", "Looks good, thanks.", "11:30"); // a new cycle: no repeat

        assertThat(open()).singleElement().satisfies(s -> {
            assertThat(s.at()).isEqualTo(monday("10:20"));
            assertThat(s.signals()).containsExactly(Signal.repeat());
        });
    }

    /** A host that knows no text (a bench, an old event) still records a repeat, with no excerpt. */
    @Test
    void aRepeatWithoutTextIsStoredWithNoExcerpt() {
        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"));
        responses.commentAdded(issue("WEB-1", "ivanova"), "client", false, monday("10:20"));

        assertThat(open()).singleElement().satisfies(s -> {
            assertThat(s.excerpt()).isEmpty();
            assertThat(s.signals()).containsExactly(Signal.repeat());
        });
    }

    @Test
    void staffRepliesAndInternalNotesRaiseNothing() {
        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"), "Banner");
        responses.commentAdded(issue("WEB-1", "ivanova"), "ivanova", false, monday("10:10"),
                ReplyFacts.text("Sorry for the complaint-worthy delay, it is unacceptable on our side."));
        responses.commentAdded(issue("WEB-1", "ivanova"), "client", true, monday("10:20"),
                ReplyFacts.text("Безобразие"));

        assertThat(open()).isEmpty();
    }

    @Test
    void aRetriedMessageIsStoredOnce() {
        desk.clientWrote(new io.backstop.app.response.ClientMessage("WEB-1", "Romashka", "ivanova", "Безобразие!",
                monday("10:00"), false));
        desk.clientWrote(new io.backstop.app.response.ClientMessage("WEB-1", "Romashka", "ivanova", "Безобразие!",
                monday("10:00"), false));

        assertThat(open()).hasSize(1);
    }

    @Test
    void theLexiconOfTheSettingsReadsTheNextMessage() {
        DepartmentSettings current = host.backstop.settings().current();
        host.backstop.settings().replace(new DepartmentSettings(current.calendar(), current.policy(), current.people(),
                current.tick(), current.staffGroup(), current.projects(), current.ownAbsenceDays(),
                current.notesLanguage(), current.holdingPhrases(), new Lexicon(List.of(), List.of("опять"))));

        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"), "Безобразие!");
        responses.issueCreated(issue("WEB-2", "ivanova"), "client", monday("10:00"), "Опять сломалось");

        assertThat(open()).extracting(Suspected::issue).containsExactly("WEB-2");
    }

    @Test
    void confirmingMakesAComplaintAboutTheClientsManagerOnce() {
        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"), "Безобразие!");
        int id = open().get(0).id();

        SuspectedDesk.Confirmed confirmed = desk.confirm(id, "operator", Optional.empty(), Optional.empty(),
                Optional.empty(), monday("11:00"));

        assertThat(confirmed.complaint().complaint().about()).isEqualTo("ivanova");
        assertThat(confirmed.complaint().complaint().flaggedBy()).isEqualTo("operator");
        assertThat(confirmed.complaint().complaint().state()).isEqualTo(ComplaintState.OPEN);
        assertThat(confirmed.suspected().state()).isEqualTo(SuspicionState.CONFIRMED);
        assertThat(confirmed.suspected().complaint()).contains(confirmed.complaint().id());
        assertThat(open()).isEmpty();
        assertThatThrownBy(() -> desk.confirm(id, "head", Optional.empty(), Optional.empty(), Optional.empty(),
                monday("11:01"))).isInstanceOf(SuspectedDesk.Decided.class);
        assertThatThrownBy(() -> desk.dismiss(id, "head", "no", monday("11:02")))
                .isInstanceOf(SuspectedDesk.Decided.class);
        assertThat(host.backstop.results().complaints().complaints(monday("00:00"), monday("23:59"),
                Optional.empty()).lane()).hasSize(1);
    }

    @Test
    void namingSomeoneElseIsTheHeads() {
        responses.issueCreated(issue("WEB-1", "ivanova"), "client", monday("10:00"), "Безобразие!");
        int id = open().get(0).id();

        assertThatThrownBy(() -> desk.confirm(id, "operator", Optional.of("head"), Optional.empty(),
                Optional.empty(), monday("11:00"))).isInstanceOf(Refused.class);
        assertThat(desk.confirm(id, "head", Optional.of("operator"), Optional.of("the operator promised a call"),
                Optional.empty(), monday("11:00")).complaint().complaint().about()).isEqualTo("operator");
    }

    /** Attempts to hush a suspicion: each refused, and a dismissal that stands keeps its reason for the director. */
    @Test
    void aDismissalNeedsAReasonAndNeverComesFromTheOneItIsAbout() {
        responses.issueCreated(issue("WEB-1", "operator"), "client", monday("10:00"), "Безобразие!");
        responses.issueCreated(issue("WEB-2", "head"), "client", monday("10:00"), "Безобразие!");
        int operators = open().get(0).id();
        int heads = open().get(1).id();

        assertThatThrownBy(() -> desk.dismiss(operators, "head", " ", monday("11:00")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> desk.dismiss(operators, "operator", "a joke", monday("11:00")))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> desk.dismiss(heads, "head", "a joke", monday("11:00"))).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> desk.dismiss(heads, "operator", "a joke", monday("11:00")))
                .isInstanceOf(Refused.class);

        Suspected dismissed = desk.dismiss(operators, "head", "the client jokes: they thanked us after", monday("11:00"));

        assertThat(dismissed.state()).isEqualTo(SuspicionState.DISMISSED);
        assertThat(desk.dismissals(monday("00:00"), monday("23:59"))).singleElement().satisfies(d -> {
            assertThat(d.decidedBy()).contains("head");
            assertThat(d.decidedAt()).contains(monday("11:00"));
            assertThat(d.reason()).contains("the client jokes: they thanked us after");
            assertThat(d.issue()).isEqualTo("WEB-1");
        });
        assertThat(open()).extracting(Suspected::issue).containsExactly("WEB-2");
        assertThat(desk.suspicions(monday("00:00"), monday("23:59"), true)).hasSize(2);
        // the director reads it in the log, with its reason
        assertThat(host.backstop.results().complaints().log(monday("00:00"), monday("23:59"), Optional.empty()))
                .singleElement().satisfies(line -> {
                    assertThat(line.entry().action()).isEqualTo(io.backstop.core.complaint.DirectorsLog.Action.DISMISS);
                    assertThat(line.entry().by()).isEqualTo("head");
                    assertThat(line.entry().reason()).contains("the client jokes: they thanked us after");
                    assertThat(line.entry().subject().issue()).isEqualTo("WEB-1");
                });
    }
}
