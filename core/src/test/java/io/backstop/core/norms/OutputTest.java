package io.backstop.core.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Output per person per day, present time from the schedule, efficiency, bands and the newcomer ramp. */
class OutputTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);
    private final NormCatalog catalog = NormCatalog.departmentDefault();

    /** 09:00-13:00 and 14:00-18:00, Monday to Friday: 8 hours a day. */
    private static WorkCalendar schedule() {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(DailyInterval.of(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                    DailyInterval.of(LocalTime.of(14, 0), LocalTime.of(18, 0))));
        }
        return new WorkCalendar(MOSCOW, week, List.of(WED));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(MOSCOW).toInstant();
    }

    @Test
    void earnedPerDayAgainstPresent() {
        List<Done> done = List.of(
                new Done("anna", MON, "client-question", 20),              // 300 min
                new Done("anna", MON, "monthly-report-explanation", 4),    // 120 min
                new Done("anna", TUE, "small-job-estimate", 6),            // 120 min
                new Done("boris", MON, "client-question", 1));
        SortedMap<LocalDate, Output> days = OutputRules.daily(catalog, "anna", done,
                Map.of(MON, Duration.ofHours(8), TUE, Duration.ofHours(4)));
        assertThat(days).containsExactly(
                Map.entry(MON, new Output(420, 480)),
                Map.entry(TUE, new Output(120, 240)));
        assertThat(days.get(MON).earnedNormHours()).isEqualTo(7.0);
        assertThat(days.get(MON).efficiency()).hasValue(420.0 / 480);
        assertThat(days.get(TUE).perFullDay(Duration.ofHours(8))).hasValue(4.0);
        assertThat(OutputRules.total(days.values())).isEqualTo(new Output(540, 720));
    }

    @Test
    void workOnADayWithoutPresenceHasNoRate() {
        SortedMap<LocalDate, Output> days = OutputRules.daily(catalog, "anna",
                List.of(new Done("anna", WED, "client-question")), Map.of());
        assertThat(days.get(WED)).isEqualTo(new Output(15, 0));
        assertThat(days.get(WED).efficiency()).isEmpty();
        assertThat(Ramp.departmentDefault().verdict(days.get(WED), 12)).isEmpty();
    }

    @Test
    void byPersonCoversEveryoneWithWorkOrPresence() {
        var all = OutputRules.byPerson(catalog,
                List.of(new Done("anna", MON, "client-question", 4), new Done("boris", MON, "debt-call", 3)),
                Map.of("anna", Map.of(MON, Duration.ofHours(8)), "vera", Map.of(MON, Duration.ofHours(8))));
        assertThat(all).containsOnlyKeys("anna", "boris", "vera");
        assertThat(all.get("anna").get(MON)).isEqualTo(new Output(60, 480));
        assertThat(all.get("boris").get(MON)).isEqualTo(new Output(30, 0));
        assertThat(all.get("vera").get(MON)).isEqualTo(new Output(0, 480));
    }

    @Test
    void presentTimeIsTheScheduleMinusAbsences() {
        List<Absence> absences = List.of(
                new Absence("anna", at(TUE, 9), at(TUE, 11), AbsenceKind.TIME_OFF),          // driving school
                new Absence("anna", at(TUE, 10), at(TUE, 12), AbsenceKind.TIME_OFF),         // overlaps: once
                new Absence("anna", at(MON.plusDays(3), 0), at(MON.plusDays(5), 0), AbsenceKind.SICK),
                new Absence("boris", at(MON, 0), at(MON.plusDays(7), 0), AbsenceKind.VACATION));
        SortedMap<LocalDate, Duration> present = PresentTime.fromSchedule(schedule(), "anna", absences,
                MON, MON.plusDays(6));
        assertThat(present).containsExactly(
                Map.entry(MON, Duration.ofHours(8)),
                Map.entry(TUE, Duration.ofHours(5)));  // Wednesday a holiday, Thursday-Friday sick, weekend off
    }

    @Test
    void busyTimeIsPresentTime() {
        List<Absence> absences = List.of(
                new Absence("anna", at(MON, 10), at(MON, 12), AbsenceKind.BUSY),            // a long meeting
                new Absence("anna", at(TUE, 9), at(TUE, 11), AbsenceKind.TIME_OFF),
                new Absence("anna", at(TUE, 10), at(TUE, 12), AbsenceKind.BUSY));           // overlaps time off
        SortedMap<LocalDate, Duration> present = PresentTime.fromSchedule(schedule(), "anna", absences,
                MON, TUE);
        assertThat(present).containsExactly(
                Map.entry(MON, Duration.ofHours(8)),
                Map.entry(TUE, Duration.ofHours(6)));
    }

    @Test
    void presentTimeRejectsAReversedRange() {
        assertThatThrownBy(() -> PresentTime.fromSchedule(schedule(), "anna", List.of(), TUE, MON))
                .hasMessageStartingWith("to: must not be before from");
    }

    @Test
    void bandsAndVerdicts() {
        Band experienced = new Band(7, 9);
        assertThat(experienced.verdict(6.99)).isEqualTo(Verdict.BELOW);
        assertThat(experienced.verdict(7)).isEqualTo(Verdict.WITHIN);
        assertThat(experienced.verdict(9)).isEqualTo(Verdict.WITHIN);
        assertThat(experienced.verdict(9.01)).isEqualTo(Verdict.ABOVE);
        assertThatThrownBy(() -> new Band(5, 3)).hasMessageStartingWith("max: must not be below min");
        assertThatThrownBy(() -> new Band(-1, 3)).hasMessageStartingWith("min: must not be negative");
    }

    @Test
    void theRampHoldsNewcomersToTheirBandThenRisesToExperienced() {
        Ramp ramp = Ramp.departmentDefault();
        assertThat(ramp.bandFor(1)).isEqualTo(new Band(3, 5));
        assertThat(ramp.bandFor(3)).isEqualTo(new Band(3, 5));
        assertThat(ramp.bandFor(4).min()).isCloseTo(3 + 4.0 / 3, within(1e-9));
        assertThat(ramp.bandFor(5).max()).isCloseTo(5 + 8.0 / 3, within(1e-9));
        assertThat(ramp.bandFor(6)).isEqualTo(new Band(7, 9));
        assertThat(ramp.bandFor(60)).isEqualTo(new Band(7, 9));
    }

    @Test
    void theSameDayIsBelowForAnExperiencedManagerAndWithinForANewcomer() {
        Ramp ramp = Ramp.departmentDefault();
        Output fourHours = new Output(240, 480);
        assertThat(ramp.verdict(fourHours, 2)).isEqualTo(Optional.of(Verdict.WITHIN));
        assertThat(ramp.verdict(fourHours, 8)).isEqualTo(Optional.of(Verdict.BELOW));
        assertThat(ramp.verdict(new Output(240, 240), 8)).isEqualTo(Optional.of(Verdict.WITHIN)); // half day
        assertThat(ramp.verdict(new Output(600, 480), 8)).isEqualTo(Optional.of(Verdict.ABOVE));
    }

    @Test
    void monthOfServiceCountsFromTheHiringDate() {
        LocalDate hired = LocalDate.of(2026, 1, 15);
        assertThat(Ramp.monthOfService(hired, hired)).isEqualTo(1);
        assertThat(Ramp.monthOfService(hired, LocalDate.of(2026, 2, 14))).isEqualTo(1);
        assertThat(Ramp.monthOfService(hired, LocalDate.of(2026, 2, 15))).isEqualTo(2);
        assertThat(Ramp.monthOfService(hired, LocalDate.of(2026, 7, 15))).isEqualTo(7);
        assertThatThrownBy(() -> Ramp.monthOfService(hired, hired.minusDays(1)))
                .hasMessageStartingWith("on: must not be before hired");
    }

    @Test
    void aConfigurableRamp() {
        Ramp slow = new Ramp(new Band(2, 4), new Band(8, 10), 4, 10, Duration.ofHours(7));
        assertThat(slow.bandFor(4)).isEqualTo(new Band(2, 4));
        assertThat(slow.bandFor(7)).isEqualTo(new Band(5, 7));
        assertThat(slow.verdict(new Output(420, 420), 12)).hasValue(Verdict.BELOW); // 7 per 7-hour day
        assertThatThrownBy(() -> new Ramp(new Band(3, 5), new Band(7, 9), 6, 6, Duration.ofHours(8)))
                .hasMessageStartingWith("experiencedFromMonth: must be after newcomerMonths");
        assertThatThrownBy(() -> new Ramp(new Band(3, 5), new Band(7, 9), 3, 6, Duration.ZERO))
                .hasMessageStartingWith("fullDay: ");
        assertThatThrownBy(() -> Ramp.departmentDefault().bandFor(0)).hasMessageStartingWith("monthOfService");
    }
}
