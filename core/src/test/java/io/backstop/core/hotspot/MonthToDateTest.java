package io.backstop.core.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The share of a month's fee the month so far is held against. */
class MonthToDateTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin"); // has daylight saving
    private static final List<DailyInterval> DAY = List.of(DailyInterval.parse("09:00-18:00"));
    /** Mon-Fri 09:00-18:00; 1 January and 8 March off. */
    private static final WorkCalendar CALENDAR = new WorkCalendar(BERLIN, Map.of(DayOfWeek.MONDAY, DAY,
            DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY, DayOfWeek.THURSDAY, DAY, DayOfWeek.FRIDAY, DAY),
            List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 8)));
    private static final YearMonth MARCH = YearMonth.of(2027, 3); // 23 weekdays, one a holiday: 22 working days

    @Test
    void aWholeMonthOnceItIsOver() {
        assertThat(MonthToDate.share(CALENDAR, MARCH, at(2027, 4, 1, 0, 0))).isEqualTo(1);
        assertThat(MonthToDate.share(CALENDAR, MARCH, at(2027, 9, 1, 12, 0))).isEqualTo(1);
    }

    @Test
    void theWorkingTimeGoneByAgainstTheMonthsWorkingTime() {
        // 1-5 March: five working days of 22 by Saturday
        assertThat(MonthToDate.share(CALENDAR, MARCH, at(2027, 3, 6, 12, 0))).isCloseTo(5 / 22.0, within(1e-9));
        // the holiday adds nothing: 8 March is the same as the weekend before it
        assertThat(MonthToDate.share(CALENDAR, MARCH, at(2027, 3, 8, 17, 0))).isCloseTo(5 / 22.0, within(1e-9));
        // after the clocks go forward (28 March) the days are as long as before
        assertThat(MonthToDate.share(CALENDAR, MARCH, at(2027, 3, 30, 9, 0))).isCloseTo(20 / 22.0, within(1e-9));
    }

    @Test
    void neverLessThanOneWorkingDayInTheFirstHoursOfAMonth() {
        assertThat(MonthToDate.share(CALENDAR, MARCH, at(2027, 3, 1, 10, 0))).isCloseTo(1 / 22.0, within(1e-9));
        // a month not yet begun, and the 1st of January before any working day
        assertThat(MonthToDate.share(CALENDAR, MARCH, at(2027, 2, 20, 10, 0))).isCloseTo(1 / 22.0, within(1e-9));
        assertThat(MonthToDate.share(CALENDAR, YearMonth.of(2027, 1), at(2027, 1, 1, 15, 0))).isCloseTo(1 / 20.0,
                within(1e-9));
    }

    @Property(tries = 200)
    void growsWithTimeWithinTheBounds(@ForAll @IntRange(max = 40 * 24) int hours, @ForAll @IntRange(max = 24) int more) {
        Instant now = at(2027, 2, 25, 0, 0).plusSeconds(hours * 3600L);
        double earlier = MonthToDate.share(CALENDAR, MARCH, now);
        double later = MonthToDate.share(CALENDAR, MARCH, now.plusSeconds(more * 3600L));
        assertThat(earlier).isGreaterThanOrEqualTo(1 / 22.0).isLessThanOrEqualTo(1);
        assertThat(later).isGreaterThanOrEqualTo(earlier);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }
}
