package io.backstop.app.results.digest;

import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.Tracker;
import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.StoredClock;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.sales.MissingOffers;
import io.backstop.app.results.sales.OfferStore;
import io.backstop.app.results.sales.StoredOffer;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.debt.Ledger;
import io.backstop.core.digest.ClientDigest;
import io.backstop.core.digest.Contact;
import io.backstop.core.digest.IssueFact;
import io.backstop.core.upsell.Offer;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** One client on one screen: open work, last contacts, complaints, debt and offers. */
public final class DigestDesk {

    private final ResultsContext context;
    private final ClockStore clocks;
    private final ClockEventStore events;
    private final ComplaintStore complaintStore;
    private final OfferStore offerStore;
    private final ReceivableStore receivableStore;
    private final DebtDesk debt;
    private final Tracker tracker;
    private final MissingOffers missingOffers;

    public DigestDesk(ResultsContext context, EntityStore store, Tracker tracker, DebtDesk debt) {
        this.context = context;
        this.clocks = new ClockStore(store);
        this.events = new ClockEventStore(store);
        this.complaintStore = new ComplaintStore(store);
        this.offerStore = new OfferStore(store);
        this.receivableStore = new ReceivableStore(store);
        this.debt = debt;
        this.tracker = tracker;
        this.missingOffers = new MissingOffers(context, store);
    }

    public ZoneId zone() {
        return context.zone();
    }

    /**
     * One client on one screen: open work (the client's unresolved issues, summary and promised date from the
     * tracker), the last contacts (client messages and staff replies), complaints, debt and offers. It shows what the
     * matching screens would: only issues {@code mayBrowse} accepts (a manager never learns of an issue they may not
     * open), and, for {@code whose} rows (empty: everybody's), only complaints about that person and offers they made,
     * on issues they may browse. The client's debt is shown to everyone about to call them.
     */
    public ClientDigest digest(String client, LocalDate asOf, Predicate<String> mayBrowse, Optional<String> whose) {
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
        List<Complaint> complaints = complaintStore.complaintsOf(client).stream().map(StoredComplaint::complaint)
                .filter(c -> whose.map(c.about()::equals).orElse(true) && mayBrowse.test(c.issue())).toList();
        Ledger ledger = debt.ledger(receivableStore.receivablesOf(client));
        List<Offer> offers = offerStore.offersOf(client).stream().map(StoredOffer::offer)
                .filter(o -> whose.map(o.by()::equals).orElse(true) && mayBrowse.test(o.issue())).toList();
        return ClientDigest.of(client, asOf, work, contacts, complaints, ledger, offers);
    }

    /**
     * The loto-card offers nobody has made the client in the 12 months up to {@code asOf} (issue 17): what to offer
     * at the moment of contact, whoever made the others.
     */
    public List<String> missingOffers(String client, LocalDate asOf) {
        return missingOffers.of(client, asOf).missing();
    }
}
