package io.backstop.core.calendar;

import io.backstop.core.validation.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the department writes them, in English and in Russian: {@code 8h}, {@code 1d 4h}, {@code 30m},
 * {@code 8 ч}, {@code 1 д 4 ч}, {@code 30 мин}, {@code 1.5h}, {@code 1,5 ч}; ISO-8601 ({@code PT8H}) as before.
 *
 * <p>A day is the department calendar's working day ({@link #of(WorkCalendar)}: the length most of its working
 * weekdays have, 8 hours for 09:00-13:00 and 14:00-18:00), so "respond within 1d" stays one working day when the
 * department's hours change. Where no calendar is at hand a day is {@link #WORKING_DAY}. Clock time (the watcher's
 * tick, the sandbox clock, the length of a full day itself) takes no days at all ({@link #CLOCK}): whether a day of
 * the clock is 24 hours or 8 would be a guess.
 *
 * <p>What is refused, with a reason: a number without a unit ("8": hours or minutes?), weeks and months (their
 * working length depends on the calendar), a bare Russian "м" (minutes or months?), a unit given twice, negative
 * amounts, and fractions that do not come out in whole seconds. ISO-8601 keeps its own meaning: {@code P1D} is 24
 * hours, as it always was.
 */
public final class HumanDuration {

    /** The length of "1d" in working time. */
    public static final Duration WORKING_DAY = Duration.ofHours(8);

    /** Working time: goals, promises, reminders; a day is {@link #WORKING_DAY}. */
    public static final HumanDuration WORKING = new HumanDuration(WORKING_DAY);

    /** Clock time: hours, minutes and seconds only. */
    public static final HumanDuration CLOCK = new HumanDuration(null);

    /**
     * Working time on this calendar: a day is the length most of its working weekdays have (the longest of those
     * when two lengths are as common).
     */
    public static HumanDuration of(WorkCalendar calendar) {
        Map<Duration, Integer> lengths = new HashMap<>();
        calendar.week().values().forEach(intervals -> {
            Duration length = intervals.stream().map(i -> Duration.ofSeconds(i.endSecond() - i.startSecond()))
                    .reduce(Duration.ZERO, Duration::plus);
            if (!length.isZero()) {
                lengths.merge(length, 1, Integer::sum);
            }
        });
        return lengths.entrySet().stream()
                .max(Map.Entry.<Duration, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(usual -> usual.getKey().equals(WORKING_DAY) ? WORKING : new HumanDuration(usual.getKey()))
                .orElse(WORKING);
    }

    /** The examples every error names. */
    public static final String EXAMPLES = "8h, 1d 4h or 30m";

    /** Whom a formatted duration is written for. */
    public enum Words {
        EN("d", "h", "m", "s", ""), RU("д", "ч", "мин", "с", " ");

        private final String[] units;
        private final String gap;

        Words(String day, String hour, String minute, String second, String gap) {
            this.units = new String[] {day, hour, minute, second};
            this.gap = gap;
        }

        /** {@code ru} (any case, any region) is Russian; anything else English. */
        public static Words of(String language) {
            return language != null && language.toLowerCase(Locale.ROOT).startsWith("ru") ? RU : EN;
        }
    }

    private enum Unit { DAY, HOUR, MINUTE, SECOND }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("d", Unit.DAY), Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY),
            Map.entry("д", Unit.DAY), Map.entry("дн", Unit.DAY), Map.entry("день", Unit.DAY),
            Map.entry("дня", Unit.DAY), Map.entry("дней", Unit.DAY),
            Map.entry("h", Unit.HOUR), Map.entry("hr", Unit.HOUR), Map.entry("hrs", Unit.HOUR),
            Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR), Map.entry("ч", Unit.HOUR),
            Map.entry("час", Unit.HOUR), Map.entry("часа", Unit.HOUR), Map.entry("часов", Unit.HOUR),
            Map.entry("m", Unit.MINUTE), Map.entry("min", Unit.MINUTE), Map.entry("mins", Unit.MINUTE),
            Map.entry("minute", Unit.MINUTE), Map.entry("minutes", Unit.MINUTE), Map.entry("мин", Unit.MINUTE),
            Map.entry("минута", Unit.MINUTE), Map.entry("минуты", Unit.MINUTE), Map.entry("минут", Unit.MINUTE),
            Map.entry("s", Unit.SECOND), Map.entry("sec", Unit.SECOND), Map.entry("secs", Unit.SECOND),
            Map.entry("second", Unit.SECOND), Map.entry("seconds", Unit.SECOND), Map.entry("с", Unit.SECOND),
            Map.entry("сек", Unit.SECOND), Map.entry("секунда", Unit.SECOND), Map.entry("секунды", Unit.SECOND),
            Map.entry("секунд", Unit.SECOND));

    /** Units a person may well mean but whose length would be a guess: each with why. */
    private static final String WEEKS = "error.duration.notTaken.weeks";
    private static final String MONTHS = "error.duration.notTaken.months";
    private static final String YEARS = "error.duration.notTaken.years";
    /** Units refused, each with the key saying why. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("w", WEEKS), Map.entry("wk", WEEKS), Map.entry("week", WEEKS),
            Map.entry("weeks", WEEKS), Map.entry("нед", WEEKS), Map.entry("неделя", WEEKS),
            Map.entry("недели", WEEKS), Map.entry("недель", WEEKS),
            Map.entry("mo", MONTHS), Map.entry("month", MONTHS), Map.entry("months", MONTHS),
            Map.entry("мес", MONTHS), Map.entry("месяц", MONTHS), Map.entry("месяца", MONTHS),
            Map.entry("месяцев", MONTHS), Map.entry("y", YEARS), Map.entry("year", YEARS),
            Map.entry("years", YEARS), Map.entry("г", YEARS), Map.entry("год", YEARS),
            Map.entry("лет", YEARS));

    /** One amount and its unit; amounts may be separated by spaces, commas or "and"/"и". */
    private static final Pattern PART = Pattern.compile(
            "\\G\\s*(?:(?:,|and|и)\\s+)?(\\d{1,15}(?:[.,]\\d{1,9})?)\\s*(\\p{L}+)\\.?\\s*",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final BigInteger LONGEST_SECONDS = BigInteger.valueOf(Long.MAX_VALUE);

    private final Duration day;

    /** @param day the length of "1d", or null where days are not taken */
    public HumanDuration(Duration day) {
        if (day != null && (day.isNegative() || day.isZero())) {
            throw new IllegalArgumentException("a day must be longer than zero: " + day);
        }
        this.day = day;
    }

    /**
     * The duration a person typed, or ISO-8601.
     *
     * @throws IllegalArgumentException naming the human form and what is wrong; the caller adds the field
     */
    public Duration parse(String typed) {
        String text = typed == null ? "" : typed.replace('\u00A0', ' ').strip();
        if (text.isEmpty()) {
            throw refused(typed, Problem.of("error.duration.empty"));
        }
        if (text.charAt(0) == 'P' || text.charAt(0) == 'p') {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw refused(typed, Problem.of("error.duration.notIso"));
            }
        }
        if (text.startsWith("-")) {
            throw refused(typed, Problem.of("error.duration.negative"));
        }
        if (NUMBER.matcher(text).matches()) {
            if (new BigDecimal(text.replace(',', '.')).signum() == 0) {
                return Duration.ZERO;
            }
            throw refused(typed, Problem.of("error.duration.whichUnit", text));
        }
        return parts(typed, text);
    }

    private Duration parts(String typed, String text) {
        Matcher m = PART.matcher(text);
        Set<Unit> seen = EnumSet.noneOf(Unit.class);
        BigDecimal seconds = BigDecimal.ZERO;
        int end = 0;
        while (end < text.length() && m.find() && m.start() == end) {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            Unit unit = unit(typed, word);
            if (!seen.add(unit)) {
                throw refused(typed, Problem.of(switch (unit) {
                    case DAY -> "error.duration.twice.DAY";
                    case HOUR -> "error.duration.twice.HOUR";
                    case MINUTE -> "error.duration.twice.MINUTE";
                    case SECOND -> "error.duration.twice.SECOND";
                }));
            }
            seconds = seconds.add(new BigDecimal(m.group(1).replace(',', '.')).multiply(secondsOf(unit)));
            end = m.end();
        }
        if (end < text.length() || seen.isEmpty()) {
            throw refused(typed, Problem.of("error.duration.unreadable", text.substring(end).strip()));
        }
        BigInteger whole;
        try {
            whole = seconds.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw refused(typed, Problem.of("error.duration.wholeSeconds"));
        }
        if (whole.compareTo(LONGEST_SECONDS) > 0) {
            throw refused(typed, Problem.of("error.duration.tooLong"));
        }
        return Duration.ofSeconds(whole.longValueExact());
    }

    private Unit unit(String typed, String word) {
        if ("м".equals(word)) {
            throw refused(typed, Problem.of("error.duration.ambiguousM"));
        }
        String why = REFUSED.get(word);
        if (why != null) {
            throw refused(typed, Problem.of(why));
        }
        Unit unit = UNITS.get(word);
        if (unit == null) {
            throw refused(typed, Problem.of("error.duration.unknownUnit", word));
        }
        if (unit == Unit.DAY && day == null) {
            throw refused(typed, Problem.of("error.duration.noDays"));
        }
        return unit;
    }

    private BigDecimal secondsOf(Unit unit) {
        return BigDecimal.valueOf(switch (unit) {
            case DAY -> day.getSeconds();
            case HOUR -> 3600;
            case MINUTE -> 60;
            case SECOND -> 1;
        });
    }

    /** The duration in English, as the settings document stores it: {@code 1d 4h 30m}, {@code 0m}. */
    public String format(Duration duration) {
        return format(duration, Words.EN);
    }

    /**
     * The duration in the given words, largest unit first, zero parts left out: {@code 1d 4h} or {@code 1 д 4 ч};
     * a negative duration or one with a fraction of a second (no person types those) in ISO-8601, still readable.
     */
    public String format(Duration duration, Words words) {
        if (duration.isNegative() || duration.getNano() != 0) {
            return duration.toString();
        }
        long rest = duration.getSeconds();
        long[] amounts = new long[4];
        if (day != null) {
            amounts[0] = rest / day.getSeconds();
            rest -= amounts[0] * day.getSeconds();
        }
        amounts[1] = rest / 3600;
        amounts[2] = rest % 3600 / 60;
        amounts[3] = rest % 60;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                text.append(text.length() == 0 ? "" : " ").append(amounts[i]).append(words.gap).append(words.units[i]);
            }
        }
        return text.length() == 0 ? "0" + words.gap + words.units[2] : text.toString();
    }

    private static Refused refused(String typed, Problem why) {
        return new Refused(Problem.of("error.duration.refused", typed == null ? "" : typed, why));
    }

    /** A duration that cannot be read: what was typed and why, as a {@link Problem} the caller puts on its field. */
    public static final class Refused extends IllegalArgumentException {

        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.english());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
