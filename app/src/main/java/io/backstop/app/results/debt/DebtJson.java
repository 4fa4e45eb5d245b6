package io.backstop.app.results.debt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import io.backstop.core.debt.ClientEscalation;
import io.backstop.core.debt.ClientValue;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.EscalationLevel;
import java.util.Optional;

/**
 * The debt guard's answers as JSON (issue 17, point 4), shared by {@code results/debtors}, {@code results/dunning}
 * and the issue panel's actions: a client's value, when the head comes in, each dunning step as the caller would
 * take it, and its script.
 */
public final class DebtJson {

    private DebtJson() {
    }

    /** A client's value (issue 17, point 4): the score, its tier and the three parts it is made of. */
    static void value(ObjectNode node, ClientValue value) {
        node.put("score", value.score()).put("tier", value.tier().name())
                .put("revenueKopecks", value.revenueKopecks()).put("tenureMonths", value.tenureMonths())
                .put("invoicesDue", value.invoicesDue()).put("paidOnTime", value.paidOnTime());
    }

    /** The day overdue from which the head deals with this client (earlier for a valuable one), and its date. */
    static void headFrom(ObjectNode node, ClientEscalation e) {
        e.schedule().stream().filter(s -> s.level() == EscalationLevel.HEAD).findFirst().ifPresent(s -> node
                .put("headFromDays", s.dueOn().toEpochDay() - e.oldest().receivable().dueOn().toEpochDay())
                .put("headOn", s.dueOn().toString()));
    }

    /** What the client owes now, who on the ladder deals with them, and their value: the issue panel's dunning form. */
    public static void clientDebt(ObjectNode debt, DebtDesk.ClientDebt d) {
        debt.put("outstandingKopecks", d.aging().total()).put("overdueKopecks", d.aging().overdue());
        d.escalation().ifPresent(e -> {
            debt.put("daysOverdue", e.oldest().daysOverdue()).put("escalation", e.level().name());
            headFrom(debt, e);
        });
        value(debt.putObject("value"), d.value());
    }

    /**
     * One dunning step as {@code by} would take it: hard or soft, held for the head, refused ({@code kind}
     * NOT_YOURS, NOTHING_OVERDUE or TOO_SOON, the reason, when the next soft step is allowed) and its script.
     */
    public static ObjectNode dunningChoice(DunningChoice choice, String client, Optional<DebtDesk.ClientDebt> debt,
                                           String by) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("action", choice.action().name())
                .put("hard", choice.action().hard()).put("heldForTheHead", choice.heldForTheHead());
        choice.refused().ifPresent(r -> {
            ObjectNode refused = node.putObject("refused").put("kind", r.kind().name()).put("reason", r.getMessage());
            r.nextAllowed().ifPresent(next -> refused.put("nextAllowedAt", next.toString()));
        });
        node.set("script", script(choice.action(), client, debt, by));
        return node;
    }

    /** The step's script in every language, filled with what the client owes now. */
    static ObjectNode script(DunningAction action, String client, Optional<DebtDesk.ClientDebt> debt,
                                     String by) {
        long overdue = debt.map(d -> d.aging().overdue()).orElse(0L);
        long days = debt.flatMap(DebtDesk.ClientDebt::escalation).map(e -> e.oldest().daysOverdue()).orElse(0L);
        return DunningScripts.of(action, client, overdue, days, by);
    }
}
