package io.backstop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.calendar.HumanDuration.Words;
import java.time.Duration;
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
}
