package io.backstop.core.holding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates written in a reply: "15.12", "15.12.2026", "15/12" (day first, as in Russia and in British
 * English; a Russian agency's clients never mean the 12th of the 15th month), "15 декабря", "15 December",
 * "December 15th, 2026". A date without a year is the nearer one, this year's or next: see {@link #date}.
 *
 * <p>The month of a numeric date has two digits, so "через 1.5 часа" is not the 1st of May; a written year is
 * taken only in this century's form ({@code 2026}; {@code 26} in a numeric date), so "15 декабря 1500 руб."
 * keeps no year.
 */
final class WrittenDates {

    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    private static final String YEAR = "((?:20)?\\d\\d)";
    private static final String FULL_YEAR = "(20\\d\\d)";

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\p{L}\\p{N}]|\\p{N}[./])(\\d{1,2})[./](\\d{2})"
            + "(?:[./]" + YEAR + ")?(?![\\p{L}\\p{N}]|[./]\\p{N})");

    private static final List<String> RUSSIAN_MONTHS = List.of("января|янв", "февраля|фев", "марта|мар",
            "апреля|апр", "мая", "июня|июн", "июля|июл", "августа|авг", "сентября|сент|сен", "октября|окт",
            "ноября|нояб|ноя", "декабря|дек");
    private static final List<String> ENGLISH_MONTHS = List.of("january|jan", "february|feb", "march|mar",
            "april|apr", "may", "june|jun", "july|jul", "august|aug", "september|sept?", "october|oct",
            "november|nov", "december|dec");

    /** "15 декабря", "15-го декабря 2026 г.", "15 дек." */
    private static final Pattern RUSSIAN = Pattern.compile(WORD_START + "(\\d{1,2})(?:-?(?:го|е|ое))?\\s*"
            + "(" + String.join("|", RUSSIAN_MONTHS) + ")" + WORD_END + "\\.?(?:\\s*" + FULL_YEAR + WORD_END
            + ")?");
    /** "15 December", "15th of Dec". */
    private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile(WORD_START + "(\\d{1,2})(?:st|nd|rd|th)?\\s*"
            + "(?:of\\s+)?(" + String.join("|", ENGLISH_MONTHS) + ")" + WORD_END + "\\.?(?:,?\\s*" + FULL_YEAR
            + WORD_END + ")?");
    /** "December 15", "Dec 15th, 2026". */
    private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile(WORD_START + "("
            + String.join("|", ENGLISH_MONTHS) + ")\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?" + WORD_END
            + "(?:,?\\s*" + FULL_YEAR + WORD_END + ")?");

    private WrittenDates() {
    }

    /** Every valid date written in {@code own} (lower-case own words); "31.02" and the like are not dates. */
    static List<DayMention> find(String own, LocalDate today) {
        List<DayMention> found = new ArrayList<>();
        for (Matcher m = NUMERIC.matcher(own); m.find(); ) {
            add(found, m, m.group(1), Integer.parseInt(m.group(2)), m.group(3), today);
        }
        for (Matcher m = RUSSIAN.matcher(own); m.find(); ) {
            add(found, m, m.group(1), month(RUSSIAN_MONTHS, m.group(2)), m.group(3), today);
        }
        for (Matcher m = ENGLISH_DAY_FIRST.matcher(own); m.find(); ) {
            add(found, m, m.group(1), month(ENGLISH_MONTHS, m.group(2)), m.group(3), today);
        }
        for (Matcher m = ENGLISH_MONTH_FIRST.matcher(own); m.find(); ) {
            add(found, m, m.group(2), month(ENGLISH_MONTHS, m.group(1)), m.group(3), today);
        }
        return found;
    }

    private static void add(List<DayMention> found, Matcher m, String day, int month, String year, LocalDate today) {
        date(Integer.parseInt(day), month, year, today)
                .ifPresent(date -> found.add(new DayMention(date, m.start(), m.end())));
    }

    /**
     * The date. Without a year, the one of this year or next that is nearer the reply's day: "11.01" written on
     * 28 December is next January's, while "28.10" written on 2 November is last week's (a past date promises
     * nothing; read as next October it would hold the manager to nothing for a year).
     */
    static Optional<LocalDate> date(int day, int month, String year, LocalDate today) {
        if (year != null) {
            int full = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
            return valid(full, month, day);
        }
        Optional<LocalDate> thisYear = valid(today.getYear(), month, day);
        Optional<LocalDate> nextYear = valid(today.getYear() + 1, month, day);
        if (thisYear.isEmpty() || nextYear.isEmpty()) { // 29.02: the year that has it
            return thisYear.isPresent() ? thisYear : nextYear;
        }
        boolean thisYearNearer = !thisYear.get().isBefore(today)
                || ChronoUnit.DAYS.between(thisYear.get(), today) <= ChronoUnit.DAYS.between(today, nextYear.get());
        return thisYearNearer ? thisYear : nextYear;
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The month (1-12) whose alternatives match {@code word}. */
    private static int month(List<String> months, String word) {
        for (int i = 0; i < months.size(); i++) {
            if (word.matches(months.get(i))) {
                return i + 1;
            }
        }
        throw new IllegalStateException("not a month: " + word); // the patterns admit only listed months
    }
}
