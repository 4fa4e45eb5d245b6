package io.backstop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.calendar.HumanDuration.Words;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Durations as people type them, in English and in Russian, and what is refused with its reason. */
class HumanDurationTest {

    private static final HumanDuration WORKING = HumanDuration.WORKING;

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {
            "8h | 480", "1d 4h | 720", "30m | 30", "8 h | 480", "8H | 480", "1.5h | 90", "1d4h | 720",
            "1 day 4 hours | 720", "2 days | 960", "45 min | 45", "1h 30m | 90", "1h, 30m | 90", "1h and 30 min | 90",
            "0.5d | 240", "0 | 0", "0m | 0", "PT8H | 480", "pt30m | 30", "P1D | 1440", "'  8h  ' | 480",
            "8 hours | 480"})
    void english(String typed, long minutes) {
        assertThat(WORKING.parse(typed)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {
            "8 ч | 480", "8ч | 480", "1 д 4 ч | 720", "30 мин | 30", "1,5 ч | 90", "1 день 4 часа | 720",
            "3 дня | 1440", "5 дней | 2400", "2 часа 15 минут | 135", "8 ч. 30 мин. | 510", "1 д и 4 ч | 720",
            "1 Д 4 Ч | 720", "1 дн 2 ч | 600", "1 час | 60"})
    void russian(String typed, long minutes) {
        assertThat(WORKING.parse(typed)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void aDayIsTheStandardWorkingDayOfEightHours() {
        assertThat(WORKING.parse("1d")).isEqualTo(Duration.ofHours(8)).isEqualTo(HumanDuration.WORKING_DAY);
        assertThat(new HumanDuration(Duration.ofHours(9)).parse("1d 1h")).isEqualTo(Duration.ofHours(10));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | it is empty", "8 | say which unit", "1.5 | say which unit", "2w | weeks are not taken",
            "1 неделя | weeks are not taken", "1 month | months are not taken", "3 мес | months are not taken",
            "30 м | could be minutes or months", "1h 2h | names hours twice", "1 ч 30 m 10 мин | names minutes twice",
            "-1h | must not be negative", "8 hourz | unknown unit \"hourz\"", "soon | cannot read \"soon\"",
            "8h soon | cannot read \"soon\"", "0.1s | whole seconds", "PTxH | ISO-8601 either",
            "h8 | cannot read", "1.h | cannot read", "999999999999999d | too long", "9999999999999999d | cannot read"})
    void refused(String typed, String why) {
        assertThatThrownBy(() -> WORKING.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected a duration such as 8h, 1d 4h or 30m, got \"" + typed + "\"")
                .hasMessageContaining(why);
    }

    @Test
    void clockTimeTakesNoDays() {
        assertThat(HumanDuration.CLOCK.parse("24h")).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> HumanDuration.CLOCK.parse("1d")).hasMessageContaining("days are not taken here");
        assertThat(HumanDuration.CLOCK.format(Duration.ofHours(30))).isEqualTo("30h");
    }

    @ParameterizedTest(name = "{0} minutes are \"{1}\" and \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "480 | 1d | 1 д", "720 | 1d 4h | 1 д 4 ч", "30 | 30m | 30 мин", "0 | 0m | 0 мин", "90 | 1h 30m | 1 ч 30 мин",
            "2410 | 5d 10m | 5 д 10 мин"})
    void formats(long minutes, String english, String russian) {
        assertThat(WORKING.format(Duration.ofMinutes(minutes))).isEqualTo(english);
        assertThat(WORKING.format(Duration.ofMinutes(minutes), Words.RU)).isEqualTo(russian);
        assertThat(WORKING.format(Duration.ofMinutes(minutes), Words.of("ru-RU"))).isEqualTo(russian);
    }

    @Test
    void secondsAndFractionsStayReadable() {
        assertThat(HumanDuration.CLOCK.format(Duration.ofSeconds(90))).isEqualTo("1m 30s");
        assertThat(WORKING.format(Duration.ofMillis(1500))).isEqualTo("PT1.5S");
        assertThat(WORKING.parse(WORKING.format(Duration.ofMillis(1500)))).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aDayIsTheLengthMostOfTheCalendarsWorkingWeekdaysHave() {
        // Monday to Thursday 09:00-18:00 with lunch (8 h), a short Friday (7 h), a weekend without work
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-18:00")));
        }
        week.put(DayOfWeek.FRIDAY, List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-17:00")));
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        assertThat(HumanDuration.of(new WorkCalendar(moscow, week, List.of())).parse("1d"))
                .isEqualTo(Duration.ofHours(8));

        // 10-hour days, Monday to Friday: "1d 4h" is 14 hours, and written back the same way
        Map<DayOfWeek, List<DailyInterval>> longDays = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            longDays.put(day, List.of(DailyInterval.parse("08:00-18:00")));
        }
        HumanDuration tenHours = HumanDuration.of(new WorkCalendar(moscow, longDays, List.of()));
        assertThat(tenHours.parse("1 д 4 ч")).isEqualTo(Duration.ofHours(14));
        assertThat(tenHours.format(Duration.ofHours(14))).isEqualTo("1d 4h");

        // as many 6-hour as 9-hour days: the longer
        Map<DayOfWeek, List<DailyInterval>> tie = new EnumMap<>(DayOfWeek.class);
        tie.put(DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-15:00")));
        tie.put(DayOfWeek.TUESDAY, List.of(DailyInterval.parse("09:00-18:00")));
        assertThat(HumanDuration.of(new WorkCalendar(moscow, tie, List.of())).parse("1d"))
                .isEqualTo(Duration.ofHours(9));
    }
}
