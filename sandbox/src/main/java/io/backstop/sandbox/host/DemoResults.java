package io.backstop.sandbox.host;

import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.results.norms.OperationDay;
import io.backstop.app.results.sales.StoredOffer;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.upsell.Adjacency;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.upsell.Services;
import io.backstop.sandbox.demo.DemoAbsence;
import io.backstop.sandbox.demo.DemoAction;
import io.backstop.sandbox.demo.DemoClient;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import io.backstop.sandbox.demo.DemoService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The demo department's results, recorded through {@link ResultsDesk} as they would have been: the replayed
 * history's replies recorded their own operations as they ended each client's wait (the desk's reply listener);
 * here a job handed over for every resolution, plus the day's other work (calls, estimates, reports),
 * three months of invoices and payments with a large debtor 61-90 days overdue, offers with a campaign to call,
 * and two complaints (one open in the head's lane). Sidorova was hired two months ago and was given the quiet
 * accounts ({@link io.backstop.sandbox.demo.DemoTraffic#NEWCOMER_LOAD}); with no other work topping her up she is
 * visibly below even the newcomer band.
 */
final class DemoResults {

    /** Norm-hours per full day the other work tops a manager up to; sidorova gets none. */
    private static final Map<String, Double> DAY_TARGET = Map.of(DemoDepartment.IVANOVA, 7.8,
            DemoDepartment.PETROVA, 7.2, DemoDepartment.OPERATOR, 6.5);
    private static final List<String> FILLERS = List.of("incoming-call", "small-job-estimate", "job-handoff",
            "monthly-report-explanation", "ads-report-explanation");
    static final String CAMPAIGN = "direct-after-seo";

    private DemoResults() {
    }

    static void seed(ResultsDesk results, DemoHistory history, Instant now) {
        ZoneId zone = history.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Random random = new Random(history.seed() ^ 0x5E5017L);
        results.replaceSettings(settings(today));
        longHistory(results, history, today);
        operations(results, history, today);
        invoices(results, history, today, random);
        offers(results, history, now, random);
        complaints(results, history, now, random);
        dunning(results, history, now);
        callsOfTheCheapestClient(results, history, now);
    }

    private static ResultsSettings settings(LocalDate today) {
        ResultsSettings d = ResultsSettings.departmentDefault();
        return new ResultsSettings(withInstructions(d.catalog()), d.adjacency(), d.ramp(),
                Map.of(DemoDepartment.SIDOROVA, newcomerHired(today),
                        DemoDepartment.IVANOVA, LocalDate.of(2021, 3, 1), DemoDepartment.PETROVA, LocalDate.of(2023, 9, 4)),
                d.weights(), d.ladder(), d.largeClientKopecks(), d.cheapThreshold(),
                List.of(new Campaign(CAMPAIGN, Services.SEO, Services.DIRECT)), 300_000_00L, 60);
    }

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
    private static void longHistory(ResultsDesk results, DemoHistory history, LocalDate today) {
        ZoneId zone = history.zone();
        LocalDate end = history.start().atZone(zone).toLocalDate();
        LocalDate start = end.minusWeeks(HISTORY_WEEKS);
        WorkCalendar calendar = DemoDepartment.calendar(zone);
        var catalog = ResultsSettings.departmentDefault().catalog();
        long question = catalog.get("client-question").standardMinutes();
        LocalDate sidorovaHired = today.minusMonths(2).minusDays(3);
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
    private static void operations(ResultsDesk results, DemoHistory history, LocalDate today) {
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

    /** The day the demo's newcomer, sidorova, was hired. */
    static LocalDate newcomerHired(LocalDate today) {
        return today.minusMonths(2).minusDays(3);
    }

    /** Where a newcomer learns the commonest operations: the department wiki and answer-library entries. */
    private static NormCatalog withInstructions(NormCatalog catalog) {
        Map<String, String> instructions = Map.of(
                "client-question", "https://wiki.example.com/support/answering-questions",
                "monthly-report-explanation", "https://wiki.example.com/support/monthly-report",
                "small-job-estimate", "library:estimate-template",
                "incoming-call", "https://wiki.example.com/support/phone",
                "long-letter", "library:spec-questions");
        NormCatalog result = catalog;
        for (var op : catalog.operations()) {
            if (instructions.containsKey(op.code())) {
                result = result.with(op.withInstruction(instructions.get(op.code())));
            }
        }
        return result;
    }

    /**
     * Three months of monthly invoices (issued on the 1st, due on the 10th) for each client's first service,
     * mostly paid on time; a few recent ones unpaid; the largest client owes two months 61-90 days overdue.
     */
    private static void invoices(ResultsDesk results, DemoHistory history, LocalDate today, Random random) {
        DemoClient largest = history.clients().stream()
                .max(Comparator.comparingInt(DemoClient::monthlyRoubles)).orElseThrow();
        LocalDate bigDue = today.minusDays(75);
        for (int k = 0; k < 2; k++) {
            LocalDate due = bigDue.plusDays(k * 5L);
            Receivable big = new Receivable("DEMO-BIG-" + (k + 1), largest.name(), 380_000_00L, due.minusDays(10), due);
            results.debt().recordReceivable(big, Optional.of(largest.manager()), Optional.of(code(largest.services().get(0))));
        }
        for (int back = 3; back >= 0; back--) {
            LocalDate issued = today.minusMonths(back).withDayOfMonth(1);
            LocalDate due = issued.plusDays(9);
            for (int c = 0; c < history.clients().size(); c++) {
                DemoClient client = history.clients().get(c);
                if (client == largest && back < 3) {
                    continue;
                }
                for (DemoService service : client.services()) {
                    long amount = Math.max(500, client.monthlyRoubles() / client.services().size()) * 100L;
                    String ref = "DEMO-" + issued.getYear() + String.format("%02d", issued.getMonthValue()) + "-" + c
                            + "-" + service.ordinal();
                    results.debt().recordReceivable(new Receivable(ref, client.name(), amount, issued, due),
                            Optional.of(client.manager()), Optional.of(code(service)));
                    boolean late = random.nextDouble() < (back <= 1 ? 0.12 : 0.02);
                    LocalDate paidOn = due.minusDays(random.nextInt(8));
                    if (!late && !paidOn.isAfter(today)) {
                        results.debt().recordPayment(new Payment(ref, amount, paidOn.isBefore(issued) ? issued : paidOn));
                    }
                }
            }
        }
    }

    /**
     * Offers along the adjacency table: ivanova offers most and sells some, sidorova offers little; every other one
     * made this month, the rest last month.
     */
    private static void offers(ResultsDesk results, DemoHistory history, Instant now, Random random) {
        Map<String, int[]> plan = Map.of(DemoDepartment.IVANOVA, new int[] {9, 3},
                DemoDepartment.PETROVA, new int[] {6, 1}, DemoDepartment.SIDOROVA, new int[] {2, 0});
        var table = ResultsSettings.departmentDefault().adjacency();
        Map<String, List<DemoClient>> byManager = history.clients().stream()
                .collect(Collectors.groupingBy(DemoClient::manager));
        for (String manager : List.of(DemoDepartment.IVANOVA, DemoDepartment.PETROVA, DemoDepartment.SIDOROVA)) {
            List<DemoClient> clients = byManager.getOrDefault(manager, List.of());
            int[] counts = plan.get(manager);
            for (int i = 0; i < counts[0] && i < clients.size(); i++) {
                DemoClient client = clients.get((i * 7) % clients.size());
                Set<String> has = client.services().stream().map(DemoResults::code).collect(Collectors.toSet());
                String basis = code(client.services().get(0));
                Optional<Adjacency> next = table.from(basis).stream().filter(a -> !has.contains(a.to())).findFirst();
                if (next.isEmpty()) {
                    continue;
                }
                Instant at = i % 2 == 0 ? DemoMoments.thisMonth(history, now, random) : DemoMoments.lastMonth(history, now, random);
                StoredOffer offer = results.sales().recordOffer(new Offer("WEB-" + (1 + random.nextInt(
                        Math.max(1, history.nextIssueNumber() - 1))), client.name(), basis, next.get().to(),
                        OfferStatus.PRESENTED, 15_000_00L, manager, at));
                if (i < counts[1]) {
                    results.sales().answerOffer(offer.id(), OfferStatus.ACCEPTED);
                } else if (i % 2 == 1) {
                    results.sales().answerOffer(offer.id(), OfferStatus.DECLINED);
                }
            }
        }
    }

    /**
     * The operator flagged a complaint about petrova this morning (open, in the head's lane); one about ivanova,
     * flagged last month, the head closed the day after.
     */
    private static void complaints(ResultsDesk results, DemoHistory history, Instant now, Random random) {
        Map<String, DemoClient> firstOf = new HashMap<>();
        history.clients().forEach(c -> firstOf.putIfAbsent(c.manager(), c));
        List<String> issues = new ArrayList<>();
        history.actions().stream().filter(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE)
                .forEach(a -> issues.add(a.issue()));
        String issue = issues.isEmpty() ? "WEB-1" : issues.get(issues.size() / 2);
        results.complaints().flagComplaint(firstOf.get(DemoDepartment.PETROVA).name(), issue, Optional.empty(),
                DemoDepartment.PETROVA, DemoDepartment.OPERATOR, now.minus(Duration.ofMinutes(40)));
        Instant flagged = DemoMoments.lastMonth(history, now, random);
        Instant closed = flagged.plus(Duration.ofDays(1)).isBefore(now) ? flagged.plus(Duration.ofDays(1)) : now;
        StoredComplaint old = results.complaints().flagComplaint(firstOf.get(DemoDepartment.IVANOVA).name(),
                issues.isEmpty() ? "WEB-2" : issues.get(0), Optional.empty(), DemoDepartment.IVANOVA,
                DemoDepartment.OPERATOR, flagged);
        results.complaints().actOnComplaint(old.id(), DemoDepartment.HEAD, ComplaintAction.CLOSE, closed);
    }

    /**
     * The largest debtor's manager called two days ago (a soft step, taken) and asked yesterday to send a claim
     * letter, which the guard for large clients holds for the head.
     */
    private static void dunning(ResultsDesk results, DemoHistory history, Instant now) {
        DemoClient largest = history.clients().stream()
                .max(Comparator.comparingInt(DemoClient::monthlyRoubles)).orElseThrow();
        results.debt().takeDunningStep(largest.name(), DunningAction.CALL, largest.manager(), now.minus(Duration.ofDays(2)));
        results.debt().takeDunningStep(largest.name(), DunningAction.CLAIM_LETTER, largest.manager(),
                now.minus(Duration.ofDays(1)));
    }

    /**
     * The cheapest client phones their manager twice every working day, first thing (at 09:05 and 09:40): calls the
     * tracker never sees, recorded for the client, from the first of last month up to now. Their small order is a
     * cheap one that eats hours, last month and this one (held against the part of the fee its days are worth).
     * The operator takes the calls of a day the manager is away.
     */
    private static void callsOfTheCheapestClient(ResultsDesk results, DemoHistory history, Instant now) {
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

    static String code(DemoService service) {
        return switch (service) {
            case SITE_SUPPORT -> Services.SITE_SUPPORT;
            case SEO -> Services.SEO;
            case YANDEX_DIRECT -> Services.DIRECT;
            case DEVELOPMENT -> Services.DEVELOPMENT;
            case HOSTING -> Services.HOSTING;
        };
    }
}
