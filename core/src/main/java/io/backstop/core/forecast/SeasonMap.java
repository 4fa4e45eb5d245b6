package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Last year's demand mapped onto this year by working days and named holiday periods, not by ISO week numbers.
 * <ul>
 *   <li>A <b>holiday period</b> is a run of days without working time that holds at least one of the calendar's
 *   holidays (New Year, the May holidays, the department's own). Its counterpart last year is the period holding a
 *   holiday within {@value #MATCH_DAYS} days of one of its holidays a year earlier.</li>
 *   <li>The <b>load to serve</b> on a working day is what arrived that day plus what arrived on the days without
 *   working time just before it (a holiday's letters are answered on the first working day after it).</li>
 *   <li>A working day {@code d} takes the load of its <b>source</b> day: the k-th working day after the latest
 *   matched period's start last year, where {@code d} is the k-th working day after that period's start this year.
 *   Without a matched period in the year before {@code d}, the source is the same weekday 52 weeks earlier.</li>
 *   <li>A day without working time has no load to serve: its letters are served on the working days after it, as
 *   they were last year.</li>
 * </ul>
 */
public final class SeasonMap {

    /** How far a holiday may move between years and still be the same named period. */
    public static final int MATCH_DAYS = 7;
    /** The longest run of days off looked at (New Year with its weekends is 10-12). */
    private static final int LONGEST_RUN = 31;

    /** The name a holiday period goes by: New Year (1-8 January), the May holidays (1-11 May), the department's own. */
    public enum Period { NEW_YEAR, MAY, OWN }

    private final Predicate<LocalDate> working;
    private final NavigableSet<LocalDate> holidays;

    /**
     * @param working  whether a day has working time in the department's calendar
     * @param holidays the calendar's holidays (days off outside the weekly schedule)
     */
    public SeasonMap(Predicate<LocalDate> working, SortedSet<LocalDate> holidays) {
        this.working = Check.notNull(working, "working");
        this.holidays = new TreeSet<>(Check.notNull(holidays, "holidays"));
    }

    public boolean working(LocalDate day) {
        return working.test(day);
    }

    /** The working days of the week starting on {@code monday}. */
    public int workingDays(LocalDate monday) {
        int n = 0;
        for (int i = 0; i < 7; i++) {
            n += working(monday.plusDays(i)) ? 1 : 0;
        }
        return n;
    }

    /** Last year's day whose load to serve this working day takes; empty for a day without working time. */
    public Optional<LocalDate> source(LocalDate day) {
        Check.notNull(day, "day");
        if (!working(day)) {
            return Optional.empty();
        }
        int k = 0;
        for (LocalDate d = day; d.isAfter(day.minusDays(366)); d = d.minusDays(1)) {
            if (working(d)) {
                k++;
                continue;
            }
            if (working(d.minusDays(1))) {
                Optional<LocalDate> before = counterpart(d);
                if (before.isPresent()) {
                    return Optional.of(nthWorkingDayAfter(before.get(), k));
                }
            }
        }
        return Optional.of(day.minusWeeks(52));
    }

    /** The load to serve on a working day: that day's arrivals and those of the days off just before it. */
    public static double loadToServe(LocalDate day, Map<LocalDate, Double> arrivals, Predicate<LocalDate> working) {
        double sum = arrivals.getOrDefault(day, 0.0);
        LocalDate d = day.minusDays(1);
        for (int i = 0; i < LONGEST_RUN && !working.test(d); i++, d = d.minusDays(1)) {
            sum += arrivals.getOrDefault(d, 0.0);
        }
        return sum;
    }

    /** The earliest day the load of the week starting on {@code monday} is read from (its days off included). */
    public Optional<LocalDate> earliestSource(LocalDate monday) {
        Optional<LocalDate> first = Optional.empty();
        for (int i = 0; i < 7; i++) {
            Optional<LocalDate> s = source(monday.plusDays(i));
            if (s.isPresent() && (first.isEmpty() || s.get().isBefore(first.get()))) {
                first = s;
            }
        }
        return first.map(s -> {
            LocalDate d = s.minusDays(1);
            for (int i = 0; i < LONGEST_RUN && !working(d); i++) {
                d = d.minusDays(1);
            }
            return d.plusDays(1);
        });
    }

    /** What came to be served in the week starting on {@code monday}: each working day's load to serve. */
    public double toServe(LocalDate monday, Map<LocalDate, Double> arrivals) {
        double sum = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            if (working(day)) {
                sum += loadToServe(day, arrivals, working);
            }
        }
        return sum;
    }

    /** Last year's load mapped onto the week starting on {@code monday}. */
    public double weekLoad(LocalDate monday, Map<LocalDate, Double> arrivals) {
        double sum = 0;
        for (int i = 0; i < 7; i++) {
            Optional<LocalDate> s = source(monday.plusDays(i));
            if (s.isPresent()) {
                sum += loadToServe(s.get(), arrivals, working);
            }
        }
        return sum;
    }

    /** The named holiday period a week holds, if any (the first one). */
    public Optional<Period> periodIn(LocalDate monday) {
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            if (!working(d)) {
                Optional<Period> p = periodOf(runStart(d));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** The same period last year: its first day, when {@code start} begins a holiday period that has one. */
    private Optional<LocalDate> counterpart(LocalDate start) {
        for (LocalDate h : holidaysOfRun(start)) {
            LocalDate ago = h.minusYears(1);
            for (LocalDate other : holidays.subSet(ago.minusDays(MATCH_DAYS), true, ago.plusDays(MATCH_DAYS), true)) {
                if (!working(other)) {
                    return Optional.of(runStart(other));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Period> periodOf(LocalDate start) {
        TreeSet<LocalDate> own = holidaysOfRun(start);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        for (LocalDate h : own) {
            if (h.getMonthValue() == 1 && h.getDayOfMonth() <= 8) {
                return Optional.of(Period.NEW_YEAR);
            }
            if (h.getMonthValue() == 5 && h.getDayOfMonth() <= 11) {
                return Optional.of(Period.MAY);
            }
        }
        return Optional.of(Period.OWN);
    }

    private TreeSet<LocalDate> holidaysOfRun(LocalDate start) {
        TreeSet<LocalDate> own = new TreeSet<>();
        LocalDate d = start;
        for (int i = 0; i < LONGEST_RUN && !working(d); i++, d = d.plusDays(1)) {
            if (holidays.contains(d)) {
                own.add(d);
            }
        }
        return own;
    }

    private LocalDate runStart(LocalDate offDay) {
        LocalDate d = offDay;
        for (int i = 0; i < LONGEST_RUN && !working(d.minusDays(1)); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    private LocalDate nthWorkingDayAfter(LocalDate start, int k) {
        LocalDate d = start;
        int seen = 0;
        for (int i = 0; i < 400; i++, d = d.plusDays(1)) {
            if (working(d) && ++seen == k) {
                return d;
            }
        }
        return d;
    }
}
