package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The escalation ladder: manager, then head, then director, each from a number of days overdue. Rungs go up in
 * level and in days; a ladder may leave a level out (a small agency without a director in the loop).
 */
public record Ladder(List<EscalationStep> steps) {

    public Ladder {
        steps = Check.list(steps, "steps");
        if (steps.isEmpty()) {
            throw Check.invalid("steps", Problem.of("error.input.notEmpty"));
        }
        for (int i = 1; i < steps.size(); i++) {
            EscalationStep before = steps.get(i - 1);
            EscalationStep step = steps.get(i);
            if (step.level().compareTo(before.level()) <= 0) {
                throw Check.invalid("steps[" + i + "].level", Problem.of("error.debt.above",
                        step.level(), before.level()));
            }
            if (step.daysOverdue() <= before.daysOverdue()) {
                throw Check.invalid("steps[" + i + "].daysOverdue", Problem.of("error.debt.more",
                        before.daysOverdue(), step.daysOverdue()));
            }
        }
    }

    /**
     * Manager from the first day overdue, head from day 31, director from day 61: each steps in as the debt
     * moves into the next aging bucket. A valuable client's head rung comes earlier ({@link DebtRules#ladderFor});
     * large clients are also protected by {@link DunningGuard}.
     */
    public static Ladder departmentDefault() {
        return of(1, 31, 61);
    }

    /** A full ladder manager, head, director with the given days. */
    public static Ladder of(int managerDays, int headDays, int directorDays) {
        return new Ladder(List.of(new EscalationStep(EscalationLevel.MANAGER, managerDays),
                new EscalationStep(EscalationLevel.HEAD, headDays),
                new EscalationStep(EscalationLevel.DIRECTOR, directorDays)));
    }

    /**
     * This ladder with the head's rung from {@code days} overdue (a valuable client, {@link DebtRules#ladderFor}):
     * never later than this ladder has it, and always after the rung below it; a ladder without the head is kept.
     */
    public Ladder headFrom(int days) {
        List<EscalationStep> moved = new ArrayList<>(steps);
        for (int i = 0; i < moved.size(); i++) {
            EscalationStep step = moved.get(i);
            if (step.level() == EscalationLevel.HEAD) {
                int floor = i == 0 ? 0 : moved.get(i - 1).daysOverdue() + 1;
                moved.set(i, new EscalationStep(EscalationLevel.HEAD,
                        Math.max(floor, Math.min(step.daysOverdue(), days))));
            }
        }
        return new Ladder(moved);
    }

    /** The day overdue from which {@code level} deals with a debt, if this ladder has that rung. */
    public OptionalInt daysOf(EscalationLevel level) {
        return steps.stream().filter(s -> s.level() == level).mapToInt(EscalationStep::daysOverdue).findFirst();
    }

    /** The date each rung becomes due for a receivable due on {@code dueOn}. */
    public List<ScheduledStep> schedule(LocalDate dueOn) {
        Check.notNull(dueOn, "dueOn");
        return steps.stream().map(s -> new ScheduledStep(s.level(), dueOn.plusDays(s.daysOverdue()))).toList();
    }

    /** The highest rung reached on {@code at}; empty before the first. */
    public Optional<EscalationLevel> reached(LocalDate dueOn, LocalDate at) {
        Check.notNull(at, "at");
        EscalationLevel reached = null;
        for (ScheduledStep step : schedule(dueOn)) {
            if (!step.dueOn().isAfter(at)) {
                reached = step.level();
            }
        }
        return Optional.ofNullable(reached);
    }

    /** Where a client stands on {@code at}, by their oldest overdue receivable; empty when nothing has reached a rung. */
    public Optional<ClientEscalation> forClient(Ledger ledger, String client, LocalDate at) {
        Check.notNull(ledger, "ledger");
        Check.notBlank(client, "client");
        List<Debt> open = ledger.of(client).open(at);  // oldest due date first
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Debt oldest = open.get(0);
        LocalDate dueOn = oldest.receivable().dueOn();
        List<ScheduledStep> schedule = schedule(dueOn);
        Optional<ScheduledStep> next = schedule.stream().filter(s -> s.dueOn().isAfter(at)).findFirst();
        return reached(dueOn, at).map(level -> new ClientEscalation(client, oldest, level, next, schedule));
    }
}
