package io.backstop.core.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.norms.Band;
import io.backstop.core.norms.Ramp;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AbsenceReportTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final ExpectedRate ONE = (person, day) -> 1.0;

    private static Instant at(int month, int day, int hour) {
        return LocalDate.of(2026, month, day).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    void theScheduleDeadlineIsTheEndOfThe18thOfTheMonthBefore() {
        assertThat(AbsenceReport.scheduleDeadline(MARCH, ZONE)).isEqualTo(at(2, 19, 0));
        Absence vacation = new Absence("anna", at(3, 2, 0), at(3, 7, 0), AbsenceKind.VACATION);
        assertThat(AbsenceReport.planned(HandedIn.at(vacation, at(2, 18, 23)), MARCH, ZONE)).isTrue();
        assertThat(AbsenceReport.planned(HandedIn.at(vacation, at(2, 19, 0)), MARCH, ZONE)).isFalse();
        assertThat(AbsenceReport.planned(new HandedIn(vacation, Optional.empty()), MARCH, ZONE)).isTrue();
    }

    @Test
    void busyTimeIsNoAbsenceInTheReportNorInTheNormHoursLost() {
        // Tue 10 March: at a meeting 10:00-11:00 (BUSY), then sick from 10:30 to the end of the day
        Absence meeting = new Absence("anna", at(3, 10, 10), at(3, 10, 11), AbsenceKind.BUSY);
        Absence sick = new Absence("anna", at(3, 10, 10).plusSeconds(1800), at(3, 11, 0), AbsenceKind.SICK);
        // Thu 12 March: a whole afternoon busy with an audit, nothing else
        Absence audit = new Absence("anna", at(3, 12, 14), at(3, 12, 18), AbsenceKind.BUSY);
        List<HandedIn> absences = List.of(HandedIn.at(meeting, at(3, 10, 9)), HandedIn.at(sick, at(3, 10, 10)),
                HandedIn.at(audit, at(3, 12, 9)));
        AbsenceFigures f = AbsenceReport.month(AbsenceReportPropertyTest.CALENDAR, "anna", MARCH, absences, ONE)
                .figures();
        // 10:30-13:00 and 14:00-18:00 sick: 6.5 of 8 hours; the busy half hour before and the audit count nothing
        assertThat(f.days(AbsenceKind.SICK)).isCloseTo(6.5 / 8, within(1e-9));
        assertThat(f.days(AbsenceKind.BUSY)).isZero();
        assertThat(f.daysByKind()).doesNotContainKey(AbsenceKind.BUSY);
        assertThat(f.days()).isCloseTo(6.5 / 8, within(1e-9));
        assertThat(f.absentHours()).isCloseTo(6.5, within(1e-9));
        assertThat(f.normHoursLost()).isCloseTo(6.5, within(1e-9));
        assertThat(f.plannedDays() + f.unplannedDays()).isCloseTo(f.days(), within(1e-9));
        assertThat(AbsenceReport.month(AbsenceReportPropertyTest.CALENDAR, "anna", MARCH,
                List.of(HandedIn.at(audit, at(3, 12, 9))), ONE).figures()).isEqualTo(AbsenceFigures.NONE);
    }

    @Test
    void aWeekOfVacationHandedInOnTimeAndASickDayAndADrivingLesson() {
        // Mon 2 .. Fri 6 March: vacation, handed in on 10 February
        Absence vacation = new Absence("anna", at(3, 2, 0), at(3, 7, 0), AbsenceKind.VACATION);
        // Wed 11 March: sick from the morning, recorded that day
        Absence sick = new Absence("anna", at(3, 11, 0), at(3, 12, 0), AbsenceKind.SICK);
        // Thu 12 March: leaving at 15:00 for driving school (3 of 8 working hours), asked on 5 March
        Absence lesson = new Absence("anna", at(3, 12, 15), at(3, 12, 18), AbsenceKind.STUDY);
        List<HandedIn> absences = List.of(HandedIn.at(vacation, at(2, 10, 12)), HandedIn.at(sick, at(3, 11, 8)),
                HandedIn.at(lesson, at(3, 5, 10)));
        AbsenceFigures f = AbsenceReport.month(AbsenceReportPropertyTest.CALENDAR, "anna", MARCH, absences, ONE)
                .figures();
        assertThat(f.days(AbsenceKind.VACATION)).isCloseTo(5, within(1e-9));
        assertThat(f.days(AbsenceKind.SICK)).isCloseTo(1, within(1e-9));
        assertThat(f.days(AbsenceKind.STUDY)).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(f.days(AbsenceKind.TIME_OFF)).isZero();
        assertThat(f.plannedDays()).isCloseTo(5, within(1e-9));
        assertThat(f.unplannedDays()).isCloseTo(1 + 3 / 8.0, within(1e-9));
        assertThat(f.absentHours()).isCloseTo(5 * 8 + 8 + 3, within(1e-9));
    }

    @Test
    void theHolidayAndTheWeekendAreNotAbsence() {
        // Sat 7 .. Mon 9 March (9 March is the calendar's holiday)
        Absence away = new Absence("anna", at(3, 7, 0), at(3, 10, 0), AbsenceKind.TIME_OFF);
        AbsenceFigures f = AbsenceReport.month(AbsenceReportPropertyTest.CALENDAR, "anna", MARCH,
                List.of(HandedIn.at(away, at(1, 1, 0))), ONE).figures();
        assertThat(f.days()).isZero();
    }

    @Test
    void theExpectedRateFollowsTheRamp() {
        Ramp ramp = new Ramp(new Band(3, 5), new Band(7, 9), 3, 6, Duration.ofHours(8));
        ExpectedRate rate = ExpectedRate.fromRamp(ramp, Map.of("nina", LocalDate.of(2026, 3, 1)));
        assertThat(rate.normHoursPerHour("nina", LocalDate.of(2026, 3, 10))).isCloseTo(0.5, within(1e-9));
        assertThat(rate.normHoursPerHour("nina", LocalDate.of(2026, 2, 10))).isCloseTo(0.5, within(1e-9));
        assertThat(rate.normHoursPerHour("nina", LocalDate.of(2026, 9, 10))).isCloseTo(1.0, within(1e-9));
        assertThat(rate.normHoursPerHour("olga", LocalDate.of(2026, 3, 10))).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void overlappingAbsencesCountOnceForTheEarlierOne() {
        Absence vacation = new Absence("anna", at(3, 2, 0), at(3, 4, 0), AbsenceKind.VACATION);
        Absence sick = new Absence("anna", at(3, 3, 0), at(3, 5, 0), AbsenceKind.SICK);
        AbsenceFigures f = AbsenceReport.month(AbsenceReportPropertyTest.CALENDAR, "anna", MARCH,
                List.of(HandedIn.at(sick, at(3, 3, 8)), HandedIn.at(vacation, at(1, 5, 0))), ONE).figures();
        assertThat(f.days(AbsenceKind.VACATION)).isCloseTo(2, within(1e-9));
        assertThat(f.days(AbsenceKind.SICK)).isCloseTo(1, within(1e-9));
        assertThat(f.days()).isCloseTo(3, within(1e-9));
    }
}
