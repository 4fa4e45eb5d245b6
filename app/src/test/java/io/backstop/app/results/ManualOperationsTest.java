package io.backstop.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.results.norms.ManualOperations;
import io.backstop.app.results.norms.OperationDay;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operations typed in by hand are held to the record (issue 17, point 1), on H2 through the real desks. Each
 * gaming attempt from the issue is a test here; the old desk took all of them.
 */
class ManualOperationsTest {

    static final LocalDate MON = LocalDate.parse("2026-11-02");
    static final LocalDate SAT = LocalDate.parse("2026-11-07");
    static final Instant NOW = at("2026-11-09T12:00");
    static final IssueFacts ACME_ISSUE = new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme");

    TestHost host;
    ResultsDesk results;
    ManualOperations manual;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(ResultsDeskTest.DEPARTMENT));
        results = host.backstop.results();
        manual = results.norms().manual();
        host.backstop.responses().issueCreated(ACME_ISSUE, "client", at(MON + "T10:00"));
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    private Optional<ManualOperations.IssueClient> acme() {
        return manual.issue("WEB-1");
    }

    private OperationDay record(String by, String person, LocalDate day, String operation, int count,
                                Optional<ManualOperations.IssueClient> issue, Optional<String> client) {
        return manual.record(by, by.equals("head"), new ManualOperations.Request(person, day, operation, count, issue,
                client), NOW);
    }

    private static void refused(ThrowingCallable call, String field, String words) {
        assertThatThrownBy(call).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field))
                .hasMessageContaining(words);
    }

    private long earned(String person, LocalDate day) {
        return results.norms().normHours(day, day, Optional.of(person)).get(0).total().earnedMinutes();
    }

    @Test
    void fortyHoursOfLongLettersOnASaturdayInOneCallIsRefused() {
        refused(() -> record("ivanova", "ivanova", SAT, "long-letter", 40, acme(), Optional.empty()), "day",
                "not a working day");
        // and on a working day the same call is over the day's present time
        refused(() -> record("ivanova", "ivanova", MON, "long-letter", 40, acme(), Optional.empty()), "count",
                "480 min are left");
        assertThat(earned("ivanova", MON)).isZero();
    }

    @Test
    void anOperationWithNoIssueOrClientIsRefused() {
        refused(() -> record("ivanova", "ivanova", MON, "incoming-call", 1, Optional.empty(), Optional.empty()),
                "issue", "name the issue");
        refused(() -> record("ivanova", "ivanova", MON, "incoming-call", 1, Optional.empty(), Optional.of("  ")),
                "issue", "name the issue");
    }

    @Test
    void theClientIsTheIssuesOwn() {
        refused(() -> record("ivanova", "ivanova", MON, "incoming-call", 1, acme(), Optional.of("Globex")), "client",
                "its client is Acme");
        OperationDay row = record("ivanova", "ivanova", MON, "incoming-call", 2, acme(), Optional.of("Acme"));
        assertThat(row.count()).isEqualTo(2);
        assertThat(new OperationStore(host.store).clientOperations(YearMonth.of(2026, 11)))
                .containsEntry("Acme", java.util.Map.of("incoming-call", 2L));
        // a client alone is enough when the work was not on an issue
        record("ivanova", "ivanova", MON, "client-meeting", 1, Optional.empty(), Optional.of("Globex"));
        assertThat(earned("ivanova", MON)).isEqualTo(2 * 10 + 60);
    }

    @Test
    void moreManualMinutesThanPresentTimeAreRefused() {
        record("ivanova", "ivanova", MON, "long-letter", 7, acme(), Optional.empty()); // 420 of 480
        refused(() -> record("ivanova", "ivanova", MON, "small-job-estimate", 4, acme(), Optional.empty()), "count",
                "60 min are left, this adds 80 min");
        record("ivanova", "ivanova", MON, "small-job-estimate", 3, acme(), Optional.empty()); // 480 of 480
        refused(() -> record("ivanova", "ivanova", MON, "incoming-call", 1, acme(), Optional.empty()), "count",
                "0 min are left");
        assertThat(earned("ivanova", MON)).isEqualTo(480);
    }

    @Test
    void anAbsenceShrinksTheCapAndADayAwayIsRefused() {
        host.backstop.staff().add("petrova", at(MON + "T14:00"), at(MON.plusDays(2) + "T00:00"), AbsenceKind.TIME_OFF,
                "head", at("2026-11-01T10:00"));
        refused(() -> record("petrova", "petrova", MON, "long-letter", 5, acme(), Optional.empty()), "count",
                "240 min are left");
        refused(() -> record("petrova", "petrova", MON.plusDays(1), "incoming-call", 1, acme(), Optional.empty()),
                "day", "not present");
        refused(() -> record("petrova", "petrova", LocalDate.parse("2026-11-04"), "incoming-call", 1, acme(),
                Optional.empty()), "day", "not a working day");
    }

    @Test
    void aDayInTheFutureIsRefused() {
        refused(() -> record("ivanova", "ivanova", LocalDate.parse("2026-11-10"), "incoming-call", 1, acme(),
                Optional.empty()), "day", "future");
    }

    @Test
    void operationsCreditedFromTheirRecordCannotBeTypedIn() {
        for (String code : new String[] {"upsell-offer", "debt-call", "answer-library-entry", "complaint-handling",
                "holding-reply", "short-reply"}) {
            refused(() -> record("ivanova", "ivanova", MON, code, 1, acme(), Optional.empty()), "operation",
                    "credited automatically");
        }
    }

    @Test
    void aClosedMonthTakesWritesFromTheHeadOnlyAndLogsThem() {
        YearMonth november = YearMonth.of(2026, 11);
        manual.close(november, "head", at("2026-12-01T09:00"));
        assertThat(manual.closing(november)).hasValueSatisfying(c -> assertThat(c.by()).isEqualTo("head"));

        refused(() -> record("ivanova", "ivanova", MON, "incoming-call", 1, acme(), Optional.empty()), "day",
                "November 2026 is closed");
        assertThat(earned("ivanova", MON)).isZero();

        record("head", "ivanova", MON, "incoming-call", 1, acme(), Optional.empty());
        assertThat(earned("ivanova", MON)).isEqualTo(10);
        assertThat(manual.afterClose(november)).singleElement().satisfies(e -> {
            assertThat(e.recordedBy()).isEqualTo("head");
            assertThat(e.person()).isEqualTo("ivanova");
            assertThat(e.operation()).isEqualTo("incoming-call");
            assertThat(e.issue()).contains("WEB-1");
            assertThat(e.recordedAt()).isEqualTo(NOW);
        });

        manual.reopen(november);
        record("ivanova", "ivanova", MON, "incoming-call", 1, acme(), Optional.empty());
        assertThat(manual.afterClose(november)).hasSize(1); // writes into an open month are not late
        assertThat(manual.closing(november)).isEmpty();
    }

    @Test
    void theDeskStillTakesWorkKnownFromItsRecordWithoutTheseChecks() {
        // replies and history are not typed in: a Saturday reply still earns
        results.norms().recordOperation("ivanova", SAT, "client-question", 1);
        assertThat(earned("ivanova", SAT)).isEqualTo(15);
    }
}
