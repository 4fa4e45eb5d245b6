package io.backstop.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.upsell.Call;
import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.SkipReason;
import io.backstop.core.upsell.Skipped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a campaign's call list must not send a manager to sell to a client who is waiting for the department's
 * answer, the department's own example of what goes wrong. Waiting is now: an unanswered message (breached or not),
 * or a holding reply whose promised answer is still owed.
 */
class CampaignWaitingTest {

    static final LocalDate ON = LocalDate.parse("2026-11-05");

    TestHost host;
    ResponseDesk responses;
    ResultsDesk results;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(ResultsDeskTest.DEPARTMENT));
        responses = host.backstop.responses();
        results = host.backstop.results();
        results.replaceSettings(ResultsSettings.read(
                "{\"campaigns\": [{\"code\": \"ads-after-seo\", \"ordered\": \"seo\", \"offer\": \"ads\"}]}"));
        for (String client : new String[] {"asking", "answered", "late", "promised", "quiet", "resolved"}) {
            seoOrder(client);
        }
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    private void seoOrder(String client) {
        String id = "SEO-" + client;
        results.debt().recordReceivable(new Receivable(id, client, 3_000_000, LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-10")), Optional.of("ivanova"), Optional.of("seo"));
        results.debt().recordPayment(new Payment(id, 3_000_000, LocalDate.parse("2026-10-05")));
    }

    private static IssueFacts issue(String key, String client) {
        return new IssueFacts(key, "Client request", "Medium", "ivanova", client);
    }

    @Test
    void clientsWaitingForAnAnswerAreSkippedWithThatReason() {
        Instant now = at(ON + "T15:00");
        responses.issueCreated(issue("WEB-1", "asking"), "client", at(ON + "T14:00"));       // waits, not yet due
        responses.issueCreated(issue("WEB-2", "answered"), "client", at(ON + "T10:00"));
        responses.commentAdded(issue("WEB-2", "answered"), "ivanova", false, at(ON + "T10:20"));
        responses.issueCreated(issue("WEB-3", "late"), "client", at(ON + "T09:00"));         // breached at 10:00
        responses.tick(at(ON + "T10:05"));
        responses.issueCreated(issue("WEB-4", "promised"), "client", at(ON + "T09:30"));
        responses.commentAdded(issue("WEB-4", "promised"), "ivanova", false, at(ON + "T09:40"),
                new ReplyFacts("Получили, ответим до пятницы", true, at("2026-11-06T18:00"), null));
        responses.issueCreated(issue("WEB-5", "resolved"), "client", at(ON + "T11:00"));
        responses.issueResolved("WEB-5", at(ON + "T11:30"));

        CallList list = results.sales().callList("ads-after-seo", ON, now);

        assertThat(list.calls()).extracting(Call::client).containsExactly("answered", "quiet", "resolved");
        assertThat(list.skipped()).containsExactly(
                new Skipped("asking", Set.of(SkipReason.WAITING_FOR_ANSWER)),
                new Skipped("late", Set.of(SkipReason.WAITING_FOR_ANSWER)),
                new Skipped("promised", Set.of(SkipReason.WAITING_FOR_ANSWER)));
    }

    @Test
    void aCallListOfAnotherDayDoesNotReadTodaysWaitingIntoIt() {
        responses.issueCreated(issue("WEB-1", "asking"), "client", at(ON + "T14:00"));

        // waiting is known as it is now: a list for last month is not rewritten by who waits today
        CallList past = results.sales().callList("ads-after-seo", ON.minusDays(10), at(ON + "T15:00"));
        CallList today = results.sales().callList("ads-after-seo", ON, at(ON + "T15:00"));

        assertThat(past.skipped()).isEmpty();
        assertThat(today.skipped()).extracting(Skipped::client).containsExactly("asking");
    }
}
