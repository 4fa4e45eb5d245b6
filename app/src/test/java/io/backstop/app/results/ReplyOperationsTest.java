package io.backstop.app.results;

import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.norms.OperationDay;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.validation.InvalidFieldException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A staff reply that ends an awaiting cycle earns its operation's norm, on H2 through the real desks. */
class ReplyOperationsTest {

    static final LocalDate MON = LocalDate.parse("2026-11-02");
    static final IssueFacts QUESTION = new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme");
    static final IssueFacts REPORT = new IssueFacts("WEB-2", "Client report", "Medium", "ivanova", "Acme");
    static final IssueFacts COMPLAINT = new IssueFacts("WEB-3", "Complaint", "High", "ivanova", "Acme");

    TestHost host;
    ResponseDesk responses;
    ResultsDesk results;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(ResultsDeskTest.DEPARTMENT));
        responses = host.backstop.responses();
        results = host.backstop.results();
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    private List<OperationDay> operations() {
        return new OperationStore(host.store).operations(MON.minusDays(7), MON.plusDays(7), Optional.empty());
    }

    @Test
    void aReplyEndingACycleRecordsOneOperationWithTheMappedCode() {
        responses.issueCreated(QUESTION, "client", at(MON + "T10:00"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T10:20"));

        assertThat(operations()).containsExactly(new OperationDay("ivanova", MON, "client-question", 1, 15));
    }

    @Test
    void theIssueTypeChoosesTheOperation() {
        responses.issueCreated(REPORT, "client", at(MON + "T10:00"));
        responses.issueCreated(COMPLAINT, "client", at(MON + "T10:00"));
        responses.commentAdded(REPORT, "ivanova", false, at(MON + "T10:20"));
        responses.commentAdded(COMPLAINT, "head", false, at(MON + "T10:30"));

        assertThat(operations()).containsExactlyInAnyOrder(
                new OperationDay("ivanova", MON, "monthly-report-explanation", 1, 30),
                // a complaint's handling earns when it is closed (issue 17); the reply on it is an answer
                new OperationDay("head", MON, "client-question", 1, 15));
    }

    @Test
    void theDayIsTheReplysLocalDayInTheDepartmentsZone() {
        responses.issueCreated(QUESTION, "client", at(MON + "T17:00"));
        // 00:30 in Moscow on Tuesday is still Monday in UTC
        responses.commentAdded(QUESTION, "ivanova", false, at(MON.plusDays(1) + "T00:30"));

        assertThat(operations()).extracting(OperationDay::day).containsExactly(MON.plusDays(1));
    }

    @Test
    void aSecondReplyWithoutANewClientMessageRecordsNothing() {
        responses.issueCreated(QUESTION, "client", at(MON + "T10:00"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T10:20"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T10:25"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T10:20")); // the first event retried

        assertThat(operations()).containsExactly(new OperationDay("ivanova", MON, "client-question", 1, 15));

        responses.commentAdded(QUESTION, "client", false, at(MON + "T11:00"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T11:10"));
        assertThat(operations()).containsExactly(new OperationDay("ivanova", MON, "client-question", 2, 30));
    }

    @Test
    void internalNotesAndRepliesByPeopleOutsideTheDepartmentRecordNothing() {
        responses.issueCreated(QUESTION, "client", at(MON + "T10:00"));
        responses.commentAdded(QUESTION, "ivanova", true, at(MON + "T10:10"));

        assertThat(operations()).isEmpty();
    }

    @Test
    void anEmptyMapTurnsTheFeatureOff() {
        results.replaceSettings(ResultsSettings.read("{\"replyOperations\": {}}"));
        responses.issueCreated(QUESTION, "client", at(MON + "T10:00"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T10:20"));

        assertThat(operations()).isEmpty();
        assertThat(results.settings().replyOperations()).isEmpty();
    }

    @Test
    void typesWithoutAnEntryAndNoFallbackRecordNothing() {
        results.replaceSettings(ResultsSettings.read("{\"replyOperations\": {\"Complaint\": \"complaint-handling\"}}"));
        responses.issueCreated(QUESTION, "client", at(MON + "T10:00"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T10:20"));

        assertThat(operations()).isEmpty();
    }

    @Test
    void theDefaultMapsReportsAndEverythingElse() {
        ResultsSettings d = ResultsSettings.departmentDefault();
        assertThat(d.replyOperations()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Client report", "monthly-report-explanation", "*", "client-question"));
        assertThat(ResultsSettings.read(d.write()).replyOperations()).isEqualTo(d.replyOperations());
        assertThat(d.toJson().path("replyOperations").path("*").asText()).isEqualTo("client-question");
    }

    @Test
    void aCodeOutsideTheCatalogueNamesTheField() {
        assertThatThrownBy(() -> ResultsSettings.read(
                "{\"replyOperations\": {\"Complaint\": \"complaint-handling\", \"Client report\": \"nope\"}}"))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field())
                        .isEqualTo("replyOperations.Client report"))
                .hasMessageContaining("\"nope\" is not in the norm catalogue");
        assertThatThrownBy(() -> ResultsSettings.read("{\"replyOperations\": {\"*\": 5}}"))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("replyOperations.*"));
        assertThatThrownBy(() -> ResultsSettings.read("{\"replyOperations\": []}"))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("replyOperations"));
    }

    @Test
    void aCatalogueOfItsOwnKeepsOnlyTheDefaultsItHas() {
        ResultsSettings s = ResultsSettings.read(
                "{\"catalog\": [{\"code\": \"client-question\", \"name\": \"Q\", \"minutes\": 10}]}");
        assertThat(s.replyOperations()).containsExactlyEntriesOf(Map.of("*", "client-question"));
        assertThat(s.replyOperation("Complaint")).contains("client-question");
    }
}
