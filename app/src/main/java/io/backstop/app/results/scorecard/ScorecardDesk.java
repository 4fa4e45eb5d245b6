package io.backstop.app.results.scorecard;

import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.sales.OfferStore;
import io.backstop.app.results.sales.StoredOffer;
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
import io.backstop.core.upsell.Upsells;
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

/** The monthly pay calculator, and the replies on time per person it counts. */
public final class ScorecardDesk {

    private final ResultsContext context;
    private final NormsDesk norms;
    private final ReceivableStore receivableStore;
    private final ComplaintStore complaintStore;
    private final OfferStore offerStore;
    private final ClockEventStore events;

    public ScorecardDesk(ResultsContext context, EntityStore store, NormsDesk norms) {
        this.context = context;
        this.norms = norms;
        this.receivableStore = new ReceivableStore(store);
        this.complaintStore = new ComplaintStore(store);
        this.offerStore = new OfferStore(store);
        this.events = new ClockEventStore(store);
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
        Map<String, int[]> replies = new HashMap<>();
        for (ClockEvent e : events.ofKind(ClockEventKind.STAFF_REPLY, start, end)) {
            if (e.actor() != null) {
                int[] r = replies.computeIfAbsent(e.actor(), a -> new int[2]);
                r[1]++;
                if (Boolean.TRUE.equals(e.onTime())) {
                    r[0]++;
                }
            }
        }
        SortedMap<String, Long> complaints = ComplaintRules.countsByPerson(
                complaintStore.complaints(start, end).stream().map(StoredComplaint::complaint).toList(), start, end);
        SortedMap<String, Long> points = Upsells.pointsByPerson(settings.adjacency(),
                offerStore.offers(start, end, person).stream().map(StoredOffer::offer).toList());
        Scorecard scorecard = new Scorecard(settings.weights());
        List<Score> scores = new ArrayList<>();
        for (String name : people) {
            NormsDesk.PersonOutput out = output.get(name);
            Output total = out == null ? Output.NONE : out.total();
            int[] r = replies.getOrDefault(name, new int[2]);
            MonthResults monthResults = new MonthResults(name, month, total.earnedNormHours(),
                    collected.getOrDefault(name, 0L), r[0], r[1], Math.toIntExact(complaints.getOrDefault(name, 0L)),
                    points.getOrDefault(name, 0L));
            int monthOfService = NormsDesk.monthOfService(settings.ramp(), settings.hiredOn(name), last);
            Targets targets = Targets.of(Targets.outputNormHours(settings.ramp(), monthOfService,
                    total.presentMinutes()), settings.collectTargetKopecks(), settings.upsellPointsTarget());
            scores.add(scorecard.score(monthResults, targets));
        }
        return scores;
    }

    /** One person's replies in a period: how many, how many within the response goal, how many late (breached). */
    public record PersonSla(String person, int replies, int onTime) {

        public int breaches() {
            return replies - onTime;
        }
    }

    /**
     * Staff replies with {@code start <= repliedAt < end} per person: the managers and operators (none yet: zero)
     * and whoever else replied, by name. A reply after its goal is a breach of that person's.
     */
    public List<PersonSla> sla(Instant start, Instant end, Optional<String> person) {
        SortedMap<String, int[]> replies = new TreeMap<>();
        context.current().people().stream()
                .filter(p -> p.role() == Role.MANAGER || p.role() == Role.OPERATOR)
                .map(Person::name).filter(n -> person.map(n::equals).orElse(true))
                .forEach(n -> replies.put(n, new int[2]));
        for (ClockEvent e : events.ofKind(ClockEventKind.STAFF_REPLY, start, end)) {
            if (e.actor() != null && person.map(e.actor()::equals).orElse(true)) {
                int[] r = replies.computeIfAbsent(e.actor(), a -> new int[2]);
                r[1]++;
                if (Boolean.TRUE.equals(e.onTime())) {
                    r[0]++;
                }
            }
        }
        List<PersonSla> result = new ArrayList<>();
        replies.forEach((name, r) -> result.add(new PersonSla(name, r[1], r[0])));
        return result;
    }
}
