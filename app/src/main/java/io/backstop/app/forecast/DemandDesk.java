package io.backstop.app.forecast;

import io.backstop.app.response.ClockEventStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.app.store.EntityStore;
import io.backstop.core.absence.HandedIn;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.forecast.AbsenceAhead;
import io.backstop.core.forecast.Backtest;
import io.backstop.core.forecast.CapacityPlan;
import io.backstop.core.forecast.Efficiency;
import io.backstop.core.forecast.LoadForecast;
import io.backstop.core.forecast.PersonWeek;
import io.backstop.core.forecast.Promotion;
import io.backstop.core.forecast.Promotions;
import io.backstop.core.forecast.SeasonMap;
import io.backstop.core.forecast.WeekLoad;
import io.backstop.core.forecast.WeekPlan;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.Output;
import io.backstop.core.norms.Ramp;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The head's weeks ahead: the demand expected to arrive (last year's mapped onto this year's calendar, by the
 * trend), the backlog carried over, the department's capacity, and the gap; and how much was left unserved in the
 * last weeks. See {@code docs/forecast.md} for the model.
 */
public final class DemandDesk {

    public static final int MAX_WEEKS = 26;
    /** How far back a person's pace is read. */
    public static final int EFFICIENCY_WEEKS = 8;
    /** How many past weeks show what arrived against what was done. */
    public static final int PAST_WEEKS = LoadForecast.TREND_WEEKS;

    private final SettingsService department;
    private final NormsDesk norms;
    private final AbsenceStore absences;
    private final DemandHistory demand;
    private final PromotionStore promotions;

    public DemandDesk(SettingsService department, NormsDesk norms, EntityStore store) {
        this.department = department;
        this.norms = norms;
        this.absences = new AbsenceStore(store);
        this.demand = new DemandHistory(new ClockEventStore(store), new ClockStore(store), new OperationStore(store));
        this.promotions = new PromotionStore(store);
    }

    /** The head's promotions, which the forecast adds to the season's demand. */
    public PromotionStore promotions() {
        return promotions;
    }

    /** One person's part of the capacity: their pace and where it came from, and their present hours per week. */
    public record PersonCapacity(String person, Role role, double efficiency, boolean fromBand, List<PersonWeek> weeks,
                                 double unplannedRate) {
    }

    /** A past week: what arrived, what was done, and what of it was left unserved. */
    public record PastWeek(LocalDate week, double demand, double done) {
        public double unserved() {
            return Math.max(0, demand - done);
        }
    }

    public record Forecast(LocalDate firstWeek, double trend, double operatorEfficiency, double managerEfficiency,
                           int backlogMessages, double backlog, List<PersonCapacity> people, List<WeekPlan> weeks,
                           List<PastWeek> past, List<Promotion> promotions) {
    }

    /** The next {@code weeks} weeks, the current one first (history is the complete days before it). */
    public Forecast forecast(LocalDate today, int weeks) {
        Check.notNull(today, "today");
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw Check.invalid("weeks", Problem.of("error.input.between1To", MAX_WEEKS, weeks));
        }
        DepartmentSettings current = department.current();
        WorkCalendar calendar = current.calendar();
        ZoneId zone = calendar.zone();
        SeasonMap season = new SeasonMap(day -> !calendar.workingSpans(day).isEmpty(), calendar.holidays());
        ResultsSettings settings = norms.settings();
        Set<String> staff = new HashSet<>();
        current.people().forEach(p -> staff.add(p.name()));
        LocalDate first = LoadForecast.weekOf(today);
        SortedMap<LocalDate, Double> history = history(first, weeks, zone, settings, staff);
        LoadForecast load = new LoadForecast(history, first, season);
        List<WeekLoad> expected = load.next(weeks);
        DemandHistory.Backlog backlog = demand.backlog(staff, settings);

