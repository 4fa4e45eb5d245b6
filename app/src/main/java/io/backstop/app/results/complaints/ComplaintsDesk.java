package io.backstop.app.results.complaints;

import java.time.ZoneId;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.port.Locks;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.core.complaint.Decision;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** Complaints that cannot be hushed: anyone flags one; only the head unflags, closes or reopens it. */
public final class ComplaintsDesk {

    private final ResultsContext context;
    private final ComplaintStore complaintStore;
    private final Locks locks;

    public ComplaintsDesk(ResultsContext context, EntityStore store, Locks locks) {
        this.context = context;
        this.complaintStore = new ComplaintStore(store);
        this.locks = locks;
    }

    public ResultsSettings settings() {
        return context.settings();
    }

    public ZoneId zone() {
        return context.zone();
    }

    /** Anyone in the department may flag a complaint. */
    public StoredComplaint flagComplaint(String client, String issue, Optional<String> comment, String about,
                                         String by, Instant at) {
        context.knownPerson(about, "about");
        Complaint complaint = ComplaintRules.flag("new", client, issue, comment, about, Actor.staff(by), at);
        return complaintStore.addComplaint(complaint);
    }

    public Optional<StoredComplaint> complaint(int id) {
        return complaintStore.complaint(id);
    }

    /** Unflag, close or reopen: only the head (or the director), never the person it is about. */
    public StoredComplaint actOnComplaint(int id, String by, ComplaintAction action, Instant at) {
        Check.notNull(action, "action");
        return locks.withLock("results-complaint:" + id, () -> {
            StoredComplaint stored = complaintStore.complaint(id)
                    .orElseThrow(() -> Check.invalid("id", "no complaint " + id));
            Actor actor = actor(by);
            Decision decision = ComplaintRules.decide(stored.complaint(), actor, action);
            if (!decision.allowed()) {
                throw new Refused(decision.reason());
            }
            Instant when = at.isBefore(stored.complaint().lastChange().at()) ? stored.complaint().lastChange().at() : at;
            return complaintStore.updateComplaint(id, ComplaintRules.apply(stored.complaint(), actor, action, when));
        });
    }

    /** The department's head acts as the head; everyone else as staff (the department settings name no director). */
    private Actor actor(String name) {
        return context.current().person(name).map(Actor::of).orElse(Actor.staff(name));
    }

    /** The head's lane (open complaints, oldest first) and the counts per person of those flagged in the period. */
    public record Complaints(List<Complaint> lane, SortedMap<String, Long> counts) {
    }

    public Complaints complaints(Instant from, Instant to, Optional<String> about) {
        if (!to.isAfter(from)) {
            throw Check.invalid("to", "must be after from");
        }
        List<Complaint> all = complaintStore.complaints(from, to).stream().map(StoredComplaint::complaint)
                .filter(c -> about.isEmpty() || c.about().equals(about.get())).toList();
        return new Complaints(ComplaintRules.headsLane(all), ComplaintRules.countsByPerson(all, from, to));
    }
}
