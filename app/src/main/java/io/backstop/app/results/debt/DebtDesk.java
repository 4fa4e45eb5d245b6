package io.backstop.app.results.debt;

import io.backstop.core.validation.Problem;
import java.time.ZoneId;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.port.Locks;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.debt.Aging;
import io.backstop.core.debt.ClientEscalation;
import io.backstop.core.debt.ClientValue;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.DunningGuard;
import io.backstop.core.debt.EscalationLevel;
import io.backstop.core.debt.GuardDecision;
import io.backstop.core.debt.Ledger;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Receivables: invoices and payments, the debtors with their aging and value, and dunning through the debt guard
 * (who may dun, no hard step without overdue debt, the pace of calls) and the guard for valuable clients.
 */
public final class DebtDesk {

    private final ResultsContext context;
    private final EntityStore store;
    private final ReceivableStore receivableStore;
    private final DunningStore dunningStore;
    private final Locks locks;
    private final DunningChecks checks;
    private final ClientValues values;

    public DebtDesk(ResultsContext context, EntityStore store, Locks locks) {
        this.context = context;
        this.store = store;
        this.receivableStore = new ReceivableStore(store);
        this.dunningStore = new DunningStore(store);
        this.locks = locks;
        this.checks = new DunningChecks(context, receivableStore, dunningStore);
        this.values = new ClientValues(receivableStore);
    }

    public ResultsSettings settings() {
        return context.settings();
    }

    public ZoneId zone() {
        return context.zone();
    }

    public StoredReceivable recordReceivable(Receivable receivable, Optional<String> manager, Optional<String> service) {
        Check.notNull(receivable, "receivable");
        manager.ifPresent(m -> context.knownPerson(m, "manager"));
        service.ifPresent(s -> Check.code(s, "service"));
        return locks.withLock("results-receivable:" + receivable.id(), () -> {
            if (receivableStore.hasReceivable(receivable.id())) {
                throw Check.invalid("id", Problem.of("error.debt.receivableAlreadyRecorded", receivable.id()));
            }
            return receivableStore.addReceivable(receivable, manager, service);
        });
    }

    /** A payment against a receivable; it may not exceed what is left to pay. */
    public StoredReceivable recordPayment(Payment payment) {
        Check.notNull(payment, "payment");
        return locks.withLock("results-receivable:" + payment.receivable(), () -> {
            StoredReceivable r = receivableStore.receivable(payment.receivable()).orElseThrow(
                    () -> Check.invalid("receivable", Problem.of("error.debt.receivable", payment.receivable())));
            long left = r.receivable().amountKopecks() - r.paidKopecks();
            if (payment.amountKopecks() > left) {
                throw Check.invalid("amountKopecks", Problem.of("error.debt.exceedWhatLeft",
                        left, payment.amountKopecks()));
            }
            if (payment.paidOn().isBefore(r.receivable().issuedOn())) {
                throw Check.invalid("paidOn", Problem.of("error.debt.beforeInvoiceWas", r.receivable().issuedOn()));
            }
            return receivableStore.addPayment(payment);
        });
    }

    /**
     * A dunning step against a debtor (issue 17, point 4). Refused ({@link DunningRefused}) unless {@code by} is the
     * client's manager, the head or the office manager; a hard step without an overdue debt; a soft step sooner than
     * {@code debt.callEveryWorkingDays} working days after the client's last one. Otherwise through the guard for
     * valuable clients: taken at once, or held for the head's approval when a manager takes a hard step against a
     * client of high value or whose revenue of the last 12 months is above the threshold. The head's own steps are
     * taken on their authority. Under the client's lock, so two calls at once cannot both pass the pace.
     */
    public StoredDunningStep takeDunningStep(String client, DunningAction action, String by, Instant at) {
        Check.notBlank(client, "client");
        Check.notNull(action, "action");
        context.knownPerson(by, "by");
        return locks.withLock("results-dunning:" + client, () -> {
            for (StoredDunningStep pending : dunningStore.pendingDunningSteps()) {
                if (pending.client().equals(client) && pending.action() == action) {
                    throw Check.invalid("action", Problem.of("error.debt.againstAlreadyWaits",
                            action, client, pending.id()));
                }
            }
            Optional<DunningRefused> refused = checks.refusal(client, action, by, at);
            if (refused.isPresent()) {
                throw refused.get();
            }
            GuardDecision decision = decide(client, action, by, day(at));
            return dunningStore.addDunningStep(client, action, by, at, decision.allowed()
                    ? StoredDunningStep.Status.TAKEN : StoredDunningStep.Status.PENDING, decision.reason());
        });
    }

    /**
     * Each step as {@code by} would take it against {@code client} at {@code at} (the issue panel says so before the
     * step is taken): refused and why, or held for the head; the same checks {@link #takeDunningStep} makes.
     */
    public List<DunningChoice> dunningChoices(String client, String by, Instant at) {
        Check.notBlank(client, "client");
        List<DunningChoice> choices = new ArrayList<>();
        for (DunningAction action : DunningAction.values()) {
            Optional<DunningRefused> refused = checks.refusal(client, action, by, at);
            boolean held = refused.isEmpty() && !decide(client, action, by, day(at)).allowed();
            choices.add(new DunningChoice(action, held, refused));
        }
        return choices;
    }

    private GuardDecision decide(String client, DunningAction action, String by, LocalDate day) {
        ClientValue value = values.of(client, day, context.settings().debt());
        return guard().decide(value.revenueKopecks(), value.tier(), action, level(by), false);
    }

