package io.backstop.core.holding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named by words, relative to the reply's day: today, tomorrow, the day after, a weekday, the end of this or
 * next week. A weekday is the next such day after today: on a Thursday "до четверга" is next week's Thursday,
 * since nobody promises "by today" by naming today's weekday.
 */
final class NamedDays {

    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private static final Pattern RELATIVE = words("послезавтра|day after tomorrow|завтра|завтрашн\\p{L}*|tomorrow"
            + "|сегодня|сегодняшн\\p{L}*|today|tonight|(?:до|к) конц[ау] (?:рабочего )?дня"
            + "|в течение (?:рабочего )?дня|(?:the )?end of (?:the )?(?:working |business )?day|eod|cob");
    private static final Pattern THIS_WEEK = words("(?:до|к) конц[ау] (?:этой )?недели|на этой неделе"
            + "|(?:the )?end of (?:the |this )?week|this week|eow");
    private static final Pattern NEXT_WEEK = words("на следующей неделе|(?:до|к) конц[ау] следующей недели"
            + "|(?:the )?end of next week|next week");

    /** Full names need no preposition; "среда" does, because "среда" is also an environment ("тестовая среда"). */
    private static final Map<DayOfWeek, Pattern> WEEKDAYS = new EnumMap<>(Map.of(
            DayOfWeek.MONDAY, words("понедельник(?:а|у|ом)?|monday"),
            DayOfWeek.TUESDAY, words("вторник(?:а|у|ом)?|tuesday"),
            DayOfWeek.WEDNESDAY, words("до среды|к среде|(?:во?|на) среду|перед средой|wednesday"),
            DayOfWeek.THURSDAY, words("четверг(?:а|у|ом)?|thursday"),
            DayOfWeek.FRIDAY, words("пятниц(?:а|ы|е|у|ей)|friday"),
            DayOfWeek.SATURDAY, words("суббот(?:а|ы|е|у|ой)|saturday"),
            DayOfWeek.SUNDAY, words("воскресень(?:е|я|ю|ем)|sunday")));

    /** Short names only after a preposition: a bare "ср" or "вс" is too often something else. */
    private static final Pattern SHORT_WEEKDAY = words("(?:до|к|во?|на|by|on|until|till|before) "
            + "(пн|вт|ср|чт|пт|сб|вс|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?");
    private static final List<String> SHORT_NAMES = List.of(
            "пн mon", "вт tue tues", "ср wed", "чт thu thur thurs", "пт fri", "сб sat", "вс sun");

    private NamedDays() {
    }

    /** Every day named in {@code own} (lower-case own words); {@code workingDay} finds the end of a week. */
    static List<DayMention> find(String own, LocalDate today, Predicate<LocalDate> workingDay) {
        List<DayMention> found = new ArrayList<>();
        for (Matcher m = RELATIVE.matcher(own); m.find(); ) {
            found.add(new DayMention(today.plusDays(daysAhead(m.group())), m.start(), m.end()));
        }
        for (Matcher m = THIS_WEEK.matcher(own); m.find(); ) {
            found.add(new DayMention(lastWorkingDayOfWeek(today, workingDay), m.start(), m.end()));
        }
        for (Matcher m = NEXT_WEEK.matcher(own); m.find(); ) {
            LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            found.add(new DayMention(lastWorkingDayOfWeek(monday, workingDay), m.start(), m.end()));
        }
        WEEKDAYS.forEach((weekday, pattern) -> {
            for (Matcher m = pattern.matcher(own); m.find(); ) {
                found.add(new DayMention(nextAfter(today, weekday), m.start(), m.end()));
            }
        });
        for (Matcher m = SHORT_WEEKDAY.matcher(own); m.find(); ) {
            found.add(new DayMention(nextAfter(today, shortName(m.group(1))), m.start(), m.end()));
        }
        return found;
    }

    private static int daysAhead(String words) {
        if (words.startsWith("послезавтра") || words.startsWith("day after")) {
            return 2;
        }
        return words.startsWith("завтра") || words.startsWith("tomorrow") ? 1 : 0;
    }

    private static LocalDate nextAfter(LocalDate today, DayOfWeek weekday) {
        return today.with(TemporalAdjusters.next(weekday));
    }

    /**
     * The last working day from {@code from} to the Sunday of its week. With none left (Saturday on a Mon-Fri
     * week) the Sunday itself: it has no working time, so the promise moves to the next working day.
     */
    private static LocalDate lastWorkingDayOfWeek(LocalDate from, Predicate<LocalDate> workingDay) {
        LocalDate sunday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate day = sunday; !day.isBefore(from); day = day.minusDays(1)) {
            if (workingDay.test(day)) {
                return day;
            }
        }
        return sunday;
    }

    private static DayOfWeek shortName(String name) {
        for (int i = 0; i < SHORT_NAMES.size(); i++) {
            if ((" " + SHORT_NAMES.get(i) + " ").contains(" " + name + " ")) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new IllegalStateException("not a short weekday: " + name); // the pattern admits only listed names
    }

    /** A pattern of whole words, any run of spaces between them. */
    static Pattern words(String alternatives) {
        return Pattern.compile(WORD_START + "(?:" + alternatives.replace(" ", "\\s+") + ")" + WORD_END);
    }
}
