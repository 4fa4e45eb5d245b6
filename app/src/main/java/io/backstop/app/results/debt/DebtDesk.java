package io.backstop.app.results.debt;

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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Receivables: invoices and payments, the debtors with their aging, and dunning through the guard for large clients. */
public final class DebtDesk {

    private final ResultsContext context;
    private final EntityStore store;
    private final ReceivableStore receivableStore;
    private final DunningStore dunningStore;
    private final Locks locks;

    public DebtDesk(ResultsContext context, EntityStore store, Locks locks) {
        this.context = context;
        this.store = store;
        this.receivableStore = new ReceivableStore(store);
        this.dunningStore = new DunningStore(store);
        this.locks = locks;
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
                throw Check.invalid("id", "receivable \"" + receivable.id() + "\" is already recorded");
            }
            return receivableStore.addReceivable(receivable, manager, service);
        });
    }

    /** A payment against a receivable; it may not exceed what is left to pay. */
    public StoredReceivable recordPayment(Payment payment) {
        Check.notNull(payment, "payment");
        return locks.withLock("results-receivable:" + payment.receivable(), () -> {
            StoredReceivable r = receivableStore.receivable(payment.receivable()).orElseThrow(
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
            return receivableStore.addPayment(payment);
        });
    }

    /**
     * A dunning step against a debtor, through the guard for large clients: taken at once, or held for the head's
     * approval when a manager takes a hard step against a client whose revenue of the last 12 months is above the
     * threshold. The head's own steps are taken on their authority.
     */
    public StoredDunningStep takeDunningStep(String client, DunningAction action, String by, Instant at) {
        Check.notBlank(client, "client");
        Check.notNull(action, "action");
        context.knownPerson(by, "by");
        return locks.withLock("results-dunning:" + client, () -> {
            for (StoredDunningStep pending : dunningStore.pendingDunningSteps()) {
                if (pending.client().equals(client) && pending.action() == action) {
                    throw Check.invalid("action", action + " against \"" + client
                            + "\" already waits for the head's approval (step " + pending.id() + ")");
                }
            }
            GuardDecision decision = guard().decide(revenueOf(client, day(at)), action, level(by), false);
            return dunningStore.addDunningStep(client, action, by, at, decision.allowed()
                    ? StoredDunningStep.Status.TAKEN : StoredDunningStep.Status.PENDING, decision.reason());
        });
    }

    /**
     * The steps the guard would hold for the head's approval if {@code by} took them against {@code client} at
     * {@code at} (the issue panel says so before the step is taken): the same decision {@link #takeDunningStep} makes.
     */
    public EnumSet<DunningAction> heldForTheHead(String client, String by, Instant at) {
        Check.notBlank(client, "client");
        long revenue = revenueOf(client, day(at));
        DunningGuard guard = guard();
        EscalationLevel level = level(by);
        EnumSet<DunningAction> held = EnumSet.noneOf(DunningAction.class);
        for (DunningAction action : DunningAction.values()) {
            if (!guard.decide(revenue, action, level, false).allowed()) {
                held.add(action);
            }
        }
        return held;
    }

    /** What one client owes on {@code on}, by age, and who on the ladder deals with them now. */
    public record ClientDebt(Aging aging, Optional<ClientEscalation> escalation) {
    }

    public ClientDebt clientDebt(String client, LocalDate on) {
        Check.notBlank(client, "client");
        Ledger ledger = ledger(receivableStore.receivablesOf(client));
        return new ClientDebt(ledger.aging(on), context.settings().ladder().forClient(ledger, client, on));
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
            throw new Refused("only the head approves or refuses a held dunning step");
        }
        return locks.withLock("results-dunning-step:" + id,
                () -> WriteConflicts.retrying(() -> store.inTransaction(() -> decideOnce(id, approve, by, at))));
    }

    private StoredDunningStep decideOnce(int id, boolean approve, String by, Instant at) {
        StoredDunningStep step = dunningStore.dunningStepLocked(id)
                .orElseThrow(() -> Check.invalid("id", "no step " + id));
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
                this::managerOf).equals(manager)).toList();
    }

    /** What the client was invoiced in the 12 months up to {@code day}: the guard's measure of a large client. */
    private long revenueOf(String client, LocalDate day) {
        LocalDate since = day.minusMonths(12);
        return receivableStore.receivablesOf(client).stream().map(StoredReceivable::receivable)
                .filter(r -> r.issuedOn().isAfter(since) && !r.issuedOn().isAfter(day))
                .mapToLong(Receivable::amountKopecks).sum();
    }

    /** The manager on the client's latest invoice. */
    private Optional<String> managerOf(String client) {
        List<StoredReceivable> invoices = receivableStore.receivablesOf(client);
        for (int i = invoices.size() - 1; i >= 0; i--) {
            if (invoices.get(i).manager().isPresent()) {
                return invoices.get(i).manager();
            }
        }
        return Optional.empty();
    }

    /** One debtor: what they owe by age, who calls them now, and their manager. */
    public record Debtor(String client, Optional<String> manager, Aging aging, Optional<ClientEscalation> escalation) {
    }

    /** Debtors as of {@code to}, with DSO for {@code [from, to]}. */
    public record Debtors(LocalDate from, LocalDate to, Aging total, OptionalDouble dso, List<Debtor> debtors) {
    }

    public Debtors debtors(LocalDate from, LocalDate to, Optional<String> manager) {
        ResultsContext.period(from, to);
        List<StoredReceivable> receivables = receivableStore.receivablesFor(from, to).stream()
                .filter(r -> manager.isEmpty() || r.manager().equals(manager)).toList();
        Ledger ledger = ledger(receivables);
        Map<String, Optional<String>> managers = new HashMap<>();
        receivables.forEach(r -> managers.put(r.receivable().client(), r.manager()));
        List<Debtor> list = new ArrayList<>();
        var ladder = context.settings().ladder();
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

    public Ledger ledger(List<StoredReceivable> receivables) {
        List<Receivable> list = receivables.stream().map(StoredReceivable::receivable).toList();
        return new Ledger(list, receivableStore.paymentsOf(list.stream().map(Receivable::id).toList()));
    }
}
