package io.backstop.app.results.scorecard;

import io.backstop.app.results.debt.DunningStore;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.debt.StoredDunningStep;
import io.backstop.app.results.debt.StoredReceivable;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The receivables score's figures per manager, read (only read) from the debt area's stores (issue 17, point 5).
 *
 * <p><b>Overdue at the start</b> of a period: what was left on the first day's morning of the invoices due before
 * that day. <b>Collected</b>: payments made in the period against those invoices (so paying a fresh invoice, or
 * any invoice of a client who owes nothing overdue, collects nothing overdue). An invoice is its manager's.
 *
 * <p><b>A pressed client who left</b>: a dunning step was taken against the client (taken or approved, not one
 * held or refused), the client had been invoiced in at least two different calendar months of the N days up to
 * the step's day (a regular client, not a one-off order), and no invoice was issued to them in the N days after
 * it. It needs no one to say so, and the manager cannot undo it: invoices are recorded by the office manager, the
 * head or an administrator. It is counted once, against the manager of the client's latest invoice up to the step,
 * in the period in which the N days ran out (so it is known, not guessed, and never counted twice); of several
 * steps within N days of each other, only the last starts the N days.
 */
final class OverdueCollection {

    private final ReceivableStore receivables;
    private final DunningStore dunning;

    OverdueCollection(ReceivableStore receivables, DunningStore dunning) {
        this.receivables = receivables;
        this.dunning = dunning;
    }

    /** A pressed client who left: pressed on a day, not invoiced again until after {@code leftBy}. */
    record Lost(String client, String manager, LocalDate pressedOn, LocalDate leftBy) {
    }

    /** One manager's figures: overdue at the start, of it collected in the period, clients lost in it. */
    record Figures(long overdueAtStartKopecks, long collectedKopecks, List<Lost> lost) {

        static final Figures NONE = new Figures(0, 0, List.of());

        Figures plus(long overdue, long collected) {
            return new Figures(overdueAtStartKopecks + overdue, collectedKopecks + collected, lost);
        }

        Figures with(Lost client) {
            List<Lost> more = new ArrayList<>(lost);
            more.add(client);
            return new Figures(overdueAtStartKopecks, collectedKopecks, List.copyOf(more));
        }
    }

    /**
     * Per manager, for the period {@code [first, last]} as of {@code asOf} (its last day or today, whichever is
     * earlier): payments after {@code asOf} are not yet made, and only waits that ran out by {@code asOf} count.
     */
    Map<String, Figures> byManager(LocalDate first, LocalDate last, LocalDate asOf, int lostDays, ZoneId zone) {
        Map<String, Figures> result = new TreeMap<>();
        LocalDate dayBefore = first.minusDays(1);
        List<StoredReceivable> open = receivables.receivablesFor(first, dayBefore).stream()
                .filter(r -> r.receivable().dueOn().isBefore(first) && r.manager().isPresent()).toList();
        Map<String, List<Payment>> paid = new HashMap<>();
        receivables.paymentsOf(open.stream().map(r -> r.receivable().id()).toList())
                .forEach(p -> paid.computeIfAbsent(p.receivable(), k -> new ArrayList<>()).add(p));
        LocalDate end = last.isBefore(asOf) ? last : asOf;
        for (StoredReceivable r : open) {
            Receivable invoice = r.receivable();
            long before = 0;
            long within = 0;
            for (Payment p : paid.getOrDefault(invoice.id(), List.of())) {
                if (!p.paidOn().isAfter(dayBefore)) {
                    before += p.amountKopecks();
                } else if (!p.paidOn().isAfter(end)) {
                    within += p.amountKopecks();
                }
            }
            long overdue = invoice.amountKopecks() - before;
            if (overdue > 0) {
                result.merge(r.manager().get(), Figures.NONE.plus(overdue, within),
                        (a, b) -> a.plus(b.overdueAtStartKopecks(), b.collectedKopecks()));
            }
        }
        for (Lost lost : lost(first, end, lostDays, zone)) {
            result.put(lost.manager(), result.getOrDefault(lost.manager(), Figures.NONE).with(lost));
        }
        return result;
    }

    /** The pressed clients whose N days after the step ran out in {@code [first, end]} without an invoice. */
    List<Lost> lost(LocalDate first, LocalDate end, int days, ZoneId zone) {
        List<Lost> lost = new ArrayList<>();
        if (end.isBefore(first)) {
            return lost;
        }
        LocalDate from = first.minusDays(days);
        Map<String, Set<LocalDate>> pressed = new TreeMap<>();
        for (StoredDunningStep s : dunning.dunningSteps(from.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant())) {
            if (s.status() == StoredDunningStep.Status.TAKEN || s.status() == StoredDunningStep.Status.APPROVED) {
                pressed.computeIfAbsent(s.client(), k -> new TreeSet<>()).add(s.at().atZone(zone).toLocalDate());
            }
        }
        pressed.forEach((client, stepDays) -> {
            List<StoredReceivable> invoices = null;
            for (LocalDate day : stepDays) {
                LocalDate leftBy = day.plusDays(days);
                boolean runsOutHere = !leftBy.isBefore(first) && !leftBy.isAfter(end);
                boolean pressedAgain = stepDays.stream().anyMatch(d -> d.isAfter(day) && !d.isAfter(leftBy));
                if (!runsOutHere || pressedAgain) {
                    continue;
                }
                invoices = invoices != null ? invoices : receivables.receivablesOf(client);
                leftAfter(client, day, days, invoices).ifPresent(lost::add);
            }
        });
        return lost;
    }

    private static Optional<Lost> leftAfter(String client, LocalDate day, int days, List<StoredReceivable> invoices) {
        Set<YearMonth> monthsBefore = new TreeSet<>();
        boolean invoicedAfter = false;
        for (StoredReceivable r : invoices) {
            LocalDate issued = r.receivable().issuedOn();
            if (!issued.isAfter(day) && !issued.isBefore(day.minusDays(days))) {
                monthsBefore.add(YearMonth.from(issued));
            } else if (issued.isAfter(day) && !issued.isAfter(day.plusDays(days))) {
                invoicedAfter = true;
            }
        }
        if (monthsBefore.size() < 2 || invoicedAfter) {
            return Optional.empty();
        }
        return invoices.stream().filter(r -> !r.receivable().issuedOn().isAfter(day) && r.manager().isPresent())
                .max(Comparator.comparing((StoredReceivable r) -> r.receivable().issuedOn()))
                .map(r -> new Lost(client, r.manager().get(), day, day.plusDays(days)));
    }
}
