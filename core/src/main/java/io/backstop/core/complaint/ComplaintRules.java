package io.backstop.core.complaint;

import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who may do what to a complaint. Complaints used to be hushed and reached the pay calculator only through the
 * director; so anyone may flag one, and only the head (or the director above them) may unflag, close or reopen
 * one, never the person it is about, whatever their rank.
 */
public final class ComplaintRules {

    private ComplaintRules() {
    }

    /** A new complaint: anyone in the department may flag one, the operator above all. */
    public static Complaint flag(String id, String client, String issue, Optional<String> comment, String about,
                                 Actor by, Instant at) {
        Check.notNull(by, "by");
        return new Complaint(id, client, issue, comment, about, List.of(new Change(ComplaintAction.FLAG, by.name(), at)));
    }

    /** May {@code actor} do {@code action} to {@code complaint}? */
    public static Decision decide(Complaint complaint, Actor actor, ComplaintAction action) {
        Check.notNull(complaint, "complaint");
        Check.notNull(actor, "actor");
        Check.notNull(action, "action");
        String verb = action.name().toLowerCase();
        if (action == ComplaintAction.FLAG) {
            return Decision.deny("this is already a complaint (" + complaint.state() + "); flag a new one instead");
        }
        if (actor.name().equals(complaint.about())) {
            return Decision.deny("the complaint is about " + actor.name() + ", who may not " + verb + " it");
        }
        if (actor.rank() == Rank.STAFF) {
            return Decision.deny("only the head may " + verb + " a complaint");
        }
        ComplaintState state = complaint.state();
        if (Complaint.next(state, action) == null) {
            String article = state == ComplaintState.CLOSED ? "a " : "an ";
            return Decision.deny(article + state.name().toLowerCase() + " complaint cannot be " + past(action));
        }
        return Decision.allow(actor.rank() == Rank.HEAD
                ? "complaints are the head's to " + verb
                : "the director may " + verb + " any complaint, including one about the head");
    }

    /** The complaint after the action; refused with the decision's reason when it is not allowed. */
    public static Complaint apply(Complaint complaint, Actor actor, ComplaintAction action, Instant at) {
        Check.notNull(at, "at");
        Decision decision = decide(complaint, actor, action);
        if (!decision.allowed()) {
            throw new IllegalStateException(decision.reason());
        }
        if (at.isBefore(complaint.lastChange().at())) {
            throw Check.invalid("at", "must not be before the complaint's last change "
                    + complaint.lastChange().at() + ", got " + at);
        }
        List<Change> history = new ArrayList<>(complaint.history());
        history.add(new Change(action, actor.name(), at));
        return new Complaint(complaint.id(), complaint.client(), complaint.issue(), complaint.comment(),
                complaint.about(), history);
    }

    /** The head's lane: every open complaint, oldest first. */
    public static List<Complaint> headsLane(Collection<Complaint> complaints) {
        return Check.list(complaints, "complaints").stream().filter(Complaint::isOpen)
                .sorted(Comparator.comparing(Complaint::flaggedAt).thenComparing(Complaint::id))
                .toList();
    }

    /** Clients with an open complaint: campaigns leave them alone. */
    public static SortedSet<String> clientsWithOpenComplaint(Collection<Complaint> complaints) {
        TreeSet<String> clients = new TreeSet<>();
        Check.list(complaints, "complaints").stream().filter(Complaint::isOpen).forEach(c -> clients.add(c.client()));
        return Collections.unmodifiableSortedSet(clients);
    }

    /**
     * Complaints per person they are about, flagged in {@code [from, to)}, for the scorecard. Closed ones count
     * (dealt with is not undone); unflagged ones do not, even if unflagged after the period: they never were.
     */
    public static SortedMap<String, Long> countsByPerson(Collection<Complaint> complaints, Instant from, Instant to) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        if (to.isBefore(from)) {
            throw Check.invalid("to", "must not be before from, got " + from + " .. " + to);
        }
        TreeMap<String, Long> counts = new TreeMap<>();
        for (Complaint c : Check.list(complaints, "complaints")) {
            if (c.counts() && !c.flaggedAt().isBefore(from) && c.flaggedAt().isBefore(to)) {
                counts.merge(c.about(), 1L, Long::sum);
            }
        }
        return Collections.unmodifiableSortedMap(counts);
    }

    /** Counts for a calendar month in the department's zone. */
    public static SortedMap<String, Long> countsByPerson(Collection<Complaint> complaints, YearMonth month,
                                                         ZoneId zone) {
        Check.notNull(month, "month");
        Check.notNull(zone, "zone");
        return countsByPerson(complaints, month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    private static String past(ComplaintAction action) {
        return switch (action) {
            case FLAG -> "flagged";
            case UNFLAG -> "unflagged";
            case CLOSE -> "closed";
            case REOPEN -> "reopened";
        };
    }
}
