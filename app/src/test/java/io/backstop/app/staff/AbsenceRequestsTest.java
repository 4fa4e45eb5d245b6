package io.backstop.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.Schema;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.store.SettingStore;
import io.backstop.app.testing.TestHost;
import io.backstop.core.absence.AbsenceFigures;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Part-day requests wait for the head; only approved absences take work away and count in the report. */
class AbsenceRequestsTest {

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
                { "name": "office", "role": "OFFICE_MANAGER" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER", "deputies": ["ivanova"] }
              ],
              "tick": "PT5M"
            }
            """;

    TestHost host;
    StaffDesk staff;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        host.backstop.results().replaceSettings(ResultsSettings.read("{\"hired\": {\"petrova\": \"2026-10-01\"}}"));
        staff = host.backstop.staff();
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    @Test
    void aRequestTakesNoWorkAwayUntilTheHeadApprovesIt() {
        Instant now = at("2026-11-10T10:00");
        StoredAbsence asked = staff.request("petrova", at("2026-11-10T15:00"), at("2026-11-10T18:00"),
                AbsenceKind.STUDY, "driving school", "petrova", now);
        assertThat(asked.status()).isEqualTo(AbsenceStatus.REQUESTED);
        assertThat(asked.reason()).contains("driving school");
        Instant during = at("2026-11-10T16:00");
        AbsenceStore store = new AbsenceStore(host.store);
        assertThat(store.inForceAt(during).isAbsent("petrova", during)).isFalse();
        assertThat(store.nextPendingBoundary()).isEmpty();
        assertThat(staff.absencesOf("petrova")).isEmpty();
        assertThat(staff.requests(Optional.of("petrova"))).extracting(StoredAbsence::id).containsExactly(asked.id());

        StoredAbsence approved = staff.decide(asked.id(), true, "head", at("2026-11-10T11:00")).orElseThrow();
        assertThat(approved.status()).isEqualTo(AbsenceStatus.APPROVED);
        assertThat(approved.decidedBy()).contains("head");
        assertThat(approved.recordedAt()).contains(now);
        assertThat(store.inForceAt(during).isAbsent("petrova", during)).isTrue();
        assertThat(store.nextPendingBoundary()).contains(at("2026-11-10T15:00"));
        assertThat(staff.requests(Optional.empty())).extracting(StoredAbsence::id).containsExactly(asked.id());
        assertThatThrownBy(() -> staff.decide(asked.id(), false, "head", during))
                .isInstanceOf(AlreadyDecided.class).hasMessage("already APPROVED");
    }

    @Test
    void aRefusedRequestNeverCounts() {
        Instant now = at("2026-11-10T10:00");
        StoredAbsence asked = staff.request("petrova", at("2026-11-11T09:00"), at("2026-11-12T00:00"),
                AbsenceKind.TIME_OFF, null, "petrova", now);
        staff.decide(asked.id(), false, "head", now);
        Instant during = at("2026-11-11T10:00");
        assertThat(new AbsenceStore(host.store).inForceAt(during).isAbsent("petrova", during)).isFalse();
        AbsenceFigures f = host.backstop.absenceReports().report(YearMonth.of(2026, 11), Optional.of("petrova"))
                .people().get(0).periods().get(3);
        assertThat(f.days()).isZero();
    }

    @Test
    void aRequestMustEndAfterItStartsAndNotInThePast() {
        Instant now = at("2026-11-10T10:00");
        assertThatThrownBy(() -> staff.request("petrova", at("2026-11-10T15:00"), at("2026-11-10T15:00"),
                AbsenceKind.STUDY, null, "petrova", now))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> staff.request("petrova", at("2026-11-09T15:00"), at("2026-11-09T18:00"),
                AbsenceKind.STUDY, null, "petrova", now))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> staff.request("nobody", at("2026-11-10T15:00"), at("2026-11-10T18:00"),
                AbsenceKind.STUDY, null, "nobody", now))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("person");
    }

    @Test
    void theReportCountsPlannedUnplannedAndTheNewcomersCheaperHours() {
        // a vacation handed in on 15 October for November: planned; a sick day recorded on the day: unplanned
        staff.add("ivanova", at("2026-11-02T00:00"), at("2026-11-07T00:00"), AbsenceKind.VACATION, "head",
                at("2026-10-15T12:00"));
        staff.add("ivanova", at("2026-11-09T09:00"), at("2026-11-10T00:00"), AbsenceKind.SICK, "office",
                at("2026-11-09T09:00"));
        // petrova (month 2 of service, band 3-5 -> 0.5 norm-hours an hour) leaves at 15:00: 3 of 8 hours
        StoredAbsence asked = staff.request("petrova", at("2026-11-10T15:00"), at("2026-11-10T18:00"),
                AbsenceKind.STUDY, "driving school", "petrova", at("2026-11-10T08:00"));
        staff.decide(asked.id(), true, "head", at("2026-11-10T08:30"));

        var report = host.backstop.absenceReports().report(YearMonth.of(2026, 11), Optional.empty());
        assertThat(report.from()).isEqualTo(YearMonth.of(2025, 12));
        var ivanova = report.people().stream().filter(p -> p.person().equals("ivanova")).findFirst().orElseThrow();
        AbsenceFigures nov = ivanova.months().get(11).figures();
        assertThat(nov.days(AbsenceKind.VACATION)).isCloseTo(5, within(1e-9));
        assertThat(nov.days(AbsenceKind.SICK)).isCloseTo(1, within(1e-9));
        assertThat(nov.plannedDays()).isCloseTo(5, within(1e-9));
        assertThat(nov.unplannedDays()).isCloseTo(1, within(1e-9));
        assertThat(nov.normHoursLost()).isCloseTo(48, within(1e-9)); // experienced: 8 norm-hours a day
        var petrova = report.people().stream().filter(p -> p.person().equals("petrova")).findFirst().orElseThrow();
        AbsenceFigures part = petrova.periods().get(12);
        assertThat(part.days(AbsenceKind.STUDY)).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(part.unplannedDays()).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(part.normHoursLost()).isCloseTo(1.5, within(1e-9));
        assertThat(report.periods().get(3).days()).isCloseTo(6 + 3 / 8.0, within(1e-9));
    }

    @Test
    void rowsFromBeforeVersionFourReadAsApprovedAndUndated() {
        EntityManagerStore store = TestHost.memoryDatabase();
        Schema.STEPS.get(0).apply(store);
        new SettingStore(store).write("schema.version", "2");
        Map<String, Object> values = new HashMap<>();
        values.put("PERSON", "ivanova");
        values.put("STARTS_AT", at("2026-11-02T00:00").toEpochMilli());
        values.put("ENDS_AT", at("2026-11-03T00:00").toEpochMilli());
        values.put("KIND", "SICK");
        values.put("START_APPLIED", true);
        values.put("END_APPLIED", true);
        store.create(AbsenceEntity.class, values);

        Schema.upgrade(store);

        StoredAbsence old = new AbsenceStore(store).all().get(0);
        assertThat(old.status()).isEqualTo(AbsenceStatus.APPROVED);
        assertThat(old.recordedAt()).isEmpty();
        assertThat(new AbsenceStore(store).requests(Optional.empty())).isEmpty();
        Instant during = at("2026-11-02T10:00");
        assertThat(new AbsenceStore(store).inForceAt(during).isAbsent("ivanova", during)).isTrue();
    }
}
