package io.backstop.app.results.debt;

import io.backstop.core.validation.Problem;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Ledger;
import io.backstop.core.debt.Receivable;
import io.backstop.core.debt.SoftStepPace;
import io.backstop.core.staff.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The debt guard's refusals (issue 17, point 4), before the guard for valuable clients decides on approval: only
 * the client's manager, the head or the office manager dun a client; no hard step without an overdue debt; soft
 * steps (a reminder, a call) to one client at most once per {@code debt.callEveryWorkingDays} working days.
 */
final class DunningChecks {

    /** Soft steps share one pace: a reminder the day after a call presses the client as much as a second call. */
    static final List<DunningAction> SOFT = Arrays.stream(DunningAction.values()).filter(a -> !a.hard()).toList();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResultsContext context;
    private final ReceivableStore receivables;
    private final DunningStore steps;

    DunningChecks(ResultsContext context, ReceivableStore receivables, DunningStore steps) {
        this.context = context;
        this.receivables = receivables;
        this.steps = steps;
    }

    /** Why {@code by} may not take {@code action} against {@code client} at {@code at}; empty when they may. */
    Optional<DunningRefused> refusal(String client, DunningAction action, String by, Instant at) {
        Optional<String> owner = ownerOf(client);
        Role role = context.current().person(by).map(p -> p.role()).orElse(null);
        if (role != Role.HEAD && role != Role.OFFICE_MANAGER && !owner.equals(Optional.of(by))) {
            return Optional.of(new DunningRefused(DunningRefused.Kind.NOT_YOURS, owner.map(o -> Problem.of(
                    "error.debt.notYoursOwner", o, client)).orElse(Problem.of("error.debt.notYours", client)),
                    Optional.empty()));
        }
        LocalDate day = at.atZone(context.zone()).toLocalDate();
        if (action.hard()) {
            List<Receivable> own = receivables.receivablesOf(client).stream().map(StoredReceivable::receivable).toList();
            Ledger ledger = new Ledger(own, receivables.paymentsOf(own.stream().map(Receivable::id).toList()));
            if (ledger.aging(day).overdue() == 0) {
                return Optional.of(new DunningRefused(DunningRefused.Kind.NOTHING_OVERDUE, Problem.of(
                        "error.debt.nothingOverdue", client, day.toString(), action.toString()), Optional.empty()));
            }
            return Optional.empty();
        }
        int every = context.settings().debt().callEveryWorkingDays();
        return steps.lastStep(client, SOFT).flatMap(last -> {
            Instant next = SoftStepPace.nextAllowed(context.current().calendar(), last.at(), every);
            if (!at.isBefore(next)) {
                return Optional.empty();
            }
            return Optional.of(new DunningRefused(DunningRefused.Kind.TOO_SOON, Problem.of("error.debt.tooSoon",
                    last.action().name().toLowerCase().replace('_', ' '), client,
                    WHEN.format(last.at().atZone(context.zone())), last.by(), every,
                    WHEN.format(next.atZone(context.zone())), next.toString()), Optional.of(next)));
        });
    }

    /** The client's manager: the one on their latest invoice that names one. */
    Optional<String> ownerOf(String client) {
        List<StoredReceivable> invoices = receivables.receivablesOf(client);
        for (int i = invoices.size() - 1; i >= 0; i--) {
            if (invoices.get(i).manager().isPresent()) {
                return invoices.get(i).manager();
            }
        }
        return Optional.empty();
    }
}
