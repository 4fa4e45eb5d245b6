package io.backstop.app.results.scorecard;

import io.backstop.app.promise.PromiseStore;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.results.debt.DunningStore;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.sales.UpsellResults;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.core.hotspot.MonthToDate;
import io.backstop.core.norms.Output;
import io.backstop.core.scorecard.Department;
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
 * The monthly pay calculator (issue 17: weights per role, the head's department scorecard, targets prorated for a
 * month in progress, receivables as overdue money collected), and the response figures per person whose on-time share is its timeliness: breaches
 * against whoever held the issue, promises against whoever made them (docs/sla.md, "For a department head").
 */
public final class ScorecardDesk {

    private final ResultsContext context;
    private final NormsDesk norms;
    private final OverdueCollection overdue;
    private final ComplaintStore complaintStore;
    private final UpsellResults upsells;
    private final SlaFigures figures;

    public ScorecardDesk(ResultsContext context, EntityStore store, NormsDesk norms) {
        this.context = context;
        this.norms = norms;
        this.overdue = new OverdueCollection(new ReceivableStore(store), new DunningStore(store));
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

    /**
     * One person's scorecard: their role, the score, and for the receivables the clients they lost after pressing
     * them (issue 17, point 5).
     */
    public record PersonScore(Role role, Score score, List<OverdueCollection.Lost> lost) {

        public PersonScore {
            lost = List.copyOf(lost);
        }
    }

    /**
     * The pay calculator for a month as of {@code now}: {@code share} is the part of the month's working time gone
     * by ({@link MonthToDate}; 1 once the month is over), by which the month's targets were prorated.
     */
    public record Scorecards(YearMonth month, double share, List<PersonScore> people) {

        public Scorecards {
            people = List.copyOf(people);
        }

        public boolean partial() {
            return share < 1;
        }
    }

    /**
     * The pay calculator for a month as of {@code now}: one score per manager and operator under their role's
     * weights, and the head's of the department's figures ({@link Department}); or the one person asked.
     */
    public Scorecards scorecard(YearMonth month, Optional<String> person, Instant now) {
        ResultsSettings settings = context.settings();
        DepartmentSettings current = context.current();
        // one manager or the operator asking for their own needs nobody else's figures; the head's card needs all
        boolean everybody = person.isEmpty() || current.person(person.get()).map(p -> p.role() == Role.HEAD)
                .orElse(false);
        Optional<String> only = everybody ? Optional.empty() : person;
        double share = MonthToDate.share(current.calendar(), month, now);
        Month read = read(settings, current, month, only, now);
        List<PersonScore> scores = new ArrayList<>();
        List<Department.Member> department = new ArrayList<>();
        for (Person p : current.people()) {
            if ((p.role() == Role.MANAGER || p.role() == Role.OPERATOR) && only.map(p.name()::equals).orElse(true)) {
                OverdueCollection.Figures collected = read.collection.getOrDefault(p.name(),
                        OverdueCollection.Figures.NONE);
                MonthResults results = read.results(p.name(), month, collected);
                Targets targets = read.targets(settings, p.name(), month, collected).prorated(share);
                department.add(new Department.Member(p.role(), results, targets));
                scores.add(new PersonScore(p.role(), card(settings, p.role()).score(results, targets),
                        collected.lost()));
            }
        }
        for (Person head : current.people()) {
            if (everybody && head.role() == Role.HEAD) {
                Department.Figures d = Department.of(head.name(), month, department,
                        Math.toIntExact(read.complaints.getOrDefault(head.name(), 0L)));
                scores.add(new PersonScore(Role.HEAD, card(settings, Role.HEAD).score(d.results(), d.targets()),
                        scores.stream().flatMap(s -> s.lost().stream()).toList()));
            }
        }
        return new Scorecards(month, share, scores.stream()
                .filter(s -> person.map(s.score().person()::equals).orElse(true)).toList());
    }

    /** What the month's scorecards are made of, read once for everybody (or the one person asked). */
    private record Month(Map<String, NormsDesk.PersonOutput> output, Map<String, OverdueCollection.Figures> collection,
                         Map<String, PersonSla> timeliness, Map<String, Long> complaints, Map<String, Long> points) {

        MonthResults results(String name, YearMonth month, OverdueCollection.Figures collected) {
            Output total = total(name);
            PersonSla sla = timeliness.getOrDefault(name, PersonSla.ofReplies(name, 0, 0));
            PersonSla.Rescues rescues = sla.rescues();
            return new MonthResults(name, month, total.earnedNormHours(), collected.collectedKopecks(), sla.onTime(),
                    sla.counted(), Math.toIntExact(complaints.getOrDefault(name, 0L)), points.getOrDefault(name, 0L),
                    rescues.count(), rescues.medianSeconds() == null ? 0 : rescues.medianSeconds(),
                    collected.lost().size());
        }

        /** The whole month's targets: output by the ramp, the overdue money at its start, the upsell points. */
        Targets targets(ResultsSettings settings, String name, YearMonth month, OverdueCollection.Figures collected) {
            int monthOfService = NormsDesk.monthOfService(settings.ramp(), settings.hiredOn(name), month.atEndOfMonth());
            return new Targets(Targets.outputNormHours(settings.ramp(), monthOfService, total(name).presentMinutes()),
                    collected.overdueAtStartKopecks(), Targets.DEFAULT_ON_TIME_SHARE,
                    Targets.DEFAULT_COMPLAINTS_TO_ZERO, settings.upsellPointsTarget(),
                    settings.scoring().rescueTargetMinutes() * 60L);
        }

        private Output total(String name) {
            NormsDesk.PersonOutput out = output.get(name);
            return out == null ? Output.NONE : out.total();
        }
    }

    private Month read(ResultsSettings settings, DepartmentSettings current, YearMonth month, Optional<String> only,
                       Instant now) {
        ZoneId zone = current.calendar().zone();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Map<String, NormsDesk.PersonOutput> output = norms.normHours(first, last, only).stream()
                .collect(Collectors.toMap(NormsDesk.PersonOutput::person, o -> o));
        Map<String, OverdueCollection.Figures> collection = overdue.byManager(first, last,
                today.isBefore(last) ? today : last, settings.scoring().lostClientDays(), zone);
        Map<String, PersonSla> timeliness = new HashMap<>();
        figures.report(current, start, end, now.isBefore(end) ? now : end, only).people()
                .forEach(p -> timeliness.put(p.person(), p));
        SortedMap<String, Long> complaints = ComplaintRules.countsByPerson(
                complaintStore.complaints(start, end).stream().map(StoredComplaint::complaint).toList(), start, end);
        // issue 17 (sales): points of the offers an invoice sold, not of those a manager called accepted
        SortedMap<String, Long> points = new TreeMap<>();
        upsells.of(start, end, only).byPerson().forEach((p, sold) -> points.put(p, sold.points()));
        return new Month(output, collection, timeliness, complaints, points);
    }

    private static Scorecard card(ResultsSettings settings, Role role) {
        return new Scorecard(settings.weights().of(role).orElseThrow(), settings.scoring());
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
