package io.backstop.app.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.absence.AbsenceFigures;
import io.backstop.core.norms.Output;
import io.backstop.core.onboarding.ServiceMonth;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stored busy time (rule 12) is no absence anywhere the app counts absences: the absence report and its lost
 * norm-hours, present time in the norm-hours, the newcomers' present hours and the forecast's capacity.
 */
class BusyIsNoAbsenceTest {

    TestHost host;
    AbsenceStore absences;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(AbsenceRequestsTest.DEPARTMENT));
        host.backstop.results().replaceSettings(ResultsSettings.read("{\"hired\": {\"petrova\": \"2026-10-01\"}}"));
        absences = new AbsenceStore(host.store);
        // Monday 2 November: petrova is busy 10:00-12:00 (a meeting) and away 15:00-18:00 (driving school)
        store("petrova", "2026-11-02T10:00", "2026-11-02T12:00", AbsenceKind.BUSY);
        store("petrova", "2026-11-02T15:00", "2026-11-02T18:00", AbsenceKind.STUDY);
        // ivanova: busy all Tuesday, nothing else
        store("ivanova", "2026-11-03T00:00", "2026-11-04T00:00", AbsenceKind.BUSY);
    }

    private void store(String person, String from, String to, AbsenceKind kind) {
        absences.create(new Absence(person, at(from), at(to), kind), person, true, true, at("2026-11-01T12:00"));
    }

    static Instant at(String local) {
        return AbsenceRequestsTest.at(local);
    }

    @Test
    void theAbsenceReportCountsNoBusyTimeNorItsNormHours() {
        var report = host.backstop.absenceReports().report(YearMonth.of(2026, 11), Optional.empty());
        var petrova = report.people().stream().filter(p -> p.person().equals("petrova")).findFirst().orElseThrow();
        AbsenceFigures nov = petrova.months().get(11).figures();
        assertThat(nov.days()).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(nov.days(AbsenceKind.STUDY)).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(nov.daysByKind()).doesNotContainKey(AbsenceKind.BUSY);
        assertThat(nov.absentHours()).isCloseTo(3, within(1e-9));
        assertThat(nov.normHoursLost()).isCloseTo(1.5, within(1e-9)); // a newcomer: 0.5 an hour
        var ivanova = report.people().stream().filter(p -> p.person().equals("ivanova")).findFirst().orElseThrow();
        assertThat(ivanova.periods().get(12)).isEqualTo(AbsenceFigures.NONE);
        assertThat(report.periods().get(3).days()).isCloseTo(3 / 8.0, within(1e-9));
    }

    @Test
    void busyTimeIsPresentTimeInTheNormHours() {
        var people = host.backstop.results().norms().normHours(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                Optional.empty());
        Output petrova = people.stream().filter(p -> p.person().equals("petrova")).findFirst().orElseThrow().total();
        Output ivanova = people.stream().filter(p -> p.person().equals("ivanova")).findFirst().orElseThrow().total();
        assertThat(petrova.presentMinutes()).isEqualTo((5 + 8) * 60); // Monday less the lesson, all Tuesday
        assertThat(ivanova.presentMinutes()).isEqualTo(16 * 60);
    }

    @Test
    void aNewcomersBusyTimeIsPresentHours() {
        var progress = host.backstop.onboarding().newcomers(LocalDate.of(2026, 11, 3), Optional.of("petrova"));
        ServiceMonth second = progress.get(0).months().get(1);
        assertThat(second.monthOfService()).isEqualTo(2);
        assertThat(second.presentHours()).isCloseTo(5 + 8, within(1e-9));
    }

    @Test
    void busyTimeLeavesTheCapacity() {
        var forecast = host.backstop.forecast().forecast(LocalDate.of(2026, 11, 2), 1);
        var ivanova = forecast.people().stream().filter(p -> p.person().equals("ivanova")).findFirst().orElseThrow();
        var petrova = forecast.people().stream().filter(p -> p.person().equals("petrova")).findFirst().orElseThrow();
        assertThat(ivanova.weeks().get(0).presentMinutes()).isEqualTo(40 * 60);
        assertThat(petrova.weeks().get(0).presentMinutes()).isEqualTo((40 - 3) * 60);
    }
}
