package io.backstop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DailyIntervalTest {

    @Test
    void parsesAnOrdinaryInterval() {
        DailyInterval interval = DailyInterval.parse("09:00-18:00");
        assertThat(interval.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(interval.end()).isEqualTo(LocalTime.of(18, 0));
        assertThat(interval.endsAtMidnight()).isFalse();
        assertThat(interval.isEmpty()).isFalse();
        assertThat(interval).hasToString("09:00-18:00");
    }

    @Test
    void acceptsSurroundingWhitespace() {
        assertThat(DailyInterval.parse("  13:30-14:15 ")).isEqualTo(DailyInterval.of(LocalTime.of(13, 30), LocalTime.of(14, 15)));
    }

    @Test
    void acceptsTwentyFourHundredAsEnd() {
        DailyInterval interval = DailyInterval.parse("22:00-24:00");
        assertThat(interval.endsAtMidnight()).isTrue();
        assertThat(interval.endSecond()).isEqualTo(24 * 3600);
        assertThat(interval).hasToString("22:00-24:00");
        assertThat(DailyInterval.parse("00:00-24:00").endSecond() - DailyInterval.parse("00:00-24:00").startSecond())
                .isEqualTo(24 * 3600);
    }

    @Test
    void anEmptyIntervalIsAllowedButEmpty() {
        assertThat(DailyInterval.parse("10:00-10:00").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"9:00-18:00", "09:00 - 18:00", "09:00-18", "0900-1800", "nine to six", "09:00-18:00-19:00",
            "09:0a-18:00", "09:00_18:00"})
    void rejectsBadText(String text) {
        assertThatThrownBy(() -> DailyInterval.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected HH:MM-HH:MM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"09:00-24:30", "09:00-25:00", "24:00-24:00", "24:00-23:00", "09:60-10:00", "09:00-10:60"})
    void rejectsTimesThatDoNotExist(String text) {
        // 24:00 is only an end; 24:30, 25:00 and minute 60 are no times at all.
        assertThatThrownBy(() -> DailyInterval.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18:00-09:00", "09:01-09:00", "23:59-00:00"})
    void rejectsAnIntervalThatEndsBeforeItStarts(String text) {
        assertThatThrownBy(() -> DailyInterval.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void constructorChecksItsBounds() {
        assertThatThrownBy(() -> new DailyInterval(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyInterval(24 * 3600, 24 * 3600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyInterval(0, 24 * 3600 + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyInterval(3600, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(DailyInterval.parse("09:00-10:00")).isLessThan(DailyInterval.parse("09:00-11:00"));
        assertThat(DailyInterval.parse("09:00-18:00")).isLessThan(DailyInterval.parse("10:00-11:00"));
    }
}
