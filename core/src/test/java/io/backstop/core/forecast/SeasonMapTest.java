package io.backstop.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The examples on the demo's calendar (Russian holidays 2026 and 2027, Monday to Friday). The ISO-week
 * mapping this replaces gave the week of 2027-01-04 (all holidays) the load of 2026's ISO week 1 (a working week
 * before the holidays) and the week of 2027-01-11 that of 2026's holiday week: load against no capacity, and no
 * load in the first working week, where the letters of the holidays arrive.
 */
class SeasonMapTest {

    static final SortedSet<LocalDate> HOLIDAYS = new TreeSet<>(List.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 6),
            LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
            LocalDate.of(2025, 5, 8), LocalDate.of(2025, 5, 9),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6),
            LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 23),
            LocalDate.of(2026, 3, 9), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 11), LocalDate.of(2026, 6, 12),
            LocalDate.of(2026, 7, 10), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 6),
            LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 8), LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 8),
            LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 9),
            LocalDate.of(2027, 5, 10), LocalDate.of(2027, 6, 12), LocalDate.of(2027, 6, 14), LocalDate.of(2027, 7, 9),
            LocalDate.of(2027, 11, 4)));

    static boolean working(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    static final SeasonMap DEMO = new SeasonMap(SeasonMapTest::working, HOLIDAYS);

    /** 10 norm-hours on each working day of 2026, 2 on each day off (letters written on holidays). */
    static Map<LocalDate, Double> lastYear() {
        Map<LocalDate, Double> arrivals = new TreeMap<>();
        for (LocalDate d = LocalDate.of(2025, 11, 1); d.isBefore(LocalDate.of(2026, 11, 30)); d = d.plusDays(1)) {
            arrivals.put(d, working(d) ? 10.0 : 2.0);
        }
        return arrivals;
    }

    @Test
    void theNewYearWeekHasNoLoadAndTheFirstWorkingWeekTakesTheHolidaysLetters() {
        LocalDate allHolidays = LocalDate.of(2027, 1, 4);
        assertThat(DEMO.workingDays(allHolidays)).isZero();
        assertThat(DEMO.weekLoad(allHolidays, lastYear())).isZero();
        assertThat(DEMO.periodIn(allHolidays)).contains(SeasonMap.Period.NEW_YEAR);

        LocalDate firstWorking = LocalDate.of(2027, 1, 11);
        // the 1st working day of 2027 (Mon 11 Jan) is the 1st of 2026 (Mon 12 Jan), which served 31 Dec .. 11 Jan
        assertThat(DEMO.source(firstWorking)).contains(LocalDate.of(2026, 1, 12));
        assertThat(DEMO.source(LocalDate.of(2027, 1, 15))).contains(LocalDate.of(2026, 1, 16));
        // 2026-01-12 carries the days off 1..11 Jan, 11 days at 2
        assertThat(SeasonMap.loadToServe(LocalDate.of(2026, 1, 12), lastYear(), SeasonMapTest::working))
                .isCloseTo(10 + 11 * 2, within(1e-9));
        assertThat(DEMO.weekLoad(firstWorking, lastYear())).isCloseTo(5 * 10 + 11 * 2, within(1e-9));
    }

    @Test
    void theMayHolidaysMapOntoTheMayHolidays() {
        // 2027: Sat 1 .. Mon 3 May off; 2026: Fri 1 .. Sun 3 May off. Tue 4 May 2027 is the 1st working day after
        // the period, as Mon 4 May 2026 was.
        LocalDate week = LocalDate.of(2027, 5, 3);
        assertThat(DEMO.periodIn(week)).contains(SeasonMap.Period.MAY);
        assertThat(DEMO.workingDays(week)).isEqualTo(4);
        assertThat(DEMO.source(LocalDate.of(2027, 5, 4))).contains(LocalDate.of(2026, 5, 4));
        assertThat(DEMO.source(LocalDate.of(2027, 5, 3))).isEmpty();
        assertThat(DEMO.weekLoad(week, lastYear())).isCloseTo(4 * 10 + 3 * 2, within(1e-9));
    }

    @Test
    void theDepartmentsOwnHolidayIsANamedPeriodToo() {
        // the department's own day off: Fri 10 Jul 2026, Fri 9 Jul 2027
        LocalDate week = LocalDate.of(2027, 7, 5);
        assertThat(DEMO.periodIn(week)).contains(SeasonMap.Period.OWN);
        assertThat(DEMO.source(LocalDate.of(2027, 7, 12))).contains(LocalDate.of(2026, 7, 13));
        assertThat(DEMO.weekLoad(LocalDate.of(2027, 7, 12), lastYear())).isCloseTo(5 * 10 + 3 * 2, within(1e-9));
    }

    @Test
    void theForecastPutsNoLoadInAWeekWithoutWorkingTime() {
        LocalDate first = LocalDate.of(2026, 11, 30);
        List<WeekLoad> weeks = new LoadForecast(lastYear(), first, DEMO).next(8);
        WeekLoad newYear = weeks.get(5);
        assertThat(newYear.week()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(newYear.basis()).isEqualTo(LoadBasis.SEASONAL);
        assertThat(newYear.normHours()).isZero();
        assertThat(newYear.period()).contains(SeasonMap.Period.NEW_YEAR);
        assertThat(weeks.get(6).normHours()).isGreaterThan(weeks.get(1).normHours());
        assertThat(weeks.get(0).period()).isEqualTo(Optional.empty());
    }
}
