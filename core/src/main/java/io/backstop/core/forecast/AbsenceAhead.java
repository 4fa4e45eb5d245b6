package io.backstop.core.forecast;

import io.backstop.core.absence.HandedIn;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.norms.PresentTime;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.Check;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The unplanned absence to expect in a future week, from the department's own history: each person's share of
 * scheduled working time lost to unplanned absence over the history, times the season's factor (the department's
 * share in that month of the year over its share in the whole history), times their planned present hours.
 * <p>
 * Unplanned: sick leave, and any other absence handed in less than {@value #NOTICE_HOURS} hours before it began
 * (time off asked for in the morning). Busy time is no absence. Recorded future absences are planned capacity
 * already; this is what the record cannot know yet.
 */
public final class AbsenceAhead {

    public static final long NOTICE_HOURS = 24;
    /** A month's share may raise or lower the person's rate by at most this factor (few people, few months). */
    public static final double MAX_SEASON = 3.0;

    private final Map<String, Double> rates;
    private final Map<Month, Double> season;

    private AbsenceAhead(Map<String, Double> rates, Map<Month, Double> season) {
        this.rates = rates;
        this.season = season;
    }

    /** Whether an absence was unplanned: sick leave, or handed in less than a day before it began. */
    public static boolean unplanned(HandedIn absence) {
        Absence a = absence.absence();
        if (!a.kind().isAbsence()) {
            return false;
        }
        return a.kind() == AbsenceKind.SICK || absence.recordedAt()
                .map(at -> at.isAfter(a.from().minus(Duration.ofHours(NOTICE_HOURS)))).orElse(false);
    }

    /**
     * Rates from the history {@code [from, to]}: the people's unplanned absences in it and their schedules.
     *
     * @param people the people whose capacity is planned
     */
    public static AbsenceAhead fromHistory(WorkCalendar schedule, Collection<String> people,
                                           Collection<HandedIn> absences, LocalDate from, LocalDate to) {
        Check.notNull(schedule, "schedule");
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        List<Absence> unplanned = Check.list(absences, "absences").stream().filter(AbsenceAhead::unplanned)
                .map(HandedIn::absence).toList();
        Map<String, Double> rates = new java.util.HashMap<>();
        Map<Month, long[]> byMonth = new EnumMap<>(Month.class); // {lost, scheduled} minutes
        long lostAll = 0;
        long scheduledAll = 0;
        for (String person : Check.list(List.copyOf(people), "people")) {
            if (to.isBefore(from)) {
                rates.put(person, 0.0);
                continue;
            }
            SortedMap<LocalDate, Duration> scheduled = PresentTime.fromSchedule(schedule, person, List.of(), from, to);
            SortedMap<LocalDate, Duration> present = PresentTime.fromSchedule(schedule, person, unplanned, from, to);
            long lost = 0;
            long total = 0;
            for (Map.Entry<LocalDate, Duration> day : scheduled.entrySet()) {
                long s = day.getValue().toMinutes();
                long l = s - present.getOrDefault(day.getKey(), Duration.ZERO).toMinutes();
                lost += l;
                total += s;
                long[] m = byMonth.computeIfAbsent(day.getKey().getMonth(), k -> new long[2]);
                m[0] += l;
                m[1] += s;
            }
            rates.put(person, total == 0 ? 0.0 : (double) lost / total);
            lostAll += lost;
            scheduledAll += total;
        }
        Map<Month, Double> season = new EnumMap<>(Month.class);
        double overall = scheduledAll == 0 ? 0 : (double) lostAll / scheduledAll;
        if (overall > 0) {
            byMonth.forEach((month, m) -> season.put(month,
                    Math.min(MAX_SEASON, m[1] == 0 ? 1 : (double) m[0] / m[1] / overall)));
        }
        return new AbsenceAhead(rates, season);
    }

    /** A person's share of scheduled time lost to unplanned absence over the history. */
    public double rate(String person) {
        return rates.getOrDefault(person, 0.0);
    }

    /** The season's factor for a day's month: 1 when the history does not hold that month. */
    public double season(LocalDate day) {
        return season.getOrDefault(day.getMonth(), 1.0);
    }

    /** Norm-hours of the person's planned week expected to be lost to unplanned absence. */
    public double expectedLoss(PersonWeek week) {
        return Math.min(1, rate(week.person()) * season(week.week().plusDays(3))) * week.capacity();
    }
}
