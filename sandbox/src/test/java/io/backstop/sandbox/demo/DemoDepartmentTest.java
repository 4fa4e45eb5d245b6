package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Goal;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDepartmentTest {

    @Test
    void settingsDocumentIsReadByTheApp() {
        LocalDate today = LocalDate.of(2026, 12, 8);
        DepartmentSettings settings = SettingsDocument.read(DemoDepartment.settingsJson(DemoDepartment.ZONE, today));

        assertThat(settings.isConfigured()).isTrue();
        assertThat(settings.calendar().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(settings.tick()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.staffGroup()).isEqualTo("backstop-staff");
        assertThat(settings.policy().standard()).isEqualTo(new Goal(Duration.ofHours(2), Duration.ofHours(8)));
        assertThat(settings.policy().returnToOwner()).isTrue();
        assertThat(settings.policy().goalFor("Complaint", "High")).isEqualTo(new Goal(Duration.ZERO, Duration.ofHours(2)));
        assertThat(settings.policy().goalFor("Client report", "Low"))
                .isEqualTo(new Goal(Duration.ofHours(2), Duration.ofHours(16)));
        assertThat(settings.policy().goalFor("Client request", "Highest"))
                .isEqualTo(new Goal(Duration.ofHours(2), Duration.ofHours(8)));
        assertThat(settings.people()).containsExactly(
                new Person("head", Role.HEAD),
                new Person("operator", Role.OPERATOR, List.of("office")),
                new Person("office", Role.OFFICE_MANAGER),
                new Person("ivanova", Role.MANAGER, List.of("petrova")),
                new Person("petrova", Role.MANAGER, List.of("sidorova", "ivanova")),
                new Person("sidorova", Role.MANAGER, List.of("petrova"),
                        OffsetDateTime.parse("2027-01-05T00:00+03:00").toInstant()));
        assertThat(settings.policy().remindBefore()).contains(Duration.ofHours(1));
    }

    @Test
    void settingsDocumentIsWhatTheAppWritesBack() throws Exception {
        String json = DemoDepartment.settingsJson();
        ObjectMapper mapper = new ObjectMapper();

        assertThat(SettingsDocument.toJson(SettingsDocument.read(json))).isEqualTo(mapper.readTree(json));
        assertThat(mapper.readTree(json).fieldNames()).toIterable()
                .containsExactly("calendar", "policy", "goals", "people", "tick", "staffGroup", "projects",
                        "ownAbsenceDays", "notesLanguage", "holdingReplies", "complaints");
    }

    @Test
    void settingsFollowTheGivenZone() {
        DepartmentSettings settings = SettingsDocument.read(
                DemoDepartment.settingsJson(ZoneId.of("Asia/Yekaterinburg"), LocalDate.now()));

        assertThat(settings.calendar().zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
    }

    @Test
    void weekIsMoscowOfficeHoursWithAShortFriday() {
        WorkCalendar calendar = SettingsDocument.read(DemoDepartment.settingsJson()).calendar();
        // An ordinary week without holidays: 4 x 8 + 7 hours.
        assertThat(calendar.working(at("2026-10-05T00:00"), at("2026-10-12T00:00"))).isEqualTo(Duration.ofHours(39));
        assertThat(calendar.isWorking(at("2026-10-09T16:59"))).isTrue();
        assertThat(calendar.isWorking(at("2026-10-09T17:00"))).isFalse();
        assertThat(calendar.isWorking(at("2026-10-08T17:59"))).isTrue();
        assertThat(calendar.isWorking(at("2026-10-08T13:30"))).isFalse();
        assertThat(calendar.isWorking(at("2026-10-10T12:00"))).isFalse();
    }

    @Test
    void russianPublicHolidaysAreOff() {
        WorkCalendar calendar = SettingsDocument.read(DemoDepartment.settingsJson()).calendar();

        for (int day = 1; day <= 8; day++) {
            assertThat(calendar.isHoliday(LocalDate.of(2026, 1, day))).isTrue();
            assertThat(calendar.isHoliday(LocalDate.of(2027, 1, day))).isTrue();
        }
        assertThat(calendar.holidays()).contains(
                LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11), LocalDate.of(2026, 6, 12),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 10), LocalDate.of(2027, 6, 14), LocalDate.of(2027, 11, 4));
        // The first working day of 2026 is Monday 12 January.
        assertThat(calendar.addWorking(at("2025-12-31T18:00"), Duration.ofMinutes(1))).isEqualTo(at("2026-01-12T09:01"));
        assertThat(calendar.holidays()).allMatch(d -> d.getYear() == 2026 || d.getYear() == 2027);
    }

    @Test
    void everyoneHasAFullName() {
        assertThat(DemoDepartment.logins()).containsExactly("head", "operator", "office", "ivanova", "petrova", "sidorova");
        assertThat(DemoDepartment.logins()).allSatisfy(login ->
                assertThat(DemoDepartment.fullName(login)).contains(" ").isNotEqualTo(login));
        assertThat(DemoDepartment.fullName("ivanova")).isEqualTo("Anna Ivanova");
    }

    private static java.time.Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }
}
