package io.backstop.core.calendar;

import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of a working day in local time, such as {@code 09:00-13:00}. The end may be {@code 24:00}: the
 * start of the next day. Kept as seconds of the day so that 24:00 needs no special type.
 */
public record DailyInterval(int startSecond, int endSecond) implements Comparable<DailyInterval> {

    private static final int DAY = 24 * 3600;
    private static final Pattern TEXT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    public DailyInterval {
        if (startSecond < 0 || startSecond >= DAY) {
            throw new IllegalArgumentException("start must be within the day");
        }
        if (endSecond < 0 || endSecond > DAY) {
            throw new IllegalArgumentException("end must be within the day or 24:00");
        }
        if (endSecond < startSecond) {
            throw new IllegalArgumentException("ends before it starts");
        }
    }

    public static DailyInterval of(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return new DailyInterval(start.toSecondOfDay(), end.toSecondOfDay());
    }

    /** Parses {@code HH:MM-HH:MM}; {@code 24:00} is accepted as an end only. */
    public static DailyInterval parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new InvalidFieldException("", Problem.of("error.settings.expectedHours", text));
        }
        int start = clockSeconds(m.group(1), m.group(2), false);
        int end = clockSeconds(m.group(3), m.group(4), true);
        if (end < start) {
            throw new InvalidFieldException("", Problem.of("error.settings.hoursEndBeforeStart", text));
        }
        return new DailyInterval(start, end);
    }

    private static int clockSeconds(String hours, String minutes, boolean mayBeMidnightEnd) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h == 24 && m == 0 && mayBeMidnightEnd) {
            return DAY;
        }
        if (h > 23 || m > 59) {
            throw new InvalidFieldException("", Problem.of("error.settings.noSuchTime", hours + ":" + minutes));
        }
        return h * 3600 + m * 60;
    }

    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startSecond);
    }

    public boolean endsAtMidnight() {
        return endSecond == DAY;
    }

    /** The end as a local time; only meaningful when {@link #endsAtMidnight()} is false. */
    public LocalTime end() {
        return endsAtMidnight() ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(endSecond);
    }

    public boolean isEmpty() {
        return endSecond == startSecond;
    }

    @Override
    public int compareTo(DailyInterval other) {
        int byStart = Integer.compare(startSecond, other.startSecond);
        return byStart != 0 ? byStart : Integer.compare(endSecond, other.endSecond);
    }

    @Override
    public String toString() {
        return format(startSecond) + "-" + format(endSecond);
    }

    private static String format(int seconds) {
        return String.format("%02d:%02d", seconds / 3600, seconds % 3600 / 60);
    }
}
