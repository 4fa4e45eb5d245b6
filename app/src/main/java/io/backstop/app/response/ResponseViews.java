package io.backstop.app.response;

import io.backstop.app.promise.PromiseStore;
import io.backstop.core.sla.Promise;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.staff.HeldWork;
import io.backstop.app.store.EntityStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What people read: the queue and its promise lane, one issue's clock and timeline, the audit trail and the breaches.
 */
public final class ResponseViews implements HeldWork {

    private final ClockStore clocks;
    private final ClockEventStore events;
    private final PromiseStore promises;
    private final ComplaintStore complaints;

    public ResponseViews(EntityStore store) {
        this.clocks = new ClockStore(store);
        this.events = new ClockEventStore(store);
        this.promises = new PromiseStore(store);
        this.complaints = new ComplaintStore(store);
    }

    /** Issues with a complaint that is still open: they go to the top of the queue, in their own lane. */
    public Set<String> issuesWithOpenComplaint() {
        Set<String> issues = new HashSet<>();
        complaints.openComplaints().forEach(stored -> issues.add(stored.complaint().issue()));
        return issues;
    }

    @Override
    public List<HeldIssue> awaitingHeldBy(String person) {
        return clocks.awaitingHeldBy(Set.of(person)).stream()
                .map(held -> new HeldIssue(held.clock().issue(), held.client(), held.clock().owner())).toList();
    }

    public List<StoredClock> queue(Instant at) {
        return clocks.queuedAt(at);
    }

    public Optional<StoredClock> clock(String issue) {
        return clocks.find(issue);
    }

    public List<ClockEvent> timeline(String issue) {
        return events.forIssue(issue);
    }

    /**
     * Reassignments with {@code from <= at < to} in the order they were recorded, and among them (issue 17) the
     * catalogue changes of the period, each before the first reassignment recorded at a later instant.
     */
    public List<ClockEvent> audit(Instant from, Instant to) {
        List<ClockEvent> reassigned = events.ofKind(ClockEventKind.REASSIGNED, from, to);
        List<ClockEvent> catalogues = events.ofKind(ClockEventKind.CATALOGUE, from, to);
        if (catalogues.isEmpty()) {
            return reassigned;
        }
        List<ClockEvent> audit = new java.util.ArrayList<>(reassigned.size() + catalogues.size());
        int c = 0;
        for (ClockEvent event : reassigned) { // a merge, not a sort: the reassignments keep their own order
            while (c < catalogues.size() && catalogues.get(c).at().isBefore(event.at())) {
                audit.add(catalogues.get(c++));
            }
            audit.add(event);
        }
        audit.addAll(catalogues.subList(c, catalogues.size()));
        return audit;
    }

    /** Promises made in {@code [from, to)}, in the order made, each as it stands now. */
    public List<Promise> promises(Instant from, Instant to) {
        return promises.madeBetween(from, to);
    }

    /** The queue's promise lane at {@code now}: broken and not answered since, then due today ({@link PromiseLane}). */
    List<PromiseLane.Entry> promiseLane(Instant now, ZoneId zone) {
        return new PromiseLane(clocks, events, promises).at(now, zone);
    }

    /** One person's work at {@code now}: what they hold or own awaiting an answer, and their promises ({@link MyWork}). */
    MyWork.Work myWork(String person, Instant now, ZoneId zone) {
        return new MyWork(clocks, promises, new PromiseLane(clocks, events, promises)).of(person, now, zone);
    }

    public List<ClockEvent> breaches(Instant from, Instant to) {
        return events.ofKind(ClockEventKind.BREACH, from, to);
    }
}
