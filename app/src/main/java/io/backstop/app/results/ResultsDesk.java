package io.backstop.app.results;

import io.backstop.app.port.Locks;
import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.Tracker;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.StoredClock;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.DunningGuard;
import io.backstop.core.debt.EscalationLevel;
import io.backstop.core.debt.GuardDecision;
import io.backstop.core.digest.Contact;
import io.backstop.core.digest.IssueFact;
import io.backstop.core.hotspot.CheapOrder;
import io.backstop.core.hotspot.OrderLoad;
import io.backstop.core.norms.Operation;
import io.backstop.core.upsell.ClientCoverage;
import io.backstop.core.upsell.Coverage;
import io.backstop.core.upsell.LotoCards;
import java.util.function.Predicate;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.core.complaint.Decision;
import io.backstop.core.debt.Aging;
import io.backstop.core.debt.ClientEscalation;
import io.backstop.core.debt.Ledger;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.digest.ClientDigest;
import io.backstop.core.hotspot.Hotspots;
import io.backstop.core.hotspot.MonthToDate;
import io.backstop.core.hotspot.OperationTime;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.Output;
import io.backstop.core.norms.PresentTime;
import io.backstop.core.norms.Ramp;
import io.backstop.core.norms.Verdict;
import io.backstop.core.scorecard.MonthResults;
import io.backstop.core.scorecard.Score;
import io.backstop.core.scorecard.Scorecard;
import io.backstop.core.scorecard.Targets;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.Conversion;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.upsell.Order;
import io.backstop.core.upsell.Upsells;
import io.backstop.core.validation.Check;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The department's results: records what happened as it happens (operations done, offers, invoices and payments,
 * complaints), keeping pre-aggregated rows, and reads them through core's rules. Configuration is the
 * {@link ResultsSettings} document.
 */
public final class ResultsDesk {

    /** The longest period a read covers, in days. */
    public static final int MAX_PERIOD_DAYS = 366;
    /** At most this many operations in one record. */
    public static final int MAX_COUNT = 1000;

