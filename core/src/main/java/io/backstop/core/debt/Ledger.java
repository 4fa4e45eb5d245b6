package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Receivables and the payments against them. Everything is read "as of" a date: a receivable counts from the day
 * it was issued, a payment from the day it was made, so the same ledger answers for any past date.
 */
public final class Ledger {

    private final List<Receivable> receivables;
    private final List<Payment> payments;
    private final Map<String, List<Payment>> paymentsOf = new HashMap<>();

    public Ledger(Collection<Receivable> receivables, Collection<Payment> payments) {
        this.receivables = Check.list(receivables, "receivables");
        this.payments = Check.list(payments, "payments");
        Map<String, Receivable> byId = new LinkedHashMap<>();
        for (int i = 0; i < this.receivables.size(); i++) {
            Receivable r = this.receivables.get(i);
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw Check.invalid("receivables[" + i + "].id", Problem.of("error.input.listedTwice", r.id()));
            }
        }
        Map<String, Long> paid = new HashMap<>();
        for (int i = 0; i < this.payments.size(); i++) {
            Payment p = this.payments.get(i);
            Receivable r = byId.get(p.receivable());
            if (r == null) {
                throw Check.invalid("payments[" + i + "].receivable", Problem.of("error.debt.knownReceivable",
                        p.receivable()));
            }
            long total = paid.merge(p.receivable(), p.amountKopecks(), Math::addExact);
            if (total > r.amountKopecks()) {
                // An overpayment is a credit to sort out by hand, not a negative debt to age.
                throw Check.invalid("payments[" + i + "].amountKopecks", Problem.of("error.debt.bringsPaymentsKopecks",
                        r.id(), total, r.amountKopecks()));
            }
            paymentsOf.computeIfAbsent(p.receivable(), id -> new ArrayList<>()).add(p);
        }
    }

    public List<Receivable> receivables() {
        return receivables;
    }

    public List<Payment> payments() {
        return payments;
    }

    /** The client's part of the ledger. */
    public Ledger of(String client) {
        List<Receivable> own = receivables.stream().filter(r -> r.client().equals(client)).toList();
        List<Payment> ownPayments = own.stream()
                .flatMap(r -> paymentsOf.getOrDefault(r.id(), List.of()).stream()).toList();
        return new Ledger(own, ownPayments);
    }

    /** What is left of a receivable on {@code at}: zero before it was issued. */
    public long outstanding(Receivable receivable, LocalDate at) {
        if (receivable.issuedOn().isAfter(at)) {
            return 0;
        }
        long paid = 0;
        for (Payment p : paymentsOf.getOrDefault(receivable.id(), List.of())) {
            if (!p.paidOn().isAfter(at)) {
                paid += p.amountKopecks();
            }
        }
        return receivable.amountKopecks() - paid;
    }

    /** The unpaid receivables on {@code at}, oldest due date first. */
    public List<Debt> open(LocalDate at) {
        Check.notNull(at, "at");
        List<Debt> open = new ArrayList<>();
        for (Receivable r : receivables) {
            long left = outstanding(r, at);
            if (left > 0) {
                open.add(new Debt(r, left, r.daysOverdue(at)));
            }
        }
        open.sort(Comparator.comparing((Debt d) -> d.receivable().dueOn()).thenComparing(d -> d.receivable().id()));
        return List.copyOf(open);
    }

    public Aging aging(LocalDate at) {
        Aging aging = Aging.empty(at);
        for (Debt debt : open(at)) {
            aging = aging.plus(debt);
        }
        return aging;
    }

    /** Aging per client, for clients with anything unpaid. */
    public SortedMap<String, Aging> agingByClient(LocalDate at) {
        TreeMap<String, Aging> byClient = new TreeMap<>();
        for (Debt debt : open(at)) {
            byClient.put(debt.client(), byClient.getOrDefault(debt.client(), Aging.empty(at)).plus(debt));
        }
        return Collections.unmodifiableSortedMap(byClient);
    }

    /** Clients with any money overdue on {@code at}: a campaign does not call them. */
    public SortedSet<String> clientsWithOverdue(LocalDate at) {
        TreeSet<String> clients = new TreeSet<>();
        open(at).stream().filter(Debt::overdue).forEach(d -> clients.add(d.client()));
        return Collections.unmodifiableSortedSet(clients);
    }

    /** Payments made in {@code [from, to]}. */
    public long collected(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return payments.stream().filter(p -> within(p.paidOn(), from, to)).mapToLong(Payment::amountKopecks).sum();
    }

    /** Payments made in {@code [from, to]} per client (the host maps clients to their managers). */
    public SortedMap<String, Long> collectedByClient(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        Map<String, String> clientOf = new HashMap<>();
        receivables.forEach(r -> clientOf.put(r.id(), r.client()));
        TreeMap<String, Long> byClient = new TreeMap<>();
        payments.stream().filter(p -> within(p.paidOn(), from, to))
                .forEach(p -> byClient.merge(clientOf.get(p.receivable()), p.amountKopecks(), Long::sum));
        return Collections.unmodifiableSortedMap(byClient);
    }

    /** Amounts of receivables issued in {@code [from, to]}: the period's sales on credit. */
    public long invoiced(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return receivables.stream().filter(r -> within(r.issuedOn(), from, to)).mapToLong(Receivable::amountKopecks)
                .sum();
    }

    /**
     * Days sales outstanding for {@code [from, to]}: receivables outstanding at the end of {@code to} (due or not)
     * divided by the amount invoiced in the period, times the days in the period (both ends counted).
     * {@code DSO = outstanding(to) / invoiced(from, to) x days}. Empty when nothing was invoiced.
     */
    public OptionalDouble dso(LocalDate from, LocalDate to) {
        long invoiced = invoiced(from, to);
        if (invoiced == 0) {
            return OptionalDouble.empty();
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return OptionalDouble.of((double) aging(to).total() / invoiced * days);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        if (to.isBefore(from)) {
            throw Check.invalid("to", Problem.of("error.input.beforeFrom", from, to));
        }
    }
}
