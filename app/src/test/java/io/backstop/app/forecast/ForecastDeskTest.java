package io.backstop.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.results.norms.OperationDay;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.testing.TestHost;
import io.backstop.core.forecast.LoadBasis;
import io.backstop.core.forecast.LoadForecast;
import io.backstop.core.forecast.WeekPlan;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

    /** {@code hours} norm-hours in the week, on its Tuesday, by ivanova. */
    private void week(LocalDate monday, double hours) {
        results.addOperations("ivanova", monday.plusDays(1), "question", 1, Math.round(hours * 60));
    }

    @Test
    void seasonalLoadFromTheSameWeekAYearAgoTimesTheTrend() {
        for (int i = 1; i <= 60; i++) {
            week(FIRST.minusWeeks(i), 60);
        }
        // a year ago the weeks ahead peaked
        week(LoadForecast.yearBefore(FIRST.plusWeeks(1)), 90); // 60 + 90 = 150 that week
        // the last four weeks ran 20% above the same weeks a year before
        for (int i = 1; i <= 4; i++) {
            week(FIRST.minusWeeks(i), 12);
        }
        ForecastDesk.Forecast f = desk.forecast(TODAY, 4);
        assertThat(f.firstWeek()).isEqualTo(FIRST);
        assertThat(f.trend()).isCloseTo(1.2, within(1e-9));
        assertThat(f.weeks()).extracting(WeekPlan::basis).containsOnly(LoadBasis.SEASONAL);
        assertThat(f.weeks().get(0).load()).isCloseTo(72, within(1e-6));
        assertThat(f.weeks().get(1).load()).isCloseTo(180, within(1e-6));
    }

    @Test
    void capacityIsPresentHoursTimesPaceAndAnAbsenceLowersIt() {
        for (int i = 1; i <= 3; i++) {
            week(FIRST.minusWeeks(i), 30);
        }
        ForecastDesk.Forecast before = desk.forecast(TODAY, 2);
        assertThat(before.weeks().get(0).basis()).isEqualTo(LoadBasis.RECENT);
        assertThat(before.weeks().get(0).load()).isCloseTo(30, within(1e-9));
        ForecastDesk.PersonCapacity petrova = before.people().stream().filter(p -> p.person().equals("petrova"))
                .findFirst().orElseThrow();
        // petrova is in her second month: the newcomer band 3-5 over an 8-hour day, 0.5 an hour
        assertThat(petrova.fromBand()).isTrue();
        assertThat(petrova.efficiency()).isCloseTo(0.5, within(1e-9));
        assertThat(petrova.weeks().get(0).presentMinutes()).isEqualTo(40 * 60);
        // ivanova earned 90 in 120 hours present: 0.75 an hour
        ForecastDesk.PersonCapacity ivanova = before.people().stream().filter(p -> p.person().equals("ivanova"))
                .findFirst().orElseThrow();
        assertThat(ivanova.fromBand()).isFalse();
        assertThat(ivanova.efficiency()).isCloseTo(90.0 / (8 * 5 * 8), within(1e-9));
        assertThat(before.people()).extracting(ForecastDesk.PersonCapacity::person)
                .containsExactly("operator", "ivanova", "petrova");

        new AbsenceStore(host.store).create(new Absence("petrova", at("2026-11-23T00:00"), at("2026-11-25T00:00"),
                AbsenceKind.SICK), "head", false, false, at("2026-11-20T09:00"));
        ForecastDesk.Forecast after = desk.forecast(TODAY, 2);
        assertThat(after.weeks().get(0).capacity()).isCloseTo(before.weeks().get(0).capacity() - 16 * 0.5, within(1e-9));
        assertThat(after.weeks().get(1).capacity()).isCloseTo(before.weeks().get(1).capacity(), within(1e-9));
    }

    @Test
    void importedHistoryFeedsTheForecastAndMustEndBeforeWhatWasRecorded() {
        var desk = host.backstop.results();
        List<OperationDay> rows = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            rows.add(new OperationDay("ivanova", FIRST.minusWeeks(i), "client-question", 80, 0));
        }
        assertThat(desk.norms().importHistory(rows)).isEqualTo(3);
        // 80 questions of 15 minutes: 20 norm-hours a week, whatever the row said about minutes
        assertThat(this.desk.forecast(TODAY, 1).weeks().get(0).load()).isCloseTo(20, within(1e-9));

        assertThatThrownBy(() -> desk.norms().importHistory(List.of(
                new OperationDay("ivanova", FIRST.minusWeeks(9), "no-such-thing", 1, 0))))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("rows[0].operation"));
        assertThatThrownBy(() -> desk.norms().importHistory(List.of(
                new OperationDay("ivanova", FIRST.minusWeeks(9), "client-question", 1, 0),
                new OperationDay("ivanova", FIRST.minusWeeks(9), "client-question", 2, 0))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("rows[1]"));
        // history goes before the first recorded day (now FIRST - 3 weeks)
        assertThatThrownBy(() -> desk.norms().importHistory(List.of(
                new OperationDay("ivanova", FIRST.minusWeeks(3), "incoming-call", 1, 0))))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("rows[0].day"));
        assertThat(results.operations(FIRST.minusWeeks(10), FIRST, Optional.empty())).hasSize(3);
    }

    @Test
    void badWeeksNameTheField() {
        assertThatThrownBy(() -> desk.forecast(TODAY, 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("weeks"));
        assertThatThrownBy(() -> desk.forecast(TODAY, ForecastDesk.MAX_WEEKS + 1))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("weeks"));
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
