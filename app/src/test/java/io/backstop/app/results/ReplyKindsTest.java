package io.backstop.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.results.norms.OperationDay;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.norms.NormRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reply earns by its kind and size (issue 17, point 1): "ok" is not an answer's worth. */
class ReplyKindsTest {

    static final LocalDate MON = ManualOperationsTest.MON;
    static final IssueFacts QUESTION = new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme");

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

    /** The client writes, ivanova replies with {@code reply}: what the reply earned. */
    private List<OperationDay> reply(ReplyFacts reply) {
        responses.issueCreated(QUESTION, "client", at(MON + "T10:00"));
        responses.commentAdded(QUESTION, "client", false, at(MON + "T10:05"), ReplyFacts.text(
                "Could you tell us why the site is slow and what the new banner will cost?"));
        responses.commentAdded(QUESTION, "ivanova", false, at(MON + "T10:20"), reply);
        return new OperationStore(host.store).operations(MON, MON, Optional.of("ivanova"));
    }

    private static long minutes(List<OperationDay> rows) {
        return rows.stream().mapToLong(OperationDay::normMinutes).sum();
    }

    private static int norm(String code) {
        return ResultsSettings.departmentDefault().catalog().get(code).standardMinutes();
    }

    @Test
    void aOneLineOkEarnsNoMoreThanAHoldingReplysShortNorm() {
        List<OperationDay> ok = reply(ReplyFacts.text("ok"));
        assertThat(ok).isNotEmpty();
        assertThat(minutes(ok)).isLessThanOrEqualTo(norm(NormRules.HOLDING_REPLY))
                .isLessThan(norm("client-question"));
    }

    @Test
    void aHoldingReplyEarnsTheShortNorm() {
        List<OperationDay> held = reply(new ReplyFacts("We got it and will answer by Thursday.", true, null, null));
        assertThat(held).singleElement().satisfies(row -> {
            assertThat(row.operation()).isEqualTo(NormRules.HOLDING_REPLY);
            assertThat(row.normMinutes()).isEqualTo(norm(NormRules.HOLDING_REPLY));
        });
    }

    @Test
    void anAnswerEarnsTheFullNormOfTheIssuesType() {
        List<OperationDay> answered = reply(ReplyFacts.text("The site is slow because the images are not"
                + " compressed; we will fix it today. The banner costs 12,000 roubles and takes three days."));
        assertThat(answered).singleElement().satisfies(row -> {
            assertThat(row.operation()).isEqualTo("client-question");
            assertThat(row.normMinutes()).isEqualTo(norm("client-question"));
        });
    }

    @Test
    void aLongLetterEarnsByItsSizeUpToTheCeiling() {
        String paragraph = "Point by point, the answers to your specification follow, with prices and terms. ";
        List<OperationDay> letter = reply(ReplyFacts.text(paragraph.repeat(40))); // about 3,300 characters
        assertThat(letter).singleElement().satisfies(row -> {
            assertThat(row.operation()).isEqualTo(NormRules.LONG_LETTER);
            assertThat(row.count()).isEqualTo(2);
        });
    }

    @Test
    void aHugePasteStopsAtTheCeiling() {
        List<OperationDay> paste = reply(ReplyFacts.text("x".repeat(100_000)));
        assertThat(paste).singleElement().satisfies(row -> assertThat(row.count())
                .isEqualTo(NormRules.DEFAULT.maxLongLetters()));
    }

    @Test
    void aReplyWhoseTextIsUnknownIsAnAnswer() {
        assertThat(reply(ReplyFacts.UNKNOWN)).singleElement()
                .satisfies(row -> assertThat(row.operation()).isEqualTo("client-question"));
    }
}