    /** An action the rules refuse (not bad input): the host answers 403 with the reason. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason);
        }
    }

    private final SettingsService department;
    private final SettingStore settingStore;
    private final ResultsStore results;
    private final AbsenceStore absences;
    private final ClockEventStore events;
    private final Locks locks;
    private final ClockStore clocks;
    private final Tracker tracker;

    public ResultsDesk(SettingsService department, EntityStore store, Locks locks, Tracker tracker) {
        this.department = department;
        this.clocks = new ClockStore(store);
        this.tracker = tracker;
        this.settingStore = new SettingStore(store);
        this.results = new ResultsStore(store);
        this.absences = new AbsenceStore(store);
        this.events = new ClockEventStore(store);
        this.locks = locks;
    }

    // Settings

    public ResultsSettings settings() {
        return settingStore.read(ResultsSettings.SETTING).map(ResultsSettings::read)
                .orElseGet(ResultsSettings::departmentDefault);
    }

    public ResultsSettings replaceSettings(ResultsSettings next) {
        settingStore.write(ResultsSettings.SETTING, next.write());
        return next;
    }

    // Recording

    /** {@code count} operations done by {@code person} on {@code day}, added to that day's row. */
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
        knownPerson(person, "person");
        ResultsSettings settings = settings();
        if (!settings.catalog().contains(operation)) {
            throw Check.invalid("operation", "\"" + operation + "\" is not in the norm catalogue");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw Check.invalid("count", "must be between 1 and " + MAX_COUNT + ", got " + count);
        }
        long minutes = (long) count * settings.catalog().get(operation).standardMinutes();
        OperationDay row = locks.withLock("results-op:" + person + ":" + day,
                () -> results.addOperations(person, day, operation, count, minutes));
        client.ifPresent(c -> locks.withLock("results-client-op:" + c, () -> {
            results.addClientOperations(c, YearMonth.from(day), operation, count);
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
        ResultsSettings settings = settings();
        Optional<LocalDate> recorded = results.firstOperationDay();
        Set<String> seen = new java.util.HashSet<>();
        List<OperationDay> priced = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            OperationDay row = Check.notNull(rows.get(i), "rows[" + i + "]");
            String at = "rows[" + i + "]";
            Check.notBlank(row.person(), at + ".person");
            Check.notNull(row.day(), at + ".day");
            if (!settings.catalog().contains(row.operation())) {
                throw Check.invalid(at + ".operation", "\"" + row.operation() + "\" is not in the norm catalogue");
            }
            if (row.count() < 1 || row.count() > 100 * MAX_COUNT) {
                throw Check.invalid(at + ".count", "must be between 1 and " + 100 * MAX_COUNT + ", got " + row.count());
            }
            if (recorded.isPresent() && !row.day().isBefore(recorded.get())) {
                throw Check.invalid(at + ".day", "history must end before the first recorded day, " + recorded.get());
            }
            if (!seen.add(row.person() + "|" + row.day() + "|" + row.operation())) {
                throw Check.invalid(at, "a second row for " + row.person() + ", " + row.day() + ", " + row.operation());
            }
            priced.add(new OperationDay(row.person(), row.day(), row.operation(), row.count(),
                    row.count() * settings.catalog().get(row.operation()).standardMinutes()));
        }
        results.insertOperations(priced);
        return priced.size();
    }

    /**
     * A staff reply that ended an awaiting cycle: one operation for the replier on the reply's local day, the one
     * {@code replyOperations} maps the issue's type to, counted for the issue's client too. Nothing when the map
     * has no entry for it (an empty map turns this off) or the replier is not one of the department's people (a
     * staff-group member outside it).
     */
    public Optional<OperationDay> recordReply(String issueType, String client, io.backstop.core.sla.Reply reply) {
        Optional<String> operation = settings().replyOperation(issueType);
        if (operation.isEmpty() || reply.by() == null || department.current().person(reply.by()).isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = reply.repliedAt().atZone(zone()).toLocalDate();
        return Optional.of(recordOperation(reply.by(), day, operation.get(), 1,
                Optional.ofNullable(client).filter(c -> !c.isBlank())));
    }

    /** An offer made (presented, or already answered). */
    public StoredOffer recordOffer(Offer offer) {
        Check.notNull(offer, "offer");
        knownPerson(offer.by(), "by");
        return results.addOffer(offer);
    }

    /** The client's answer to a presented offer. */
    public StoredOffer answerOffer(int id, OfferStatus answer) {
        Check.notNull(answer, "status");
        if (answer == OfferStatus.PRESENTED) {
            throw Check.invalid("status", "an answer is ACCEPTED or DECLINED");
        }
        return locks.withLock("results-offer:" + id, () -> {
            StoredOffer offer = results.offer(id).orElseThrow(() -> Check.invalid("id", "no offer " + id));
            if (offer.offer().status() != OfferStatus.PRESENTED) {
                throw Check.invalid("status", "offer " + id + " was already " + offer.offer().status());
            }
            return results.setOfferStatus(id, answer);
        });
    }

    public Optional<StoredOffer> offer(int id) {
        return results.offer(id);
    }

    public StoredReceivable recordReceivable(Receivable receivable, Optional<String> manager, Optional<String> service) {
        Check.notNull(receivable, "receivable");
        manager.ifPresent(m -> knownPerson(m, "manager"));
        service.ifPresent(s -> Check.code(s, "service"));
        return locks.withLock("results-receivable:" + receivable.id(), () -> {
            if (results.hasReceivable(receivable.id())) {
                throw Check.invalid("id", "receivable \"" + receivable.id() + "\" is already recorded");
            }
            return results.addReceivable(receivable, manager, service);
        });
    }

    /** A payment against a receivable; it may not exceed what is left to pay. */
    public StoredReceivable recordPayment(Payment payment) {
        Check.notNull(payment, "payment");
        return locks.withLock("results-receivable:" + payment.receivable(), () -> {
            StoredReceivable r = results.receivable(payment.receivable()).orElseThrow(
                    () -> Check.invalid("receivable", "no receivable \"" + payment.receivable() + "\""));
            long left = r.receivable().amountKopecks() - r.paidKopecks();
            if (payment.amountKopecks() > left) {
                throw Check.invalid("amountKopecks", "must not exceed what is left to pay, " + left + ", got "
                        + payment.amountKopecks());
            }
            if (payment.paidOn().isBefore(r.receivable().issuedOn())) {
                throw Check.invalid("paidOn", "must not be before the invoice was issued, "
                        + r.receivable().issuedOn());
            }
            return results.addPayment(payment);
        });
    }

    /** Anyone in the department may flag a complaint. */
    public StoredComplaint flagComplaint(String client, String issue, Optional<String> comment, String about,
                                         String by, Instant at) {
        knownPerson(about, "about");
        Complaint complaint = ComplaintRules.flag("new", client, issue, comment, about, Actor.staff(by), at);
        return results.addComplaint(complaint);
    }

    public Optional<StoredComplaint> complaint(int id) {
        return results.complaint(id);
    }

    /** Unflag, close or reopen: only the head (or the director), never the person it is about. */
    public StoredComplaint actOnComplaint(int id, String by, ComplaintAction action, Instant at) {
        Check.notNull(action, "action");
        return locks.withLock("results-complaint:" + id, () -> {
            StoredComplaint stored = results.complaint(id)
                    .orElseThrow(() -> Check.invalid("id", "no complaint " + id));
            Actor actor = actor(by);
            Decision decision = ComplaintRules.decide(stored.complaint(), actor, action);
            if (!decision.allowed()) {
                throw new Refused(decision.reason());
            }
            Instant when = at.isBefore(stored.complaint().lastChange().at()) ? stored.complaint().lastChange().at() : at;
            return results.updateComplaint(id, ComplaintRules.apply(stored.complaint(), actor, action, when));
        });
    }

    /** The department's head acts as the head; everyone else as staff (the department settings name no director). */
    private Actor actor(String name) {
        return department.current().person(name).map(Actor::of).orElse(Actor.staff(name));
    }

    // Dunning

    /**
     * A dunning step against a debtor, through the guard for large clients: taken at once, or held for the head's
     * approval when a manager takes a hard step against a client whose revenue of the last 12 months is above the
     * threshold. The head's own steps are taken on their authority.
     */
    public StoredDunningStep takeDunningStep(String client, DunningAction action, String by, Instant at) {
        Check.notBlank(client, "client");
        Check.notNull(action, "action");
        knownPerson(by, "by");
        return locks.withLock("results-dunning:" + client, () -> {
            for (StoredDunningStep pending : results.pendingDunningSteps()) {
                if (pending.client().equals(client) && pending.action() == action) {
                    throw Check.invalid("action", action + " against \"" + client
                            + "\" already waits for the head's approval (step " + pending.id() + ")");
                }
            }
            LocalDate day = at.atZone(zone()).toLocalDate();
            long revenue = revenueOf(client, day);
            EscalationLevel level = department.current().person(by).map(p -> p.role() == Role.HEAD)
                    .orElse(false) ? EscalationLevel.HEAD : EscalationLevel.MANAGER;
            GuardDecision decision = new DunningGuard(settings().largeClientKopecks())
                    .decide(revenue, action, level, false);
            return results.addDunningStep(client, action, by, at, decision.allowed()
                    ? StoredDunningStep.Status.TAKEN : StoredDunningStep.Status.PENDING, decision.reason());
        });
    }

    /** The head approves or refuses a step the guard held. Only the head; only a step still waiting. */
    public StoredDunningStep decideDunningStep(int id, boolean approve, String by, Instant at) {
        boolean head = department.current().person(by).map(p -> p.role() == Role.HEAD).orElse(false);
        if (!head) {
            throw new Refused("only the head approves or refuses a held dunning step");
        }
        return locks.withLock("results-dunning-step:" + id, () -> {
            StoredDunningStep step = results.dunningStep(id).orElseThrow(() -> Check.invalid("id", "no step " + id));
            if (step.status() != StoredDunningStep.Status.PENDING) {
                throw Check.invalid("decision", "step " + id + " is " + step.status() + ", not waiting for approval");
            }
            return results.decideDunningStep(id, approve ? StoredDunningStep.Status.APPROVED
                    : StoredDunningStep.Status.REFUSED, by, at);
        });
    }

    public Optional<StoredDunningStep> dunningStep(int id) {
        return results.dunningStep(id);
    }

    /** Steps taken in {@code [from, to)} and all still waiting for the head; of one manager's clients if asked. */
    public List<StoredDunningStep> dunningSteps(Instant from, Instant to, Optional<String> manager) {
        List<StoredDunningStep> steps = results.dunningSteps(from, to);
        if (manager.isEmpty()) {
            return steps;
        }
        Map<String, Optional<String>> managers = new HashMap<>();
        return steps.stream().filter(s -> s.by().equals(manager.get()) || managers.computeIfAbsent(s.client(),
                this::managerOf).equals(manager)).toList();
    }

    /** What the client was invoiced in the 12 months up to {@code day}: the guard's measure of a large client. */
    private long revenueOf(String client, LocalDate day) {
        LocalDate since = day.minusMonths(12);
        return results.receivablesOf(client).stream().map(StoredReceivable::receivable)
                .filter(r -> r.issuedOn().isAfter(since) && !r.issuedOn().isAfter(day))
                .mapToLong(Receivable::amountKopecks).sum();
    }

    /** The manager on the client's latest invoice. */
    private Optional<String> managerOf(String client) {
        List<StoredReceivable> invoices = results.receivablesOf(client);
        for (int i = invoices.size() - 1; i >= 0; i--) {
            if (invoices.get(i).manager().isPresent()) {
                return invoices.get(i).manager();
            }
        }
        return Optional.empty();
    }

    // Reading

    /**
     * The offer checklists' coverage on {@code on}: a client's services are those invoiced in the 12 months up to
     * that day (their manager the one on the latest such invoice), the offers those made in the same window.
     */
    public record LotoCoverage(LocalDate on, SortedMap<String, Coverage> byManager, List<ClientCoverage> clients) {
    }

    public LotoCoverage lotoCoverage(LocalDate on, Optional<String> manager) {
        Check.notNull(on, "on");
        LocalDate since = on.minusMonths(12).plusDays(1);
        Map<String, java.util.Set<String>> services = new TreeMap<>();
        Map<String, String> managerOf = new TreeMap<>();
        for (StoredReceivable r : results.receivablesIssued(since, on)) {
            String client = r.receivable().client();
            r.service().ifPresent(s -> services.computeIfAbsent(client, c -> new java.util.TreeSet<>()).add(s));
            r.manager().ifPresent(m -> managerOf.put(client, m));
        }
        managerOf.keySet().retainAll(services.keySet());
        if (manager.isPresent()) {
            managerOf.values().removeIf(m -> !m.equals(manager.get()));
        }
        ZoneId zone = zone();
        List<Offer> offers = results.offers(since.atStartOfDay(zone).toInstant(),
                on.plusDays(1).atStartOfDay(zone).toInstant(), Optional.empty()).stream()
                .map(StoredOffer::offer).toList();
        LotoCards cards = settings().lotoCards();
        List<ClientCoverage> clients = new ArrayList<>();
        managerOf.keySet().forEach(client -> clients.add(cards.coverage(client, services.get(client), offers)));
        return new LotoCoverage(on, cards.coverageByPerson(managerOf, services, offers), clients);
    }

    /**
     * Cheap orders of {@code month}: per client, what the month's invoices brought against the norm time their
     * requests took (operations recorded for the client); those above the settings' threshold, worst first. A month
     * not over at {@code now} holds its norm time against the part of the fee its working time gone by is worth
     * ({@link MonthToDate}), so the figure means the same on the 4th as on the 30th.
     *
     * @param share the part of the month's fee the orders are held against: 1 for a month that is over
     */
    public record CheapOrders(YearMonth month, double threshold, double share, List<CheapOrder> orders,
                              List<OperationTime> where) {
    }

    public CheapOrders cheapOrders(YearMonth month, Instant now) {
        Check.notNull(month, "month");
        Check.notNull(now, "now");
        ResultsSettings settings = settings();
        double share = MonthToDate.share(department.current().calendar(), month, now);
        Map<String, Long> value = new TreeMap<>();
        Map<String, java.util.Set<String>> services = new TreeMap<>();
        for (StoredReceivable r : results.receivablesIssued(month.atDay(1), month.atEndOfMonth())) {
            value.merge(r.receivable().client(), r.receivable().amountKopecks(), Long::sum);
            services.computeIfAbsent(r.receivable().client(), c -> new java.util.TreeSet<>())
                    .add(r.service().orElse("unspecified"));
        }
        List<OrderLoad> loads = new ArrayList<>();
        results.clientOperations(month).forEach((client, counts) -> {
            long kopecks = Math.round(value.getOrDefault(client, 0L) * share);
            Map<String, Long> known = new TreeMap<>(counts);
            known.keySet().retainAll(settings.catalog().operations().stream().map(Operation::code).toList());
            if (kopecks > 0 && !known.isEmpty()) {
                loads.add(new OrderLoad(client + " " + month, client, String.join("+", services.get(client)),
                        kopecks, known));
            }
        });
        List<CheapOrder> cheap = Hotspots.cheapOrders(settings.catalog(), loads, settings.cheapThreshold());
        return new CheapOrders(month, settings.cheapThreshold(), share, cheap,
                Hotspots.onCheapOrders(settings.catalog(), cheap));
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
        period(from, to);
        ResultsSettings settings = settings();
        DepartmentSettings current = department.current();
        Map<String, Map<LocalDate, Long>> earned = new TreeMap<>();
        for (OperationDay row : results.operations(from, to, person)) {
            earned.computeIfAbsent(row.person(), p -> new TreeMap<>()).merge(row.day(), row.normMinutes(), Long::sum);
        }
        Set<String> people = new TreeSet<>(earned.keySet());
        for (Person p : current.people()) {
            if (p.role() != Role.HEAD && person.map(p.name()::equals).orElse(true)) {
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

    private static int monthOfService(Ramp ramp, Optional<LocalDate> hired, LocalDate day) {
        if (hired.isEmpty()) {
            return ramp.experiencedFromMonth();
        }
        return day.isBefore(hired.get()) ? 1 : Ramp.monthOfService(hired.get(), day);
    }

    private List<Absence> absencesOf(String person) {
        return absences.of(person).stream().map(StoredAbsence::absence).toList();
    }

    /** Conversion and points of one person's offers. */
    public record PersonUpsells(String person, Conversion conversion, long points) {
    }

    /** Upsells per person for offers made in {@code [from, to)}. */
    public List<PersonUpsells> upsells(Instant from, Instant to, Optional<String> person) {
        if (!to.isAfter(from)) {
            throw Check.invalid("to", "must be after from");
        }
        List<Offer> offers = results.offers(from, to, person).stream().map(StoredOffer::offer).toList();
        SortedMap<String, Conversion> conversion = Upsells.conversionByPerson(offers);
        SortedMap<String, Long> points = Upsells.pointsByPerson(settings().adjacency(), offers);
        List<PersonUpsells> list = new ArrayList<>();
        conversion.forEach((p, c) -> list.add(new PersonUpsells(p, c, points.getOrDefault(p, 0L))));
        return list;
    }

    public List<StoredOffer> offers(Instant from, Instant to, Optional<String> person) {
        return results.offers(from, to, person);
    }

    /** A campaign's call list on a date. */
    public CallList callList(String code, LocalDate on) {
        ResultsSettings settings = settings();
        Campaign campaign = settings.campaign(code)
                .orElseThrow(() -> Check.invalid("campaign", "no campaign \"" + code + "\" in the results settings"));
        ZoneId zone = zone();
        LocalDate since = campaign.windowStart(on);
        List<StoredReceivable> receivables = results.receivablesFor(since, on);
        List<Order> orders = new ArrayList<>();
        for (StoredReceivable r : receivables) {
            if (r.service().isPresent() && !r.receivable().issuedOn().isBefore(since)) {
                orders.add(new Order(r.receivable().client(), r.service().get(), r.receivable().issuedOn()));
            }
        }
        List<Offer> offers = results.offers(since.atStartOfDay(zone).toInstant(),
                on.plusDays(1).atStartOfDay(zone).toInstant(), Optional.empty()).stream()
                .map(StoredOffer::offer).toList();
        for (Offer offer : offers) {
            if (offer.status() == OfferStatus.ACCEPTED) {
                orders.add(new Order(offer.client(), offer.service(), offer.at().atZone(zone).toLocalDate()));
            }
        }
        Set<String> complaining = ComplaintRules.clientsWithOpenComplaint(
                results.openComplaints().stream().map(StoredComplaint::complaint).toList());
        Set<String> owing = ledger(receivables).clientsWithOverdue(on);
        return campaign.callList(on, zone, orders, offers, complaining, owing);
    }

    /** One debtor: what they owe by age, who calls them now, and their manager. */
    public record Debtor(String client, Optional<String> manager, Aging aging, Optional<ClientEscalation> escalation) {
    }

    /** Debtors as of {@code to}, with DSO for {@code [from, to]}. */
    public record Debtors(LocalDate from, LocalDate to, Aging total, OptionalDouble dso, List<Debtor> debtors) {
    }

    public Debtors debtors(LocalDate from, LocalDate to, Optional<String> manager) {
        period(from, to);
        List<StoredReceivable> receivables = results.receivablesFor(from, to).stream()
                .filter(r -> manager.isEmpty() || r.manager().equals(manager)).toList();
        Ledger ledger = ledger(receivables);
        Map<String, Optional<String>> managers = new HashMap<>();
        receivables.forEach(r -> managers.put(r.receivable().client(), r.manager()));
        List<Debtor> list = new ArrayList<>();
        var ladder = settings().ladder();
        ledger.agingByClient(to).forEach((client, aging) -> {
            if (aging.total() > 0) {
                list.add(new Debtor(client, managers.getOrDefault(client, Optional.empty()), aging,
                        ladder.forClient(ledger, client, to)));
            }
        });
        list.sort((a, b) -> Long.compare(b.aging().overdue(), a.aging().overdue()) != 0
                ? Long.compare(b.aging().overdue(), a.aging().overdue())
                : a.client().compareTo(b.client()));
        return new Debtors(from, to, ledger.aging(to), ledger.dso(from, to), list);
    }

    private Ledger ledger(List<StoredReceivable> receivables) {
        List<Receivable> list = receivables.stream().map(StoredReceivable::receivable).toList();
        return new Ledger(list, results.paymentsOf(list.stream().map(Receivable::id).toList()));
    }

    /** The head's lane (open complaints, oldest first) and the counts per person of those flagged in the period. */
    public record Complaints(List<Complaint> lane, SortedMap<String, Long> counts) {
    }

    public Complaints complaints(Instant from, Instant to, Optional<String> about) {
        if (!to.isAfter(from)) {
            throw Check.invalid("to", "must be after from");
        }
        List<Complaint> all = results.complaints(from, to).stream().map(StoredComplaint::complaint)
                .filter(c -> about.isEmpty() || c.about().equals(about.get())).toList();
        return new Complaints(ComplaintRules.headsLane(all), ComplaintRules.countsByPerson(all, from, to));
    }

    /** Where the time went in {@code [from, to]}: per operation, most time first. */
    public List<OperationTime> hotspots(LocalDate from, LocalDate to, Optional<String> person) {
        period(from, to);
        ResultsSettings settings = settings();
        Map<String, Long> counts = new TreeMap<>();
        for (OperationDay row : results.operations(from, to, person)) {
            if (settings.catalog().contains(row.operation())) {
                counts.merge(row.operation(), row.count(), Long::sum);
            }
        }
        return Hotspots.whereTimeGoes(settings.catalog(), counts);
    }

    /** The pay calculator for a month: one score per manager and operator (or the one person asked). */
    public List<Score> scorecard(YearMonth month, Optional<String> person) {
        ResultsSettings settings = settings();
        DepartmentSettings current = department.current();
        ZoneId zone = current.calendar().zone();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<String> people = current.people().stream()
                .filter(p -> p.role() == Role.MANAGER || p.role() == Role.OPERATOR)
                .map(Person::name).filter(n -> person.map(n::equals).orElse(true)).toList();
        Map<String, PersonOutput> output = normHours(first, last, person).stream()
                .collect(Collectors.toMap(PersonOutput::person, o -> o));
        List<Payment> payments = results.paymentsBetween(first, last);
        Map<String, Optional<String>> managerOf = new HashMap<>();
        results.receivables(payments.stream().map(Payment::receivable).toList())
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
                results.complaints(start, end).stream().map(StoredComplaint::complaint).toList(), start, end);
        SortedMap<String, Long> points = Upsells.pointsByPerson(settings.adjacency(),
                results.offers(start, end, person).stream().map(StoredOffer::offer).toList());
        Scorecard scorecard = new Scorecard(settings.weights());
        List<Score> scores = new ArrayList<>();
        for (String name : people) {
            PersonOutput out = output.get(name);
            Output total = out == null ? Output.NONE : out.total();
            int[] r = replies.getOrDefault(name, new int[2]);
            MonthResults monthResults = new MonthResults(name, month, total.earnedNormHours(),
                    collected.getOrDefault(name, 0L), r[0], r[1], Math.toIntExact(complaints.getOrDefault(name, 0L)),
                    points.getOrDefault(name, 0L));
            int monthOfService = monthOfService(settings.ramp(), settings.hiredOn(name), last);
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
        SortedMap<String, int[]> replies = new java.util.TreeMap<>();
        department.current().people().stream()
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

    /**
     * One client on one screen: open work (the client's unresolved issues, summary and promised date from the
     * tracker), the last contacts (client messages and staff replies), complaints, debt and offers. Only issues
     * {@code mayBrowse} accepts are shown, so a manager never learns of an issue they may not open.
     */
    public ClientDigest digest(String client, LocalDate asOf, Predicate<String> mayBrowse) {
        Check.notBlank(client, "client");
        List<IssueFact> work = new ArrayList<>();
        List<String> visible = new ArrayList<>();
        for (StoredClock stored : clocks.ofClient(client)) {
            String issue = stored.clock().issue();
            if (!mayBrowse.test(issue)) {
                continue;
            }
            visible.add(issue);
            if (!stored.clock().open()) {
                continue;
            }
            Optional<TrackedIssue> tracked = tracker.describe(issue);
            if (tracked.isEmpty()) {
                continue; // gone from the tracker: nothing to promise on
            }
            List<ClockEvent> timeline = events.forIssue(issue);
            Instant updated = timeline.isEmpty() ? stored.createdAt() : timeline.get(timeline.size() - 1).at();
            String holder = stored.clock().assignee() != null ? stored.clock().assignee() : stored.clock().owner();
            work.add(new IssueFact(issue, client, tracked.get().summary(), true, tracked.get().promisedOn(), holder,
                    updated));
        }
        List<Contact> contacts = new ArrayList<>();
        for (ClockEvent e : events.lastContacts(visible, ClientDigest.LAST_CONTACTS)) {
            boolean fromClient = e.kind() != ClockEventKind.STAFF_REPLY;
            String by = e.actor() != null ? e.actor() : fromClient ? client : "?";
            contacts.add(new Contact(client, e.at(), by, "message", Optional.of(e.issue()),
                    fromClient ? "client" : "staff"));
        }
        List<Complaint> complaints = results.complaintsOf(client).stream().map(StoredComplaint::complaint).toList();
        Ledger ledger = ledger(results.receivablesOf(client));
        List<Offer> offers = results.offersOf(client).stream().map(StoredOffer::offer).toList();
        return ClientDigest.of(client, asOf, work, contacts, complaints, ledger, offers);
    }

    public ZoneId zone() {
        return department.current().calendar().zone();
    }

    private void knownPerson(String name, String field) {
        if (department.current().person(name).isEmpty()) {
            throw Check.invalid(field, "\"" + name + "\" is not in the department");
        }
    }

    private static void period(LocalDate from, LocalDate to) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        if (to.isBefore(from)) {
            throw Check.invalid("to", "must not be before from, got " + from + " .. " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw Check.invalid("to", "a period covers at most " + MAX_PERIOD_DAYS + " days");
        }
    }

}
