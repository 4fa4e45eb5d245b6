package io.backstop.app.forecast;

import io.backstop.app.results.norms.NormsDesk;

import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.core.forecast.CapacityPlan;
import io.backstop.core.forecast.Efficiency;
import io.backstop.core.forecast.LoadForecast;
import io.backstop.core.forecast.PersonWeek;
import io.backstop.core.forecast.WeekLoad;
import io.backstop.core.forecast.WeekPlan;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.Output;
import io.backstop.core.norms.Ramp;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The head's planning: the capacity forecast (expected work per week against the department's capacity) and
 * what-if replays of a recorded period. See {@code docs/forecast.md} for the model.
 */
public final class ForecastDesk {

    public static final int MAX_WEEKS = 26;
    /** How far back a person's pace is read. */
    public static final int EFFICIENCY_WEEKS = 8;
    /** The longest what-if period, in days. */
    public static final int MAX_WHAT_IF_DAYS = WhatIfDesk.MAX_DAYS;

    private final SettingsService department;
    private final NormsDesk norms;
    private final OperationStore operations;
    private final AbsenceStore absences;
    private final ClockEventStore events;
    private final ClockStore clocks;

    public ForecastDesk(SettingsService department, NormsDesk norms, EntityStore store) {
        this.department = department;
        this.norms = norms;
        this.operations = new OperationStore(store);
        this.absences = new AbsenceStore(store);
        this.events = new ClockEventStore(store);
        this.clocks = new ClockStore(store);
    }

    /** One person's part of the capacity: their pace and where it came from, and their present hours per week. */
    public record PersonCapacity(String person, Role role, double efficiency, boolean fromBand, List<PersonWeek> weeks) {
    }

    public record Forecast(LocalDate firstWeek, double trend, double operatorEfficiency, double managerEfficiency,
                           List<PersonCapacity> people, List<WeekPlan> weeks) {
    }

    /** The next {@code weeks} weeks, the current one first (history is the complete weeks before it). */
    public Forecast forecast(LocalDate today, int weeks) {
        Check.notNull(today, "today");
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw Check.invalid("weeks", "must be between 1 and " + MAX_WEEKS + ", got " + weeks);
        }
        DepartmentSettings current = department.current();
        LocalDate first = LoadForecast.weekOf(today);
        LoadForecast load = new LoadForecast(history(first, weeks), first);
        List<WeekLoad> expected = load.next(weeks);

        ResultsSettings settings = norms.settings();
        Ramp ramp = settings.ramp();
        Map<String, Output> recent = new HashMap<>();
        LocalDate paceFrom = first.minusWeeks(EFFICIENCY_WEEKS);
        norms.normHours(paceFrom, first.minusDays(1), Optional.empty())
                .forEach(p -> recent.put(p.person(), p.total()));
        ZoneId zone = current.calendar().zone();
        LocalDate last = first.plusWeeks(weeks);
        List<Absence> away = absences.overlapping(first.atStartOfDay(zone).toInstant(),
                last.atStartOfDay(zone).toInstant()).stream().map(StoredAbsence::absence).toList();
        List<PersonCapacity> people = new ArrayList<>();
        List<PersonWeek> all = new ArrayList<>();
        double operator = 0;
        List<Double> experienced = new ArrayList<>();
        for (Person p : current.people()) {
            if (p.role() != Role.MANAGER && p.role() != Role.OPERATOR) {
                continue; // the head's and the office manager's hours are not planned as client work
            }
            Optional<LocalDate> hired = settings.hiredOn(p.name());
            int month = hired.isEmpty() || today.isBefore(hired.get()) ? (hired.isEmpty() ? ramp.experiencedFromMonth() : 1)
                    : Ramp.monthOfService(hired.get(), today);
            Band band = ramp.bandFor(month);
            boolean newcomer = month < ramp.experiencedFromMonth();
            Output pace = recent.getOrDefault(p.name(), Output.NONE);
            double efficiency = Efficiency.of(pace, band, ramp.fullDay(), newcomer);
            boolean fromBand = Efficiency.fromBand(pace, newcomer);
            List<PersonWeek> own = new ArrayList<>();
            for (int i = 0; i < weeks; i++) {
                own.add(PersonWeek.of(current.calendar(), p.name(), away, first.plusWeeks(i), efficiency));
            }
            all.addAll(own);
            people.add(new PersonCapacity(p.name(), p.role(), efficiency, fromBand, own));
            if (p.role() == Role.OPERATOR) {
                operator = efficiency;
            } else if (!newcomer) {
                experienced.add(efficiency);
            }
        }
        double manager = experienced.isEmpty() ? Efficiency.fromBand(ramp.experienced(), ramp.fullDay())
                : median(experienced);
        if (operator == 0) {
            operator = manager;
        }
        List<WeekPlan> plans = CapacityPlan.plan(expected, CapacityPlan.capacityByWeek(all), operator, manager);
        return new Forecast(first, load.trend(), operator, manager, people, plans);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Weekly norm-hours done before {@code first}, read in two indexed ranges: the last weeks for the trend and the
     * same weeks a year before (for the trend and the seasonal base). Weeks between are not needed; the first
     * recorded week marks where the history starts, so empty weeks after it count as zero.
     */
    private SortedMap<LocalDate, Double> history(LocalDate first, int weeks) {
        TreeMap<LocalDate, Double> history = new TreeMap<>();
        Optional<LocalDate> start = operations.firstOperationDay();
        if (start.isEmpty() || !start.get().isBefore(first)) {
            return history;
        }
        LocalDate startWeek = LoadForecast.weekOf(start.get());
        history.put(startWeek, 0.0);
        LocalDate recentFrom = first.minusWeeks(LoadForecast.TREND_WEEKS);
        add(history, recentFrom, first.minusDays(1), first);
        LocalDate agoFrom = LoadForecast.yearBefore(recentFrom);
        LocalDate agoTo = LoadForecast.yearBefore(first.plusWeeks(weeks - 1)).plusDays(6);
        if (!agoTo.isBefore(startWeek)) {
            add(history, agoFrom, agoTo, first);
        }
        history.headMap(startWeek).clear();
        return history;
    }

    private void add(Map<LocalDate, Double> history, LocalDate from, LocalDate to, LocalDate first) {
        operations.normMinutesByDay(from, to).forEach((day, minutes) -> {
            LocalDate week = LoadForecast.weekOf(day);
            if (week.isBefore(first)) {
                history.merge(week, minutes / 60.0, Double::sum);
            }
        });
    }

    public ZoneId zone() {
        return department.current().calendar().zone();
    }

    // What-if: its own desk (WhatIfDesk); these stay for the callers of the forecast's desk

    public WhatIfDesk whatIfs() {
        return new WhatIfDesk(department, events, clocks, absences);
    }

    public Comparison whatIf(LocalDate from, LocalDate to, Change change, Instant now) {
        return whatIfs().whatIf(from, to, change, now);
    }
}