        Optional<LocalDate> start = demand.firstDay(zone);
        AbsenceAhead ahead = absenceAhead(current, start.orElse(first), first);
        Capacity capacity = capacity(current, settings, today, first, weeks, ahead);
        Map<LocalDate, Double> unplanned = new TreeMap<>();
        capacity.all.forEach(w -> unplanned.merge(w.week(), ahead.expectedLoss(w), Double::sum));
        List<Promotion> planned = promotions.all();
        Map<LocalDate, Double> extra = Promotions.extra(planned, expected, season,
                DemandHistory.replyHours(settings, null));
        List<WeekPlan> plans = CapacityPlan.plan(expected, extra, backlog.normHours(),
                CapacityPlan.capacityByWeek(capacity.all), unplanned, capacity.operator, capacity.manager);
        return new Forecast(first, load.trend(), capacity.operator, capacity.manager, backlog.messages(),
                backlog.normHours(), capacity.people, plans, past(first, load), planned);
    }

    /** At most this many past weeks in one backtest. */
    public static final int MAX_BACKTEST_WEEKS = 52;

    /**
     * The forecast tried on the {@code weeks} weeks before the current one ({@link Backtest}), from the whole demand
     * history: the forecast's own error beside the two naive baselines'.
     */
    public Backtest backtest(LocalDate today, int weeks) {
        Check.notNull(today, "today");
        if (weeks < 1 || weeks > MAX_BACKTEST_WEEKS) {
            throw Check.invalid("weeks", Problem.of("error.input.between1To", MAX_BACKTEST_WEEKS, weeks));
        }
        DepartmentSettings current = department.current();
        WorkCalendar calendar = current.calendar();
        ZoneId zone = calendar.zone();
        SeasonMap season = new SeasonMap(day -> !calendar.workingSpans(day).isEmpty(), calendar.holidays());
        Set<String> staff = new HashSet<>();
        current.people().forEach(p -> staff.add(p.name()));
        LocalDate first = LoadForecast.weekOf(today);
        TreeMap<LocalDate, Double> history = new TreeMap<>();
        demand.firstDay(zone).filter(start -> start.isBefore(first)).ifPresent(start -> {
            history.put(start, 0.0);
            history.putAll(demand.arrived(start, first.minusDays(1), zone, norms.settings(), staff));
        });
        return Backtest.of(history, season, first.minusWeeks(weeks), first);
    }

    private List<PastWeek> past(LocalDate first, LoadForecast load) {
        LocalDate from = first.minusWeeks(PAST_WEEKS);
        SortedMap<LocalDate, Double> done = demand.done(from, first.minusDays(1));
        List<PastWeek> past = new ArrayList<>();
        for (LocalDate week = from; week.isBefore(first); week = week.plusWeeks(1)) {
            double sum = done.subMap(week, week.plusDays(7)).values().stream().mapToDouble(Double::doubleValue).sum();
            past.add(new PastWeek(week, load.actual(week), sum));
        }
        return past;
    }

    private record Capacity(List<PersonCapacity> people, List<PersonWeek> all, double operator, double manager) {
    }

    /**
     * The department's unplanned absence rates from its own history: the last year, or since the history starts,
     * up to the day before the first forecast week.
     */
    private AbsenceAhead absenceAhead(DepartmentSettings current, LocalDate start, LocalDate first) {
        LocalDate from = start.isAfter(first.minusYears(1)) ? start : first.minusYears(1);
        ZoneId zone = current.calendar().zone();
        List<String> planned = current.people().stream()
                .filter(p -> p.role() == Role.MANAGER || p.role() == Role.OPERATOR).map(Person::name).toList();
        List<HandedIn> history = absences.overlapping(from.atStartOfDay(zone).toInstant(),
                first.atStartOfDay(zone).toInstant()).stream().map(StoredAbsence::handedIn).toList();
        return AbsenceAhead.fromHistory(current.calendar(), planned, history, from, first.minusDays(1));
    }

    private Capacity capacity(DepartmentSettings current, ResultsSettings settings, LocalDate today, LocalDate first,
                              int weeks, AbsenceAhead ahead) {
        Ramp ramp = settings.ramp();
        Map<String, Output> recent = new HashMap<>();
        norms.normHours(first.minusWeeks(EFFICIENCY_WEEKS), first.minusDays(1), Optional.empty())
                .forEach(p -> recent.put(p.person(), p.total()));
        ZoneId zone = current.calendar().zone();
        List<Absence> away = absences.overlapping(first.atStartOfDay(zone).toInstant(),
                first.plusWeeks(weeks).atStartOfDay(zone).toInstant()).stream().map(StoredAbsence::absence).toList();
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
            List<PersonWeek> own = new ArrayList<>();
            for (int i = 0; i < weeks; i++) {
                own.add(PersonWeek.of(current.calendar(), p.name(), away, first.plusWeeks(i), efficiency));
            }
            all.addAll(own);
            people.add(new PersonCapacity(p.name(), p.role(), efficiency, Efficiency.fromBand(pace, newcomer), own,
                    ahead.rate(p.name())));
            if (p.role() == Role.OPERATOR) {
                operator = efficiency;
            } else if (!newcomer) {
                experienced.add(efficiency);
            }
        }
        double manager = experienced.isEmpty() ? Efficiency.fromBand(ramp.experienced(), ramp.fullDay())
                : median(experienced);
        return new Capacity(people, all, operator == 0 ? manager : operator, manager);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Demand per day before {@code first}, read in two ranges: the last weeks (the trend, the recent level, the
     * past weeks shown) and last year around the forecast weeks (their mapped sources and the trend's). Days between
     * are not needed; the first recorded day marks where the history starts, so empty days after it count as zero.
     */
    private SortedMap<LocalDate, Double> history(LocalDate first, int weeks, ZoneId zone, ResultsSettings settings,
                                                 Set<String> staff) {
        TreeMap<LocalDate, Double> history = new TreeMap<>();
        Optional<LocalDate> start = demand.firstDay(zone);
        if (start.isEmpty() || !start.get().isBefore(first)) {
            return history;
        }
        history.put(start.get(), 0.0);
        LocalDate last = first.minusDays(1);
        history.putAll(demand.arrived(first.minusWeeks(LoadForecast.TREND_WEEKS), last, zone, settings, staff));
        // last year, with room for the mapping's drift and the days off carried into a week
        LocalDate agoFrom = first.minusWeeks(52 + LoadForecast.TREND_WEEKS + 6);
        LocalDate agoTo = first.plusWeeks(weeks).minusWeeks(52).plusWeeks(6);
        if (!agoTo.isBefore(start.get())) {
            LocalDate to = agoTo.isBefore(first.minusWeeks(LoadForecast.TREND_WEEKS))
                    ? agoTo : first.minusWeeks(LoadForecast.TREND_WEEKS).minusDays(1);
            history.putAll(demand.arrived(agoFrom, to, zone, settings, staff));
        }
        history.headMap(start.get()).clear();
        return history;
    }
}
