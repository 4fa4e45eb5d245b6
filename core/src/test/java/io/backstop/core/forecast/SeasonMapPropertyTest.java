package io.backstop.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The calendar-true mapping's invariants over random holiday calendars and histories. */
class SeasonMapPropertyTest {

    private static final LocalDate START = LocalDate.of(2024, 12, 30);

    /** Sparse holidays (at least 20 days apart) within one 364-day window. */
    @Provide
    Arbitrary<Set<Integer>> offsets() {
        return Arbitraries.integers().between(0, 17).list().ofMaxSize(17).map(list -> {
            Set<Integer> days = new TreeSet<>();
            for (int i = 0; i < list.size(); i++) {
                days.add(i * 21 + list.get(i) % 3);
            }
            return days;
        });
    }

    private static TreeSet<LocalDate> repeated(Set<Integer> offsets) {
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (int year = 0; year < 3; year++) {
            for (int o : offsets) {
                holidays.add(START.plusDays(364L * year + o));
            }
        }
        return holidays;
    }

    private static boolean weekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Property(tries = 100)
    void whenTheCalendarsAgreeTheSourceIsTheSameDay52WeeksBefore(@ForAll("offsets") Set<Integer> offsets,
                                                                 @ForAll @IntRange(min = 0, max = 363) int day) {
        TreeSet<LocalDate> holidays = repeated(offsets);
        SeasonMap season = new SeasonMap(d -> weekday(d) && !holidays.contains(d), holidays);
        LocalDate d = START.plusDays(728L + day);
        if (season.working(d)) {
            assertThat(season.source(d)).contains(d.minusWeeks(52));
        } else {
            assertThat(season.source(d)).isEmpty();
        }
    }

    @Property(tries = 100)
    void aWeekWithoutWorkingTimeHasNoLoadAndEverySourceIsAWorkingDayAboutAYearBefore(
            @ForAll("offsets") Set<Integer> offsets, @ForAll("offsets") Set<Integer> shifted,
            @ForAll @IntRange(min = 0, max = 50) int week, @ForAll @DoubleRange(min = 0, max = 50) double perDay) {
        TreeSet<LocalDate> holidays = repeated(offsets);
        shifted.forEach(o -> holidays.add(START.plusDays(728L + o + 1))); // this year's calendar differs
        SeasonMap season = new SeasonMap(d -> weekday(d) && !holidays.contains(d), holidays);
        Map<LocalDate, Double> arrivals = new TreeMap<>();
        for (LocalDate d = START; d.isBefore(START.plusDays(728)); d = d.plusDays(1)) {
            arrivals.put(d, perDay);
        }
        LocalDate monday = START.plusDays(728).plusWeeks(week);
        double load = season.weekLoad(monday, arrivals);
        if (season.workingDays(monday) == 0) {
            assertThat(load).isZero();
        } else {
            assertThat(load).isGreaterThanOrEqualTo(season.workingDays(monday) * perDay - 1e-9);
        }
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            season.source(d).ifPresent(s -> {
                assertThat(season.working(s)).isTrue();
                assertThat(s).isBetween(d.minusDays(400), d.minusDays(330));
            });
        }
    }
}