    /** What one client owes on {@code on}, by age, who on the ladder deals with them now, and what they are worth. */
    public record ClientDebt(Aging aging, Optional<ClientEscalation> escalation, ClientValue value) {
    }

    public ClientDebt clientDebt(String client, LocalDate on) {
        Check.notBlank(client, "client");
        Ledger ledger = ledger(receivableStore.receivablesOf(client));
        ResultsSettings settings = context.settings();
        ClientValue value = ClientValue.of(ledger, on, settings.debt());
        return new ClientDebt(ledger.aging(on), settings.debt().ladderFor(settings.ladder(), value.tier())
                .forClient(ledger, client, on), value);
    }

    private DunningGuard guard() {
        return new DunningGuard(context.settings().largeClientKopecks());
    }

    private LocalDate day(Instant at) {
        return at.atZone(context.zone()).toLocalDate();
    }

    /** The head acts on their own authority; everyone else as a manager. */
    private EscalationLevel level(String by) {
        return context.current().person(by).map(p -> p.role() == Role.HEAD).orElse(false)
                ? EscalationLevel.HEAD : EscalationLevel.MANAGER;
    }

    /**
     * The head approves or refuses a step the guard held. Only the head; only a step still waiting, and once: the
     * decision is made under the step's row (the named lock serves one node only), so of two decisions at the same
     * moment the second finds the first's and is refused with {@link AlreadyDecided}.
     */
    public StoredDunningStep decideDunningStep(int id, boolean approve, String by, Instant at) {
        boolean head = context.current().person(by).map(p -> p.role() == Role.HEAD).orElse(false);
        if (!head) {
            throw new Refused(Problem.of("error.debt.onlyHeadDecides"));
        }
        return locks.withLock("results-dunning-step:" + id,
                () -> WriteConflicts.retrying(() -> store.inTransaction(() -> decideOnce(id, approve, by, at))));
    }

    private StoredDunningStep decideOnce(int id, boolean approve, String by, Instant at) {
        StoredDunningStep step = dunningStore.dunningStepLocked(id)
                .orElseThrow(() -> Check.invalid("id", Problem.of("error.debt.step", id)));
        if (step.status() != StoredDunningStep.Status.PENDING) {
            throw new AlreadyDecided(step.status().name());
        }
        return dunningStore.decideDunningStep(id, approve ? StoredDunningStep.Status.APPROVED
                : StoredDunningStep.Status.REFUSED, by, at);
    }

    public Optional<StoredDunningStep> dunningStep(int id) {
        return dunningStore.dunningStep(id);
    }

    /** Steps taken in {@code [from, to)} and all still waiting for the head; of one manager's clients if asked. */
    public List<StoredDunningStep> dunningSteps(Instant from, Instant to, Optional<String> manager) {
        List<StoredDunningStep> steps = dunningStore.dunningSteps(from, to);
        if (manager.isEmpty()) {
            return steps;
        }
        Map<String, Optional<String>> managers = new HashMap<>();
        return steps.stream().filter(s -> s.by().equals(manager.get()) || managers.computeIfAbsent(s.client(),
                checks::ownerOf).equals(manager)).toList();
    }

    /** One debtor: what they owe by age, who calls them now (on the ladder their value sets), their manager and value. */
    public record Debtor(String client, Optional<String> manager, Aging aging, Optional<ClientEscalation> escalation,
                         ClientValue value) {
    }

    /** Debtors as of {@code to}, with DSO for {@code [from, to]}. */
    public record Debtors(LocalDate from, LocalDate to, Aging total, OptionalDouble dso, List<Debtor> debtors) {
    }

    /**
     * Debtors as of {@code to}: by default only those with money overdue (a client owing nothing overdue is no
     * debtor to call), with {@code all} every client owing anything; most overdue first.
     */
    public Debtors debtors(LocalDate from, LocalDate to, Optional<String> manager, boolean all) {
        ResultsContext.period(from, to);
        List<StoredReceivable> receivables = receivableStore.receivablesFor(from, to).stream()
                .filter(r -> manager.isEmpty() || r.manager().equals(manager)).toList();
        Ledger ledger = ledger(receivables);
        Map<String, Optional<String>> managers = new HashMap<>();
        receivables.forEach(r -> managers.put(r.receivable().client(), r.manager()));
        Map<String, Aging> owing = new TreeMap<>();
        ledger.agingByClient(to).forEach((client, aging) -> {
            if (aging.overdue() > 0 || all && aging.total() > 0) {
                owing.put(client, aging);
            }
        });
        ResultsSettings settings = context.settings();
        Map<String, ClientValue> value = values.of(owing.keySet(), to, settings.debt());
        List<Debtor> list = new ArrayList<>();
        owing.forEach((client, aging) -> list.add(new Debtor(client, managers.getOrDefault(client, Optional.empty()),
                aging, settings.debt().ladderFor(settings.ladder(), value.get(client).tier())
                .forClient(ledger, client, to), value.get(client))));
        list.sort(Comparator.comparingLong((Debtor d) -> d.aging().overdue()).reversed()
                .thenComparing(Debtor::client));
        return new Debtors(from, to, ledger.aging(to), ledger.dso(from, to), list);
    }

    /** Debtors with money overdue, as {@link #debtors(LocalDate, LocalDate, Optional, boolean)}. */
    public Debtors debtors(LocalDate from, LocalDate to, Optional<String> manager) {
        return debtors(from, to, manager, false);
    }

    public Ledger ledger(List<StoredReceivable> receivables) {
        List<Receivable> list = receivables.stream().map(StoredReceivable::receivable).toList();
        return new Ledger(list, receivableStore.paymentsOf(list.stream().map(Receivable::id).toList()));
    }
}
