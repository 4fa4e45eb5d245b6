package io.backstop.sandbox.demo.life;

import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.norms.OperationDay;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import io.backstop.sandbox.demo.DemoAbsence;
import io.backstop.sandbox.demo.DemoAction;
import io.backstop.sandbox.demo.DemoClient;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The demo department's work as the results keep it: {@value #HISTORY_WEEKS} weeks of each person's operations
 * before the replayed days (as imported from the agency's previous system), the replayed days topped up to each
 * person's usual day, and the cheapest client's calls that make their order a cheap one.
 */
final class DemoWork {

    private DemoWork() {
    }

    /** Norm-hours per full day the other work tops a manager up to; sidorova gets none. */
    private static final Map<String, Double> DAY_TARGET = Map.of(DemoDepartment.IVANOVA, 7.8,
            DemoDepartment.PETROVA, 7.2, DemoDepartment.OPERATOR, 6.5);
    private static final List<String> FILLERS = List.of("incoming-call", "small-job-estimate", "job-handoff",
            "monthly-report-explanation", "ads-report-explanation");

    /** Weeks of operation history before the replayed days: enough for the forecast's same-week-a-year-ago. */
    static final int HISTORY_WEEKS = 60;
    /** The department grew about this much over the last year, so the forecast's trend is about 1.1. */
    private static final double YEARLY_GROWTH = 0.10;

    /**
     * How busy an ISO week of the year is against an ordinary week: the pre-New-Year rush (budgets spent, sites
     * and ads updated before the holidays) in weeks 48-51, the New Year holidays in weeks 1-2, a quieter summer.
     */
    static double season(int isoWeek) {
        if (isoWeek >= 48 && isoWeek <= 51) {
            return 1.35;
        }
        if (isoWeek <= 2 || isoWeek >= 53) {
            return 0.6;
        }
        if (isoWeek >= 27 && isoWeek <= 33) {
            return 0.8;
        }
        return 1.0;
    }

    /**
     * {@link #HISTORY_WEEKS} weeks of each person's work per working day before the replayed days (as imported from
     * the agency's previous system): their usual day ({@link #DAY_TARGET}, a newcomer's 2.5 from her hiring) times
     * the week's {@link #season} and the growth, as client questions and one filler operation. Written in one bulk
     * import: about 1,900 rows.
     */
    static void longHistory(ResultsDesk results, DemoHistory history, LocalDate today) {
        ZoneId zone = history.zone();
        LocalDate end = history.start().atZone(zone).toLocalDate();
        LocalDate start = end.minusWeeks(HISTORY_WEEKS);
        WorkCalendar calendar = DemoDepartment.calendar(zone);
        var catalog = ResultsSettings.departmentDefault().catalog();
        long question = catalog.get("client-question").standardMinutes();
        LocalDate sidorovaHired = DemoDepartment.newcomerHired(today);
        Map<String, Double> usual = new TreeMap<>(DAY_TARGET);
        usual.put(DemoDepartment.SIDOROVA, 2.5);
        List<OperationDay> rows = new ArrayList<>();
        for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
            long scheduled = calendar.workingSpans(day).stream()
                    .mapToLong(s -> Duration.between(s.start(), s.end()).toMinutes()).sum();
            if (scheduled == 0) {
                continue;
            }
            double weeksAgo = ChronoUnit.DAYS.between(day, today) / 7.0;
            double level = season(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    * (1 - YEARLY_GROWTH * Math.min(weeksAgo, 52) / 52) * scheduled / (8 * 60.0);
            String filler = FILLERS.get(day.getDayOfYear() % FILLERS.size());
            long fillerMinutes = catalog.get(filler).standardMinutes();
            for (Map.Entry<String, Double> person : usual.entrySet()) {
                if (person.getKey().equals(DemoDepartment.SIDOROVA) && day.isBefore(sidorovaHired)) {
                    continue;
                }
                long minutes = Math.round(person.getValue() * 60 * level);
                long fillers = Math.max(1, minutes / 4 / fillerMinutes);
                long questions = Math.max(1, (minutes - fillers * fillerMinutes) / question);
                rows.add(new OperationDay(person.getKey(), day, "client-question", questions, 0));
                rows.add(new OperationDay(person.getKey(), day, filler, fillers, 0));
            }
        }
        results.norms().importHistory(rows);
    }

    /**
     * The replayed history's replies recorded their own operations through the desk (results setting
     * {@code replyOperations}); here a resolution hands the job over, then the day's other work tops each
     * experienced manager and the operator up to their usual day.
     */
    static void operations(ResultsDesk results, DemoHistory history, LocalDate today) {
        ZoneId zone = history.zone();
        Map<String, Map<LocalDate, Map<String, Integer>>> done = new TreeMap<>();
        for (DemoAction action : history.actions()) {
            if (action.kind() == DemoAction.Kind.RESOLVE) {
                done.computeIfAbsent(action.author(), p -> new TreeMap<>())
                        .computeIfAbsent(action.at().atZone(zone).toLocalDate(), d -> new TreeMap<>())
                        .merge("job-handoff", 1, Integer::sum);
            }
        }
        WorkCalendar calendar = DemoDepartment.calendar(zone);
        var catalog = ResultsSettings.departmentDefault().catalog();
        LocalDate first = history.start().atZone(zone).toLocalDate();
        if (!first.isBefore(today)) {
            return;
        }
        for (String person : List.of(DemoDepartment.HEAD, DemoDepartment.OPERATOR, DemoDepartment.IVANOVA, DemoDepartment.PETROVA,
                DemoDepartment.SIDOROVA)) {
            // What the replies already earned, day by day.
            Map<LocalDate, Long> replied = new TreeMap<>();
            results.norms().normHours(first, today.minusDays(1), Optional.of(person)).forEach(p -> p.days().forEach(
                    d -> replied.merge(d.day(), d.output().earnedMinutes(), Long::sum)));
            for (LocalDate d = first; d.isBefore(today); d = d.plusDays(1)) {
                LocalDate day = d;
                Map<String, Integer> ops = done.getOrDefault(person, Map.of()).getOrDefault(day, new TreeMap<>());
                long scheduled = calendar.workingSpans(day).stream()
                        .mapToLong(s -> Duration.between(s.start(), s.end()).toMinutes()).sum();
                if (scheduled == 0 || absent(history, person, day, zone)) {
                    ops.forEach((op, count) -> results.norms().recordOperation(person, day, op, count));
                    continue;
                }
                long earned = replied.getOrDefault(day, 0L) + ops.entrySet().stream()
                        .mapToLong(e -> (long) e.getValue() * catalog.get(e.getKey()).standardMinutes()).sum();
                long target = Math.round(DAY_TARGET.getOrDefault(person, 0.0) * scheduled / 8.0);
                Map<String, Integer> all = new TreeMap<>(ops);
                int i = day.getDayOfYear();
                while (earned < target) {
                    String filler = FILLERS.get(i++ % FILLERS.size());
                    all.merge(filler, 1, Integer::sum);
                    earned += catalog.get(filler).standardMinutes();
                }
                all.forEach((op, count) -> results.norms().recordOperation(person, day, op, count));
            }
        }
    }

    private static boolean absent(DemoHistory history, String person, LocalDate day, ZoneId zone) {
        Instant noon = day.atTime(12, 0).atZone(zone).toInstant();
        for (DemoAbsence a : history.absences()) {
            if (a.person().equals(person) && !a.from().isAfter(noon) && a.to().isAfter(noon)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cheapest client phones their manager twice every working day, first thing (at 09:05 and 09:40): calls the
     * tracker never sees, recorded for the client, from the first of last month up to now. Their small order is a
     * cheap one that eats hours, last month and this one (held against the part of the fee its days are worth).
     * The operator takes the calls of a day the manager is away.
     */
    static void callsOfTheCheapestClient(ResultsDesk results, DemoHistory history, Instant now) {
        ZoneId zone = history.zone();
        WorkCalendar calendar = DemoDepartment.calendar(zone);
        DemoClient cheapest = history.clients().stream()
                .min(Comparator.comparingInt(DemoClient::monthlyRoubles)).orElseThrow();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate day = today.minusMonths(1).withDayOfMonth(1); !day.isAfter(today); day = day.plusDays(1)) {
            List<WorkingSpan> spans = calendar.workingSpans(day);
            if (spans.isEmpty()) {
                continue;
            }
            Instant opening = spans.get(0).start();
            int calls = (int) CALLS_AFTER_OPENING.stream().filter(m -> opening.plus(m).isBefore(now)).count();
            String taker = absent(history, cheapest.manager(), day, zone) ? DemoDepartment.OPERATOR : cheapest.manager();
            if (calls > 0) {
                results.norms().recordOperation(taker, day, "incoming-call", calls, Optional.of(cheapest.name()));
            }
        }
    }

    private static final List<Duration> CALLS_AFTER_OPENING = List.of(Duration.ofMinutes(5), Duration.ofMinutes(40));
}
