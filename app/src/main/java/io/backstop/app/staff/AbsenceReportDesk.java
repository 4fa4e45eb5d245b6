package io.backstop.app.staff;

import io.backstop.app.results.common.ResultsConfig;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.EntityStore;
import io.backstop.core.absence.AbsenceFigures;
import io.backstop.core.absence.AbsenceReport;
import io.backstop.core.absence.ExpectedRate;
import io.backstop.core.absence.HandedIn;
import io.backstop.core.absence.MonthAbsence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The absence report: per person, the {@value #MONTHS} months up to a month, with sums over the last 3, 6 and 12.
 * Only approved absences count; the working time is the department calendar's.
 */
public final class AbsenceReportDesk {

    public static final int MONTHS = 12;
    /** The periods the report sums over, in months. */
    public static final List<Integer> PERIODS = List.of(3, 6, 12);

    private final SettingsService department;
    private final ResultsConfig results;
    private final AbsenceStore absences;

    public AbsenceReportDesk(SettingsService department, ResultsConfig results, EntityStore store) {
        this.department = department;
        this.results = results;
        this.absences = new AbsenceStore(store);
    }

    /** One person's months, oldest first, and their sums over the {@link #PERIODS} (by months). */
    public record PersonReport(String person, List<MonthAbsence> months, Map<Integer, AbsenceFigures> periods) {
    }

    /** The department's report up to {@code last}: everyone's, or one person's. */
    public record Report(YearMonth from, YearMonth to, List<PersonReport> people,
                         Map<Integer, AbsenceFigures> periods) {
    }

    public Report report(YearMonth last, Optional<String> person) {
        DepartmentSettings current = department.current();
        ResultsSettings settings = results.settings();
        ZoneId zone = current.calendar().zone();
        YearMonth first = last.minusMonths(MONTHS - 1);
        Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<String, List<HandedIn>> byPerson = new HashMap<>();
        for (StoredAbsence stored : absences.overlapping(from, to)) {
            byPerson.computeIfAbsent(stored.absence().person(), p -> new ArrayList<>()).add(stored.handedIn());
        }
        ExpectedRate rate = ExpectedRate.fromRamp(settings.ramp(), settings.hired());
        List<PersonReport> people = new ArrayList<>();
        List<List<MonthAbsence>> all = new ArrayList<>();
        for (Person p : current.people()) {
            if (p.role() == Role.DIRECTOR || person.isPresent() && !person.get().equals(p.name())) {
                continue; // the director is above the department: no part of its absences or lost hours
            }
            List<HandedIn> own = byPerson.getOrDefault(p.name(), List.of());
            List<MonthAbsence> months = new ArrayList<>(MONTHS);
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(AbsenceReport.month(current.calendar(), p.name(), m, own, rate));
            }
            all.add(months);
            people.add(new PersonReport(p.name(), List.copyOf(months), periods(months)));
        }
        Map<Integer, AbsenceFigures> total = new TreeMap<>();
        for (int n : PERIODS) {
            AbsenceFigures sum = AbsenceFigures.NONE;
            for (List<MonthAbsence> months : all) {
                sum = sum.plus(AbsenceReport.total(months.subList(months.size() - n, months.size())));
            }
            total.put(n, sum);
        }
        return new Report(first, last, List.copyOf(people), total);
    }

    private static Map<Integer, AbsenceFigures> periods(List<MonthAbsence> months) {
        Map<Integer, AbsenceFigures> sums = new TreeMap<>();
        for (int n : PERIODS) {
            sums.put(n, AbsenceReport.total(months.subList(months.size() - n, months.size())));
        }
        return sums;
    }
}
