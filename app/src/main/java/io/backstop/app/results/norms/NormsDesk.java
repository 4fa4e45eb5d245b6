package io.backstop.app.results.norms;

import io.backstop.core.sla.Reply;
import io.backstop.core.validation.Problem;
import java.time.ZoneId;
import io.backstop.app.port.Locks;
import io.backstop.app.results.common.ResultsConfig;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.app.store.EntityStore;
import io.backstop.core.hotspot.Hotspots;
import io.backstop.core.hotspot.OperationTime;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.Done;
import io.backstop.core.norms.Output;
import io.backstop.core.norms.PresentTime;
import io.backstop.core.norms.Ramp;
import io.backstop.core.norms.Verdict;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Norm-hours: operations recorded as they are done (by hand, from replies, from an earlier system's history),
 * each person's output against the band of their month of service, and where the time goes.
 */
public final class NormsDesk implements ResultsConfig {

    /** At most this many operations in one record. */
    public static final int MAX_COUNT = 1000;

    private final ResultsContext context;
    private final OperationStore operationStore;
    private final AbsenceStore absences;
    private final Locks locks;
    private final ManualOperations manual;
    private final AutomaticCredits credits;

    public NormsDesk(ResultsContext context, EntityStore store, Locks locks) {
        this.context = context;
        this.operationStore = new OperationStore(store);
        this.absences = new AbsenceStore(store);
        this.locks = locks;
        this.manual = new ManualOperations(context, store, operationStore, locks);
        this.credits = new AutomaticCredits(store);
    }

    /** Operations recorded by hand, held to the record (issue 17), and the months the head closed. */
    public ManualOperations manual() {
        return manual;
    }

    public ZoneId zone() {
        return context.zone();
    }

    @Override
    public ResultsSettings settings() {
        return context.settings();
    }

    /**
     * {@code count} operations done by {@code person} on {@code day}, added to that day's row: the write of work
     * known from its record (replies, history, the demo's replayed days). What a person types in goes through
     * {@link #manual()}, which checks it.
     */
    public OperationDay recordOperation(String person, LocalDate day, String operation, int count) {
        return recordOperation(person, day, operation, count, Optional.empty());
    }

    /**
     * {@code count} operations done by {@code person} on {@code day}, added to that day's row and, when the work was
     * for a client, to the client's month (what their requests cost, for cheap orders).
     */
    public OperationDay recordOperation(String person, LocalDate day, String operation, int count,
                                        Optional<String> client) {
        Check.notBlank(person, "person");
        Check.notNull(day, "day");
        Check.notBlank(operation, "operation");
        client.ifPresent(c -> Check.notBlank(c, "client"));
        context.knownPerson(person, "person");
        ResultsSettings settings = context.settings();
        if (!settings.catalog().contains(operation)) {
            throw Check.invalid("operation", Problem.of("error.input.normCatalogue", operation));
        }
        if (count < 1 || count > MAX_COUNT) {
            throw Check.invalid("count", Problem.of("error.input.between1To", MAX_COUNT, count));
        }
        long minutes = (long) count * settings.catalog().get(operation).standardMinutes();
        OperationDay row = locks.withLock("results-op:" + person + ":" + day,
                () -> operationStore.addOperations(person, day, operation, count, minutes));
        client.ifPresent(c -> locks.withLock("results-client-op:" + c, () -> {
            operationStore.addClientOperations(c, YearMonth.from(day), operation, count);
            return null;
        }));
        return row;
    }

    /**
     * Operation history from before Backstop (a previous system's counts per person, day and operation), written in
     * bulk. Each row earns {@code count x} today's norm of its operation. The days must all lie before the first
     * operation Backstop recorded, so history never mixes with what was recorded here; people who have left may
     * appear. Returns how many rows were written.
     */
    public int importHistory(List<OperationDay> rows) {
        Check.list(rows, "rows");
        ResultsSettings settings = context.settings();
        Optional<LocalDate> recorded = operationStore.firstOperationDay();
        Set<String> seen = new HashSet<>();
        List<OperationDay> priced = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            OperationDay row = Check.notNull(rows.get(i), "rows[" + i + "]");
            String at = "rows[" + i + "]";
            Check.notBlank(row.person(), at + ".person");
            Check.notNull(row.day(), at + ".day");
            if (!settings.catalog().contains(row.operation())) {
                throw Check.invalid(at + ".operation", Problem.of("error.input.normCatalogue", row.operation()));
            }
            if (row.count() < 1 || row.count() > 100 * MAX_COUNT) {
                throw Check.invalid(at + ".count", Problem.of("error.input.between1To", 100 * MAX_COUNT, row.count()));
            }
            if (recorded.isPresent() && !row.day().isBefore(recorded.get())) {
                throw Check.invalid(at + ".day", Problem.of("error.norms.historyEndBefore", recorded.get()));
            }
            if (!seen.add(row.person() + "|" + row.day() + "|" + row.operation())) {
                throw Check.invalid(at, Problem.of("error.norms.secondRow", row.person(), row.day(), row.operation()));
            }
            priced.add(new OperationDay(row.person(), row.day(), row.operation(), row.count(),
                    row.count() * settings.catalog().get(row.operation()).standardMinutes()));
        }
        operationStore.insertOperations(priced);
        return priced.size();
    }

    /**
     * A staff reply that ended an awaiting cycle earns by its kind and size ({@link io.backstop.core.norms.NormRules}):
     * a holding reply or a one-line one a short norm, a long letter per band of its size, any other answer the
     * operation {@code replyOperations} maps the issue's type to; on the reply's local day, counted for the issue's
     * client too. Nothing when the map has no entry for the type (an empty map turns replies off), the catalogue
     * lacks the operation, or the replier is not one of the department's people (a staff-group member outside it).
     *
     * @param text the reply's text, null when the host does not know it (then it is taken as an answer)
     */
    public Optional<OperationDay> recordReply(String issueType, String client, Reply reply, boolean holding,
                                              String text) {
        ResultsSettings settings = context.settings();
        Optional<String> answer = settings.replyOperation(issueType);
        if (answer.isEmpty() || reply.by() == null || context.current().person(reply.by()).isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = reply.repliedAt().atZone(context.zone()).toLocalDate();
        Done earned = settings.norms().reply(reply.by(), day, holding, text, answer.get());
        if (!settings.catalog().contains(earned.operation())) {
            return Optional.empty();
        }
        return Optional.of(recordOperation(reply.by(), day, earned.operation(), earned.count(),
                Optional.ofNullable(client).filter(c -> !c.isBlank())));
    }

    /** One person's day: earned against present, held to the band of their month of service. */
    public record DayOutput(LocalDate day, Output output, Band band, Optional<Verdict> verdict) {
    }

    /** One person's period: the days, the total and the verdict on the total against the band at the end. */
    public record PersonOutput(String person, Optional<LocalDate> hired, int monthOfService, Band band,
                               List<DayOutput> days, Output total, Optional<Verdict> verdict) {
    }

    /** Norm-hours per person per day in {@code [from, to]} against their band. */
    public List<PersonOutput> normHours(LocalDate from, LocalDate to, Optional<String> person) {
        ResultsContext.period(from, to);
        ResultsSettings settings = context.settings();
        DepartmentSettings current = context.current();
        Map<String, Map<LocalDate, Long>> earned = new TreeMap<>();
        for (OperationDay row : done(from, to, person, settings)) {
            earned.computeIfAbsent(row.person(), p -> new TreeMap<>()).merge(row.day(), row.normMinutes(), Long::sum);
        }
        Set<String> people = new TreeSet<>(earned.keySet());
        for (Person p : current.people()) {
            // the head's and the director's hours are not the department's output
            if (p.role() != Role.HEAD && p.role() != Role.DIRECTOR && person.map(p.name()::equals).orElse(true)) {
                people.add(p.name());
            }
        }
        Ramp ramp = settings.ramp();
        List<PersonOutput> result = new ArrayList<>();
        for (String name : people) {
            Map<LocalDate, Duration> present = current.person(name).isPresent()
                    ? PresentTime.fromSchedule(current.calendar(), name, absencesOf(name), from, to) : Map.of();
            TreeMap<LocalDate, Output> days = new TreeMap<>();
            present.forEach((day, time) -> days.put(day, new Output(0, time.toMinutes())));
            earned.getOrDefault(name, Map.of()).forEach((day, minutes) ->
                    days.merge(day, new Output(minutes, 0), Output::plus));
            Optional<LocalDate> hired = settings.hiredOn(name);
            // The bands (7-9 a day, newcomers 3-5) are the account managers' standard; the others' output is
            // shown, not judged against it.
            boolean judged = current.person(name).map(p -> p.role() == Role.MANAGER).orElse(false);
            List<DayOutput> list = new ArrayList<>();
            days.forEach((day, output) -> {
                int month = monthOfService(ramp, hired, day);
                list.add(new DayOutput(day, output, ramp.bandFor(month),
                        judged ? ramp.verdict(output, month) : Optional.empty()));
            });
            Output total = days.values().stream().reduce(Output.NONE, Output::plus);
            int month = monthOfService(ramp, hired, to);
            result.add(new PersonOutput(name, hired, month, ramp.bandFor(month), list, total,
                    judged ? ramp.verdict(total, month) : Optional.empty()));
        }
        return result;
    }

    /** What was recorded (by hand, from replies, history) and what is credited from the other areas' records. */
    private List<OperationDay> done(LocalDate from, LocalDate to, Optional<String> person, ResultsSettings settings) {
        List<OperationDay> rows = new ArrayList<>(operationStore.operations(from, to, person));
        DepartmentSettings current = context.current();
        // credited work is the department's output: not the director's, nor a stranger's (an administrator)
        credits.credits(from, to, person, context.zone(), settings.catalog()).stream()
                .filter(row -> current.person(row.person()).map(p -> p.role() != Role.DIRECTOR).orElse(false))
                .forEach(rows::add);
        return rows;
    }

    public static int monthOfService(Ramp ramp, Optional<LocalDate> hired, LocalDate day) {
        if (hired.isEmpty()) {
            return ramp.experiencedFromMonth();
        }
        return day.isBefore(hired.get()) ? 1 : Ramp.monthOfService(hired.get(), day);
    }

    private List<Absence> absencesOf(String person) {
        return absences.of(person).stream().map(StoredAbsence::absence).toList();
    }

    /** Where the time went in {@code [from, to]}: per operation, most time first. */
    public List<OperationTime> hotspots(LocalDate from, LocalDate to, Optional<String> person) {
        ResultsContext.period(from, to);
        ResultsSettings settings = context.settings();
        Map<String, Long> counts = new TreeMap<>();
        for (OperationDay row : done(from, to, person, settings)) {
            if (settings.catalog().contains(row.operation())) {
                counts.merge(row.operation(), row.count(), Long::sum);
            }
        }
        return Hotspots.whereTimeGoes(settings.catalog(), counts);
    }
}
