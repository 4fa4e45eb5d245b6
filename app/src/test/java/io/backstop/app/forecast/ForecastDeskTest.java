package io.backstop.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forecast and what-if over a stored department: what the REST layer answers with. */
class ForecastDeskTest {

    static final String DEPARTMENT = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": {
                  "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                  "WED": ["09:00-13:00", "14:00-18:00"], "THU": ["09:00-13:00", "14:00-18:00"],
                  "FRI": ["09:00-13:00", "14:00-18:00"]
                },
                "holidays": []
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER", "deputies": ["ivanova"] }
              ],
              "tick": "PT5M"
            }
            """;
    /** A Wednesday: the forecast's first week starts on Monday the 23rd. */
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    static final LocalDate FIRST = LocalDate.parse("2026-11-23");

    TestHost host;
    ForecastDesk desk;
    OperationStore results;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        host.backstop.results().replaceSettings(ResultsSettings.read("{\"hired\": {\"petrova\": \"2026-10-01\"}}"));
        desk = host.backstop.forecast();
        results = new OperationStore(host.store);
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    @Test
    void whatIfReplaysTheRecordedEventsAsTheyHappenedAndWithTheChange() {
        ResponseDesk responses = host.backstop.responses();
        LocalDate mon = LocalDate.parse("2026-11-02");
        IssueFacts web1 = new IssueFacts("WEB-1", null, null, "ivanova", "acme");
        IssueFacts web2 = new IssueFacts("WEB-2", null, null, "ivanova", "acme");
        IssueFacts web3 = new IssueFacts("WEB-3", null, null, "petrova", "beta");
        responses.issueCreated(web1, "client", at(mon + "T10:00"));
        responses.commentAdded(web1, "ivanova", false, at(mon + "T10:30"));
        responses.issueCreated(web2, "client", at(mon + "T10:00"));
        responses.commentAdded(web2, "ivanova", false, at(mon + "T12:00"));
        responses.issueCreated(web3, "client", at(mon + "T11:00"));
        responses.commentAdded(web3, "petrova", false, at(mon + "T15:00"));
        Instant now = at("2026-11-10T09:00");

        Comparison longer = desk.whatIf(mon, mon.plusDays(4), new Change.Threshold(Duration.ofHours(4),
                Optional.empty()), now);
        assertThat(longer.actual().replies()).isEqualTo(3);
        assertThat(longer.actual().breaches()).isEqualTo(2);
        assertThat(longer.actual().reassignments()).containsEntry(ReassignReason.BREACH, 2);
        assertThat(longer.actual().medianWaitSeconds()).hasValue(7200);
        assertThat(longer.changed().breaches()).isZero();
        assertThat(longer.changed().medianWaitSeconds()).isEqualTo(longer.actual().medianWaitSeconds());

        Comparison manager = desk.whatIf(mon, mon.plusDays(4), new Change.ExtraManager("smirnova"), now);
        assertThat(manager.movedIssues()).isZero(); // each manager has fewer than three issues

        // a period that starts after the issues opened replays none of them
        Comparison later = desk.whatIf(mon.plusDays(1), mon.plusDays(4), new Change.Operator("petrova"), now);
        assertThat(later.actual().replies()).isZero();
    }

    @Test
    void whatIfPeriodsAreCheckedFieldByField() {
        Instant now = at("2026-11-10T09:00");
        LocalDate mon = LocalDate.parse("2026-11-02");
        Change change = new Change.Operator("petrova");
        assertThatThrownBy(() -> desk.whatIf(mon, mon.minusDays(1), change, now))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> desk.whatIf(mon, mon.plusDays(90), change, now))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> desk.whatIf(mon.plusDays(20), mon.plusDays(21), change, now))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> desk.whatIf(mon, mon, new Change.Operator("nobody"), now))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("person"));
    }
}
