package io.backstop.core.holding;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day written in a reply: "15:00", "9:30", "3 pm", "3:30 p.m.", "11am". A time counts only next to a named
 * day (see {@link #nearest}); alone ("до 15:00") it names no day, and office hours in a signature ("с 9:00 до
 * 18:00") must not become a promise.
 */
final class WrittenTimes {

    /** How far (in characters) a time may stand from its day: "завтра, ориентировочно до 15:00" still counts. */
    static final int NEAR = 25;

    private static final Pattern CLOCK = Pattern.compile("(?<![\\p{L}\\p{N}]|\\p{N}[:.])([01]?\\d|2[0-3]):([0-5]\\d)"
            + "(?![\\p{L}\\p{N}]|:\\p{N})(?:\\s*([ap])\\.?m\\.?(?!\\p{L}))?");
    private static final Pattern HOUR = Pattern.compile("(?<![\\p{L}\\p{N}:.])(1[0-2]|0?[1-9])\\s*([ap])\\.?m\\.?"
            + "(?!\\p{L})");
    /** What ends a sentence between a day and a time: they are then about different things. */
    private static final Pattern SENTENCE_END = Pattern.compile("[!?;\\n]|\\.\\s");

    private WrittenTimes() {
    }

    static List<TimeMention> find(String own) {
        List<TimeMention> found = new ArrayList<>();
        for (Matcher m = CLOCK.matcher(own); m.find(); ) {
            found.add(new TimeMention(clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)),
                    m.start(), m.end()));
        }
        for (Matcher m = HOUR.matcher(own); m.find(); ) {
            found.add(new TimeMention(clock(Integer.parseInt(m.group(1)), 0, m.group(2)), m.start(), m.end()));
        }
        return found;
    }

    /** The time written closest to {@code day}, in the same sentence and within {@link #NEAR} characters. */
    static Optional<LocalTime> nearest(DayMention day, List<TimeMention> times, String own) {
        TimeMention best = null;
        int bestGap = Integer.MAX_VALUE;
        for (TimeMention time : times) {
            int from = Math.min(day.end(), time.end());
            int to = Math.max(day.start(), time.start());
            int gap = Math.max(0, to - from);
            boolean sameSentence = to <= from || !SENTENCE_END.matcher(own.substring(from, to)).find();
            if (gap <= NEAR && sameSentence && gap < bestGap) {
                best = time;
                bestGap = gap;
            }
        }
        return Optional.ofNullable(best).map(TimeMention::time);
    }

    /** A 24-hour time; "12 am" is midnight, "12 pm" noon, and "15:00 pm" is just 15:00. */
    private static LocalTime clock(int hour, int minute, String halfDay) {
        int h = hour;
        if (halfDay != null && hour <= 12) {
            h = hour % 12 + (halfDay.equals("p") ? 12 : 0);
        }
        return LocalTime.of(h, minute);
    }
}
