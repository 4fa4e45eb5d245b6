package io.backstop.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.norms.OperationDay;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.testing.TestHost;
import io.backstop.core.forecast.LoadBasis;
import io.backstop.core.forecast.Promotion;
import io.backstop.core.forecast.WeekPlan;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The weeks ahead over a stored department: demand, backlog, capacity and gap, as the REST layer answers. */
class DemandDeskTest {

    static final LocalDate TODAY = ForecastDeskTest.TODAY;
    static final LocalDate FIRST = ForecastDeskTest.FIRST;

    TestHost host;
    ForecastDesk desk;
    OperationStore results;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(ForecastDeskTest.DEPARTMENT));
        host.backstop.results().replaceSettings(ResultsSettings.read("{\"hired\": {\"petrova\": \"2026-10-01\"}}"));
        desk = host.backstop.forecast();
        results = new OperationStore(host.store);
    }

    static Instant at(String local) {
        return ForecastDeskTest.at(local);
    }

    /** {@code hours} norm-hours in the week, on its Tuesday, by ivanova. */
    private void week(LocalDate monday, double hours) {
        results.addOperations("ivanova", monday.plusDays(1), "question", 1, Math.round(hours * 60));
    }

    @Test
    void seasonalDemandFromLastYearMappedByWorkingDaysTimesTheTrend() {
        for (int i = 1; i <= 60; i++) {
            week(FIRST.minusWeeks(i), 60);
        }
        // a year ago the weeks ahead peaked
        week(FIRST.plusWeeks(1).minusWeeks(52), 90); // 60 + 90 = 150 that week
        // the last four weeks ran 20% above the same weeks a year before
        for (int i = 1; i <= 4; i++) {
            week(FIRST.minusWeeks(i), 12);
        }
        DemandDesk.Forecast f = desk.forecast(TODAY, 4);
        assertThat(f.firstWeek()).isEqualTo(FIRST);
        assertThat(f.trend()).isCloseTo(1.2, within(1e-9));
        assertThat(f.weeks()).extracting(WeekPlan::basis).containsOnly(LoadBasis.SEASONAL);
        assertThat(f.weeks().get(0).demand()).isCloseTo(72, within(1e-6));
        // last year's peak, 150 x 1.2 = 180, is no holiday: it counts half, beside the level of 72
        assertThat(f.weeks().get(1).demand()).isCloseTo(0.5 * 180 + 0.5 * 72, within(1e-6));
    }

    @Test
    void capacityIsPresentHoursTimesPaceAndAnAbsenceLowersIt() {
        for (int i = 1; i <= 3; i++) {
            week(FIRST.minusWeeks(i), 30);
        }
        DemandDesk.Forecast before = desk.forecast(TODAY, 2);
        assertThat(before.weeks().get(0).basis()).isEqualTo(LoadBasis.RECENT);
        assertThat(before.weeks().get(0).demand()).isCloseTo(30, within(1e-9));
        DemandDesk.PersonCapacity petrova = before.people().stream().filter(p -> p.person().equals("petrova"))
                .findFirst().orElseThrow();
        // petrova is in her second month: the newcomer band 3-5 over an 8-hour day, 0.5 an hour
        assertThat(petrova.fromBand()).isTrue();
        assertThat(petrova.efficiency()).isCloseTo(0.5, within(1e-9));
        assertThat(petrova.weeks().get(0).presentMinutes()).isEqualTo(40 * 60);
        // ivanova earned 90 in 120 hours present: 0.75 an hour
        DemandDesk.PersonCapacity ivanova = before.people().stream().filter(p -> p.person().equals("ivanova"))
                .findFirst().orElseThrow();
        assertThat(ivanova.fromBand()).isFalse();
        assertThat(ivanova.efficiency()).isCloseTo(90.0 / (8 * 5 * 8), within(1e-9));
        assertThat(before.people()).extracting(DemandDesk.PersonCapacity::person)
                .containsExactly("operator", "ivanova", "petrova");

        new AbsenceStore(host.store).create(new Absence("petrova", at("2026-11-23T00:00"), at("2026-11-25T00:00"),
                AbsenceKind.SICK), "head", false, false, at("2026-11-20T09:00"));
        DemandDesk.Forecast after = desk.forecast(TODAY, 2);
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
        assertThat(this.desk.forecast(TODAY, 1).weeks().get(0).demand()).isCloseTo(20, within(1e-9));

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
        assertThatThrownBy(() -> desk.forecast(TODAY, DemandDesk.MAX_WEEKS + 1))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("weeks"));
    }

    @Test
    void demandIsTheMessagesThatArrivedAtTheirReplysNormAndTheBacklogIsCarriedIntoTheFirstWeek() {
        // before the first recorded message the work done stands for demand
        for (int i = 1; i <= 6; i++) {
            week(FIRST.minusWeeks(i), 1);
        }
        ResponseDesk responses = host.backstop.responses();
        LocalDate mon = FIRST.minusWeeks(1);
        // eight client messages last week (a client question is 15 minutes to answer: 2 norm-hours) and 1 norm-hour
        // of other work on the Tuesday arrived; one message answered: 1.25 done
        for (int i = 1; i <= 4; i++) {
            IssueFacts issue = new IssueFacts("WEB-" + i, null, null, "ivanova", "acme");
            responses.issueCreated(issue, "client", at(mon + "T10:0" + i));
            responses.commentAdded(issue, "client", false, at(mon + "T11:0" + i));
        }
        responses.commentAdded(new IssueFacts("WEB-1", null, null, "ivanova", "acme"), "ivanova", false,
                at(mon + "T12:00"));
        DemandDesk.Forecast f = desk.forecast(TODAY, 2);
        DemandDesk.PastWeek last = f.past().get(f.past().size() - 1);
        assertThat(last.week()).isEqualTo(mon);
        assertThat(last.demand()).isCloseTo(8 * 0.25 + 1, within(1e-9));
        assertThat(last.done()).isCloseTo(1.25, within(1e-9));
        assertThat(last.unserved()).isCloseTo(1.75, within(1e-9));
        // three issues still wait for an answer: 0.75 norm-hours carried into this week
        assertThat(f.backlogMessages()).isEqualTo(3);
        assertThat(f.backlog()).isCloseTo(0.75, within(1e-9));
        WeekPlan now = f.weeks().get(0);
        assertThat(now.carried()).isCloseTo(0.75, within(1e-9));
        assertThat(now.load()).isCloseTo(now.demand() + 0.75, within(1e-9));
    }

    @Test
    void whatAWeekCannotServeIsCarriedIntoTheNext() {
        for (int i = 1; i <= 4; i++) {
            week(FIRST.minusWeeks(i), 400); // far more than three people can earn in a week
        }
        DemandDesk.Forecast f = desk.forecast(TODAY, 2);
        WeekPlan first = f.weeks().get(0);
        WeekPlan second = f.weeks().get(1);
        assertThat(first.flagged()).isTrue();
        assertThat(first.gap()).isCloseTo(first.load() - first.capacity(), within(1e-9));
        assertThat(second.carried()).isCloseTo(first.gap(), within(1e-9));
    }

    @Test
    void aPromotionAddsItsDemandToTheWeeksItCovers() {
        for (int i = 1; i <= 4; i++) {
            week(FIRST.minusWeeks(i), 40);
        }
        desk.demand().promotions().add("Black Friday", FIRST.plusWeeks(1), FIRST.plusWeeks(1).plusDays(6),
                Promotion.Kind.PERCENT, 50);
        desk.demand().promotions().add("Mailing", FIRST, FIRST, Promotion.Kind.MESSAGES_PER_DAY,
                8);
        DemandDesk.Forecast f = desk.forecast(TODAY, 3);
        // 8 messages of a client question (15 minutes) on Monday; half as much again all of the next week
        assertThat(f.weeks().get(0).promotion()).isCloseTo(2, within(1e-9));
        assertThat(f.weeks().get(0).demand()).isCloseTo(42, within(1e-9));
        assertThat(f.weeks().get(1).promotion()).isCloseTo(20, within(1e-9));
        assertThat(f.weeks().get(2).promotion()).isZero();
        assertThat(f.promotions()).extracting(Promotion::name)
                .containsExactly("Mailing", "Black Friday");
        assertThat(desk.demand().promotions().delete(1)).isTrue();
        assertThat(desk.forecast(TODAY, 3).weeks().get(1).promotion()).isZero();
    }

    @Test
    void unplannedAbsenceFromTheDepartmentsHistoryLowersTheCapacityShownBesideThePlannedOne() {
        for (int i = 1; i <= 4; i++) {
            week(FIRST.minusWeeks(i), 40); // on Tuesdays: the history starts 19 working days back
        }
        DemandDesk.Forecast healthy = desk.forecast(TODAY, 2);
        assertThat(healthy.weeks()).allSatisfy(w -> assertThat(w.unplanned()).isZero());
        // ivanova was sick two of those 19 days (told that morning); a vacation planned a month ahead is no part of it
        AbsenceStore store = new AbsenceStore(host.store);
        store.create(new Absence("ivanova", at("2026-11-02T00:00"), at("2026-11-04T00:00"), AbsenceKind.SICK), "head",
                false, false, at("2026-11-02T08:00"));
        store.create(new Absence("petrova", at("2026-11-09T00:00"), at("2026-11-14T00:00"), AbsenceKind.VACATION),
                "head", false, false, at("2026-10-01T08:00"));
        DemandDesk.Forecast f = desk.forecast(TODAY, 2);
        DemandDesk.PersonCapacity ivanova = f.people().stream().filter(p -> p.person().equals("ivanova"))
                .findFirst().orElseThrow();
        assertThat(ivanova.unplannedRate()).isCloseTo(2.0 / 19, within(1e-9));
        assertThat(f.people()).filteredOn(p -> !p.person().equals("ivanova"))
                .allSatisfy(p -> assertThat(p.unplannedRate()).isZero());
        // November is the whole history, so the season's factor is 1: 2/19 of ivanova's planned week
        WeekPlan week = f.weeks().get(1);
        double ivanovaWeek = ivanova.weeks().get(1).capacity();
        assertThat(week.unplanned()).isCloseTo(ivanovaWeek * 2 / 19, within(1e-9));
        assertThat(week.capacity()).isCloseTo(week.plannedCapacity() - ivanovaWeek * 2 / 19, within(1e-9));
    }
}
