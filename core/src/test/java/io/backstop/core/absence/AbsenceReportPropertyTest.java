package io.backstop.core.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The report's figures hold together whatever the absences: kinds and planned/unplanned add up, parts stay parts. */
class AbsenceReportPropertyTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final WorkCalendar CALENDAR = weekdays();
    private static final YearMonth MONTH = YearMonth.of(2026, 3);
    private static final Instant BASE = MONTH.atDay(1).atStartOfDay(ZONE).toInstant().minusSeconds(5 * 86_400L);
    private static final ExpectedRate RATE = (person, day) -> 1.0;

    static WorkCalendar weekdays() {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-18:00")));
        }
        return new WorkCalendar(ZONE, week, List.of(LocalDate.of(2026, 3, 9)));
    }

    @Provide
    Arbitrary<List<HandedIn>> absences() {
        Arbitrary<HandedIn> one = Combinators.combine(
                Arbitraries.of("anna", "boris"),
                Arbitraries.longs().between(0, 40L * 24 * 60),
                Arbitraries.longs().between(0, 10L * 24 * 60),
                Arbitraries.of(AbsenceKind.class),
                Arbitraries.longs().between(-60L * 24 * 60, 40L * 24 * 60).optional())
                .as((person, startMinute, lengthMinutes, kind, recordedMinute) -> new HandedIn(
                        new Absence(person, BASE.plusSeconds(startMinute * 60),
                                BASE.plusSeconds((startMinute + lengthMinutes) * 60), kind),
                        recordedMinute.map(m -> BASE.plusSeconds(m * 60))));
        return one.list().ofMaxSize(8);
    }

    @Property
    void kindsAddUpToTheTotalAndSoDoPlannedAndUnplanned(@ForAll("absences") List<HandedIn> absences) {
        AbsenceFigures f = AbsenceReport.month(CALENDAR, "anna", MONTH, absences, RATE).figures();
        double byKind = 0;
        for (AbsenceKind kind : AbsenceKind.values()) {
            assertThat(f.days(kind)).isGreaterThanOrEqualTo(0);
            byKind += f.days(kind);
        }
        assertThat(byKind).isCloseTo(f.days(), within(1e-9));
        assertThat(f.plannedDays() + f.unplannedDays()).isCloseTo(f.days(), within(1e-9));
        assertThat(f.undatedDays()).isBetween(0.0, f.plannedDays() + 1e-9);
    }

    @Property
    void noMoreDaysThanTheMonthHasWorkingDays(@ForAll("absences") List<HandedIn> absences) {
        AbsenceFigures f = AbsenceReport.month(CALENDAR, "anna", MONTH, absences, RATE).figures();
        long workingDays = MONTH.atDay(1).datesUntil(MONTH.atEndOfMonth().plusDays(1))
                .filter(d -> !CALENDAR.workingSpans(d).isEmpty()).count();
        assertThat(f.days()).isLessThanOrEqualTo(workingDays + 1e-9);
        assertThat(f.absentHours()).isLessThanOrEqualTo(workingDays * 8 + 1e-9);
        // with a rate of one norm-hour per hour the loss is the absent hours
        assertThat(f.normHoursLost()).isCloseTo(f.absentHours(), within(1e-9));
    }

    @Property
    void aPartOfOneDayIsLessThanADay(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 479) int minutes) {
        Instant start = LocalDate.of(2026, 3, 10).atTime(9, 0).atZone(ZONE).toInstant();
        Absence part = new Absence("anna", start, CALENDAR.addWorking(start, java.time.Duration.ofMinutes(minutes)),
                AbsenceKind.STUDY);
        AbsenceFigures f = AbsenceReport.month(CALENDAR, "anna", MONTH, List.of(HandedIn.at(part, BASE)), RATE)
                .figures();
        assertThat(f.days()).isGreaterThan(0).isLessThan(1);
        assertThat(f.days()).isCloseTo(minutes / 480.0, within(1e-9));
        assertThat(f.days(AbsenceKind.STUDY)).isEqualTo(f.days());
    }

    @Property
    void otherPeoplesAbsencesDoNotCount(@ForAll("absences") List<HandedIn> absences) {
        List<HandedIn> annas = absences.stream().filter(a -> a.absence().person().equals("anna")).toList();
        assertThat(AbsenceReport.month(CALENDAR, "anna", MONTH, absences, RATE))
                .isEqualTo(AbsenceReport.month(CALENDAR, "anna", MONTH, annas, RATE));
    }

    @Property
    void handingInEarlierNeverMakesAnAbsenceLessPlanned(@ForAll("absences") List<HandedIn> absences) {
        AbsenceFigures late = AbsenceReport.month(CALENDAR, "anna", MONTH, absences, RATE).figures();
        List<HandedIn> early = absences.stream()
                .map(a -> HandedIn.at(a.absence(), BASE.minusSeconds(90L * 86_400))).toList();
        AbsenceFigures planned = AbsenceReport.month(CALENDAR, "anna", MONTH, early, RATE).figures();
        assertThat(planned.days()).isCloseTo(late.days(), within(1e-9));
        assertThat(planned.unplannedDays()).isCloseTo(0, within(1e-9));
        assertThat(planned.plannedDays()).isGreaterThanOrEqualTo(late.plannedDays() - 1e-9);
    }

    @Property
    void monthsAddUpInTheTotal(@ForAll("absences") List<HandedIn> absences) {
        List<MonthAbsence> months = List.of(
                AbsenceReport.month(CALENDAR, "anna", MONTH.minusMonths(1), absences, RATE),
                AbsenceReport.month(CALENDAR, "anna", MONTH, absences, RATE));
        AbsenceFigures total = AbsenceReport.total(months);
        assertThat(total.days()).isCloseTo(months.get(0).figures().days() + months.get(1).figures().days(),
                within(1e-9));
        assertThat(total.normHoursLost()).isCloseTo(months.get(0).figures().normHoursLost()
                + months.get(1).figures().normHoursLost(), within(1e-9));
        assertThat(AbsenceReport.total(List.of())).isEqualTo(AbsenceFigures.NONE);
        assertThat(Optional.of(total.plannedDays() + total.unplannedDays()).get()).isCloseTo(total.days(),
                within(1e-9));
    }
}
