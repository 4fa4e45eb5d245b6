package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cyclic campaign (циклическая работа): "everyone who ordered {@code ordered} in the last {@code lookbackMonths}
 * months is offered {@code offer}". Run it on a date to get the clients to call.
 */
public record Campaign(String code, String ordered, String offer, int lookbackMonths) {

    public Campaign {
        Check.code(code, "code");
        Check.code(ordered, "ordered");
        Check.code(offer, "offer");
        if (offer.equals(ordered)) {
            throw Check.invalid("offer", Problem.of("error.upsell.differFromOrdered", offer));
        }
        Check.positive(lookbackMonths, "lookbackMonths");
    }

    public Campaign(String code, String ordered, String offer) {
        this(code, ordered, offer, 3);
    }

    /** The first day of the window that ends on {@code on}: {@code on} minus the lookback months. */
    public LocalDate windowStart(LocalDate on) {
        return on.minusMonths(lookbackMonths);
    }

    /**
     * The clients to call on {@code on}: those with an order of {@code ordered} in {@code [on - lookback, on]},
     * minus those with an open complaint, an overdue debt or waiting for an answer (the caller says who: the
     * complaint, debt and response rules know), those who ordered {@code offer} in the window, and those already
     * offered it in the window (offer instants are read as dates in {@code zone}).
     */
    public CallList callList(LocalDate on, ZoneId zone, Collection<Order> orders, Collection<Offer> offers,
                             Set<String> withOpenComplaint, Set<String> withOverdueDebt,
                             Set<String> waitingForAnswer) {
        return callList(on, zone, orders, offers, withOpenComplaint, withOverdueDebt, waitingForAnswer, Set.of());
    }

    /** As above, also skipping the clients with a promise broken and not answered since ({@code withBrokenPromise}). */
    public CallList callList(LocalDate on, ZoneId zone, Collection<Order> orders, Collection<Offer> offers,
                             Set<String> withOpenComplaint, Set<String> withOverdueDebt,
                             Set<String> waitingForAnswer, Set<String> withBrokenPromise) {
        Check.notNull(on, "on");
        Check.notNull(withBrokenPromise, "withBrokenPromise");
        Check.notNull(zone, "zone");
        Check.list(orders, "orders");
        Check.list(offers, "offers");
        Check.notNull(withOpenComplaint, "withOpenComplaint");
        Check.notNull(withOverdueDebt, "withOverdueDebt");
        Check.notNull(waitingForAnswer, "waitingForAnswer");
        LocalDate start = windowStart(on);
        TreeMap<String, LocalDate> candidates = new TreeMap<>();
        Set<String> hasService = new HashSet<>();
        for (Order order : orders) {
            if (order.orderedOn().isBefore(start) || order.orderedOn().isAfter(on)) {
                continue;
            }
            if (order.service().equals(ordered)) {
                candidates.merge(order.client(), order.orderedOn(), (a, b) -> a.isAfter(b) ? a : b);
            } else if (order.service().equals(offer)) {
                hasService.add(order.client());
            }
        }
        Set<String> offered = new HashSet<>();
        for (Offer o : offers) {
            LocalDate day = o.at().atZone(zone).toLocalDate();
            if (o.service().equals(offer) && !day.isBefore(start) && !day.isAfter(on)) {
                offered.add(o.client());
            }
        }
        List<Call> calls = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<SkipReason, Set<String>> skip = new EnumMap<>(Map.of(SkipReason.OPEN_COMPLAINT, withOpenComplaint,
                SkipReason.OVERDUE_DEBT, withOverdueDebt, SkipReason.HAS_SERVICE, hasService,
                SkipReason.ALREADY_OFFERED, offered, SkipReason.WAITING_FOR_ANSWER, waitingForAnswer,
                SkipReason.BROKEN_PROMISE, withBrokenPromise));
        candidates.forEach((client, last) -> {
            EnumSet<SkipReason> reasons = EnumSet.noneOf(SkipReason.class);
            skip.forEach((reason, clients) -> {
                if (clients.contains(client)) {
                    reasons.add(reason);
                }
            });
            if (reasons.isEmpty()) {
                calls.add(new Call(client, last));
            } else {
                skipped.add(new Skipped(client, reasons));
            }
        });
        // Freshest order first: a client who ordered last week remembers the agency best.
        calls.sort(Comparator.comparing(Call::lastOrderedOn).reversed().thenComparing(Call::client));
        return new CallList(this, on, calls, skipped);
    }
}
