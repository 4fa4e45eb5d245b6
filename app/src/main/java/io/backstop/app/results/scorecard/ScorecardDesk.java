package io.backstop.app.results.scorecard;

import io.backstop.app.promise.PromiseStore;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.sales.UpsellResults;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.core.debt.Payment;
import io.backstop.core.norms.Output;
import io.backstop.core.scorecard.MonthResults;
import io.backstop.core.scorecard.Score;
import io.backstop.core.scorecard.Scorecard;
import io.backstop.core.scorecard.Targets;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The monthly pay calculator, and the response figures per person whose on-time share is its timeliness: breaches
 * against whoever held the issue, promises against whoever made them (docs/sla.md, "For a department head").
 */
public final class ScorecardDesk {

    private final ResultsContext context;
    private final NormsDesk norms;
    private final ReceivableStore receivableStore;
    private final ComplaintStore complaintStore;
    private final UpsellResults upsells;
    private final SlaFigures figures;

    public ScorecardDesk(ResultsContext context, EntityStore store, NormsDesk norms) {
        this.context = context;
        this.norms = norms;
        this.receivableStore = new ReceivableStore(store);
        this.complaintStore = new ComplaintStore(store);
        this.upsells = new UpsellResults(context, store);
        this.figures = new SlaFigures(new ClockEventStore(store), new PromiseStore(store));
    }

    public ResultsSettings settings() {
        return context.settings();
    }

    public ZoneId zone() {
        return context.zone();
    }

    /** The pay calculator for a month: one score per manager and operator (or the one person asked). */
    public List<Score> scorecard(YearMonth month, Optional<String> person) {
        ResultsSettings settings = context.settings();
        DepartmentSettings current = context.current();
        ZoneId zone = current.calendar().zone();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<String> people = current.people().stream()
                .filter(p -> p.role() == Role.MANAGER || p.role() == Role.OPERATOR)
                .map(Person::name).filter(n -> person.map(n::equals).orElse(true)).toList();
        Map<String, NormsDesk.PersonOutput> output = norms.normHours(first, last, person).stream()
                .collect(Collectors.toMap(NormsDesk.PersonOutput::person, o -> o));
        List<Payment> payments = receivableStore.paymentsBetween(first, last);
        Map<String, Optional<String>> managerOf = new HashMap<>();
        receivableStore.receivables(payments.stream().map(Payment::receivable).toList())
                .forEach(r -> managerOf.put(r.receivable().id(), r.manager()));
        Map<String, Long> collected = new HashMap<>();
        for (Payment p : payments) {
            managerOf.getOrDefault(p.receivable(), Optional.empty())
                    .ifPresent(m -> collected.merge(m, p.amountKopecks(), Long::sum));
        }
        Map<String, PersonSla> timeliness = new HashMap<>();
        figures.report(current, start, end, end, person).people().forEach(p -> timeliness.put(p.person(), p));
        SortedMap<String, Long> complaints = ComplaintRules.countsByPerson(
                complaintStore.complaints(start, end).stream().map(StoredComplaint::complaint).toList(), start, end);
        // issue 17 (sales): points of the offers an invoice sold, not of those a manager called accepted
        SortedMap<String, Long> points = new TreeMap<>();
        upsells.of(start, end, person).byPerson().forEach((p, s) -> points.put(p, s.points()));
        Scorecard scorecard = new Scorecard(settings.weights());
        List<Score> scores = new ArrayList<>();
        for (String name : people) {
            NormsDesk.PersonOutput out = output.get(name);
            Output total = out == null ? Output.NONE : out.total();
            PersonSla sla = timeliness.getOrDefault(name, PersonSla.ofReplies(name, 0, 0));
            MonthResults monthResults = new MonthResults(name, month, total.earnedNormHours(),
                    collected.getOrDefault(name, 0L), sla.onTime(), sla.counted(),
                    Math.toIntExact(complaints.getOrDefault(name, 0L)), points.getOrDefault(name, 0L));
            int monthOfService = NormsDesk.monthOfService(settings.ramp(), settings.hiredOn(name), last);
            Targets targets = Targets.of(Targets.outputNormHours(settings.ramp(), monthOfService,
                    total.presentMinutes()), settings.collectTargetKopecks(), settings.upsellPointsTarget());
            scores.add(scorecard.score(monthResults, targets));
        }
        return scores;
    }

    /**
     * The response figures per person with {@code start <= at < end} ({@link PersonSla}): the managers and
     * operators (none yet: zero) and whoever else replied, held a breach, promised or took over a breached issue;
     * with the promises broken in the period and how often each was moved first. Rescues not answered yet are
     * measured to {@code now}.
     */
    public SlaReport sla(Instant start, Instant end, Instant now, Optional<String> person) {
        return figures.report(context.current(), start, end, now, person);
    }
}
