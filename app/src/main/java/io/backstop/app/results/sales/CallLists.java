package io.backstop.app.results.sales;

import io.backstop.app.response.BrokenPromiseClients;
import io.backstop.app.response.WaitingClients;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.debt.StoredReceivable;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.upsell.Order;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Campaigns' call lists as the department works them: core's rule over the invoices (orders), accepted offers, open
 * complaints, overdue debts, the clients waiting for an answer and those with a broken promise, each client with
 * their manager (the one on their latest invoice up to the day, as for the loto cards), who calls them unless the
 * head gave the row to somebody else, and the outcome the caller recorded in this cycle.
 */
final class CallLists {

    private final ResultsContext context;
    private final OfferStore offerStore;
    private final ReceivableStore receivableStore;
    private final ComplaintStore complaintStore;
    private final WaitingClients waiting;
    private final BrokenPromiseClients brokenPromises;
    private final CallNotes notes;
    private final DebtDesk debt;

    CallLists(ResultsContext context, EntityStore store, DebtDesk debt) {
        this.context = context;
        this.offerStore = new OfferStore(store);
        this.receivableStore = new ReceivableStore(store);
        this.complaintStore = new ComplaintStore(store);
        this.waiting = new WaitingClients(store);
        this.brokenPromises = new BrokenPromiseClients(store);
        this.notes = new CallNotes(store);
        this.debt = debt;
    }

    /**
     * A campaign's call list on {@code on}, only {@code manager}'s clients when one is named. Who waits for an answer
     * is known as it is at {@code now}, so it skips clients only on a list for today or later: a past day's list is
     * not rewritten by who waits today.
     */
    CampaignCalls callList(Campaign campaign, LocalDate on, Instant now, Optional<String> manager) {
        Check.notNull(on, "on");
        Check.notNull(now, "now");
        ZoneId zone = context.zone();
        LocalDate since = campaign.windowStart(on);
        List<StoredReceivable> receivables = receivableStore.receivablesFor(since, on);
        List<Order> orders = new ArrayList<>();
        Map<String, String> managerOf = new TreeMap<>();
        for (StoredReceivable r : receivables) {
            if (r.service().isPresent() && !r.receivable().issuedOn().isBefore(since)) {
                orders.add(new Order(r.receivable().client(), r.service().get(), r.receivable().issuedOn()));
            }
            r.manager().ifPresent(m -> managerOf.put(r.receivable().client(), m)); // oldest first: the latest wins
        }
        List<Offer> offers = offerStore.offers(since.atStartOfDay(zone).toInstant(),
                on.plusDays(1).atStartOfDay(zone).toInstant(), Optional.empty()).stream()
                .map(StoredOffer::offer).toList();
        for (Offer offer : offers) {
            if (offer.status() == OfferStatus.ACCEPTED) {
                orders.add(new Order(offer.client(), offer.service(), offer.at().atZone(zone).toLocalDate()));
            }
        }
        Set<String> complaining = ComplaintRules.clientsWithOpenComplaint(
                complaintStore.openComplaints().stream().map(StoredComplaint::complaint).toList());
        Set<String> owing = debt.ledger(receivables).clientsWithOverdue(on);
        boolean past = on.isBefore(now.atZone(zone).toLocalDate());
        Set<String> waitingNow = past ? Set.of() : waiting.now();
        Set<String> brokenNow = past ? Set.of() : brokenPromises.now(now, zone);
        CallList list = campaign.callList(on, zone, orders, offers, complaining, owing, waitingNow, brokenNow);
        Map<String, CallNotes.Row> rows = notes.rows(campaign.code(), since, on);
        CampaignCalls all = new CampaignCalls(list, managerOf, rows);
        if (manager.isPresent()) {
            // a person's rows: their own clients', and those the head gave them to call
            String whose = manager.get();
            list = new CallList(campaign, on,
                    list.calls().stream().filter(c -> whose.equals(managerOf.get(c.client()))
                            || all.callerOf(c.client()).filter(whose::equals).isPresent()).toList(),
                    list.skipped().stream().filter(s -> whose.equals(managerOf.get(s.client()))).toList());
        }
        return new CampaignCalls(list, managerOf, rows);
    }
}
