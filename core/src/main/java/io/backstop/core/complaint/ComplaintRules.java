package io.backstop.core.complaint;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
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
 * director; so anyone may flag one, about the client's own manager unless the head (or the director) names
 * someone else; only the head may unflag or close one about the staff, only the director one about the head, never
 * the person it is about; and unflagging or closing needs a reason, which the director reads in the log
 * ({@link DirectorsLog}). Nothing is ever deleted: a complaint only gains history.
 */
public final class ComplaintRules {

    /** The issue type whose issues are complaints from the start (Jira's setup creates it; the sandbox uses it). */
    public static final String ISSUE_TYPE = "Complaint";

    private ComplaintRules() {
    }

    /** A new complaint flagged by hand: anyone in the department may flag one, the operator above all. */
    public static Complaint flag(String id, String client, String issue, Optional<String> comment, String about,
                                 Actor by, Instant at) {
        return flag(id, client, issue, comment, about, by, at, ComplaintSource.MANUAL);
    }

    public static Complaint flag(String id, String client, String issue, Optional<String> comment, String about,
                                 Actor by, Instant at, ComplaintSource source) {
        Check.notNull(by, "by");
        return new Complaint(id, client, issue, comment, about,
                List.of(new Change(ComplaintAction.FLAG, by.name(), at)), source);
    }

    /**
     * May {@code by} flag a complaint about {@code about} on an issue whose client's manager is {@code owner}? The
     * owner always; anyone else only when the head or the director names them (a manager must not pass her own
     * client's complaint to the operator). With no owner known, naming anyone takes the head or the director too.
     */
    public static Decision mayBeAbout(Actor by, String about, Optional<String> owner) {
        Check.notNull(by, "by");
        Check.notBlank(about, "about");
        Check.notNull(owner, "owner");
        if (owner.filter(about::equals).isPresent()) {
            return Decision.allow(Problem.of("error.complaints.allowOwnManager"));
        }
        if (by.rank() != Rank.STAFF) {
            return Decision.allow(Problem.of("error.complaints.allowHeadDirector"));
        }
        return Decision.deny(owner.map(o -> Problem.of("error.complaints.ownManagerOnly", o))
                .orElse(Problem.of("error.complaints.managerUnknown")));
    }

    /** Whether {@code action} needs a reason: unflagging and closing do, so that the director can read why. */
    public static boolean needsReason(ComplaintAction action) {
        return action == ComplaintAction.UNFLAG || action == ComplaintAction.CLOSE;
    }

    /**
     * May {@code actor} do {@code action} to {@code complaint}? Nobody acts on a complaint about themselves; one
     * about the staff is the head's to unflag or close, one about the head the director's; the director may reopen
     * any (that is how a hushed one comes back), nobody acts on one about the director.
     */
    public static Decision decide(Complaint complaint, Actor actor, ComplaintAction action, Ranks ranks) {
        Check.notNull(complaint, "complaint");
        Check.notNull(actor, "actor");
        Check.notNull(action, "action");
        Check.notNull(ranks, "ranks");
        Problem verb = verb(action);
        if (action == ComplaintAction.FLAG) {
            return Decision.deny(Problem.of("error.complaints.alreadyComplaint", state(complaint.state())));
        }
        if (actor.name().equals(complaint.about())) {
            return Decision.deny(Problem.of("error.complaints.aboutThemselves", actor.name(), verb));
        }
        Decision allowed = permission(complaint.about(), ranks, actor, action, verb);
        if (!allowed.allowed()) {
            return allowed;
        }
        ComplaintState state = complaint.state();
        if (Complaint.next(state, action) == null) {
            return Decision.deny(Problem.of("error.complaints.cannotInState", stateWithArticle(state), past(action)));
        }
        return allowed;
    }

    /** What {@code actor} may do to the complaint now, in the order unflag, close, reopen: what a screen offers. */
    public static List<ComplaintAction> allowedActions(Complaint complaint, Actor actor, Ranks ranks) {
        return List.of(ComplaintAction.UNFLAG, ComplaintAction.CLOSE, ComplaintAction.REOPEN).stream()
                .filter(action -> decide(complaint, actor, action, ranks).allowed()).toList();
    }

    private static Decision permission(String about, Ranks ranks, Actor actor, ComplaintAction action, Problem verb) {
        return switch (ranks.rankOf(about)) {
            case DIRECTOR -> Decision.deny(Problem.of("error.complaints.aboutDirector", verb));
            case HEAD -> actor.rank() == Rank.DIRECTOR
                    ? Decision.allow(Problem.of("error.complaints.allowDirectorHead", verb))
                    : Decision.deny(ranks.hasDirector() ? Problem.of("error.complaints.onlyDirectorHead", verb)
                    : Problem.of("error.complaints.onlyDirectorHeadNoDirector", verb));
            case STAFF -> {
                if (actor.rank() == Rank.HEAD) {
                    yield Decision.allow(Problem.of("error.complaints.allowHeadStaff", verb));
                }
                if (actor.rank() == Rank.DIRECTOR && action == ComplaintAction.REOPEN) {
                    yield Decision.allow(Problem.of("error.complaints.allowDirectorReopen"));
                }
                yield Decision.deny(Problem.of("error.complaints.onlyHead", verb, about));
            }
        };
    }

    /**
     * The complaint after the action. An action {@link #decide} refuses throws {@link IllegalStateException} with
     * its reason (someone who may never do it learns that first); an unflag or a close without a reason is bad input
     * (field {@code reason}).
     */
    public static Complaint apply(Complaint complaint, Actor actor, ComplaintAction action, Optional<String> reason,
                                  Instant at, Ranks ranks) {
        Check.notNull(at, "at");
        Check.notNull(reason, "reason");
        Decision decision = decide(complaint, actor, action, ranks);
        if (!decision.allowed()) {
            throw new IllegalStateException(decision.reason());
        }
        Optional<String> why = reason.map(String::strip).filter(r -> !r.isEmpty());
        if (needsReason(action) && why.isEmpty()) {
            throw Check.invalid("reason", Problem.of("error.complaint.requiredComplaintDirector",
                    action.name().toLowerCase()));
        }
        if (at.isBefore(complaint.lastChange().at())) {
            throw Check.invalid("at", Problem.of("error.complaint.beforeComplaintLast",
                    complaint.lastChange().at(), at));
        }
        List<Change> history = new ArrayList<>(complaint.history());
        history.add(new Change(action, actor.name(), at, why));
        return new Complaint(complaint.id(), complaint.client(), complaint.issue(), complaint.comment(),
                complaint.about(), history, complaint.source());
    }

    /** The head's lane: every open complaint, oldest first. */
    public static List<Complaint> headsLane(Collection<Complaint> complaints) {
        return Check.list(complaints, "complaints").stream().filter(Complaint::isOpen)
                .sorted(Comparator.comparing(Complaint::flaggedAt).thenComparing(Complaint::id))
                .toList();
    }

    /**
     * Open complaints about a head while no director is configured: nobody may unflag or close them, so the
     * administrators (and the head) see them listed until a director is named. Empty when there is a director.
     */
    public static List<Complaint> needsDirector(Collection<Complaint> complaints, Ranks ranks) {
        Check.notNull(ranks, "ranks");
        if (ranks.hasDirector()) {
            return List.of();
        }
        return headsLane(complaints).stream().filter(c -> ranks.rankOf(c.about()) == Rank.HEAD).toList();
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
            throw Check.invalid("to", Problem.of("error.input.beforeFrom", from, to));
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

    /** The action as the reasons name it ("may not close it"). */
    private static Problem verb(ComplaintAction action) {
        return Problem.of(switch (action) {
            case FLAG -> "label.complaintAction.FLAG";
            case UNFLAG -> "label.complaintAction.UNFLAG";
            case CLOSE -> "label.complaintAction.CLOSE";
            case REOPEN -> "label.complaintAction.REOPEN";
        });
    }

    /** The action done ("cannot be reopened"). */
    private static Problem past(ComplaintAction action) {
        return Problem.of(switch (action) {
            case FLAG -> "label.complaintAction.past.FLAG";
            case UNFLAG -> "label.complaintAction.past.UNFLAG";
            case CLOSE -> "label.complaintAction.past.CLOSE";
            case REOPEN -> "label.complaintAction.past.REOPEN";
        });
    }

    private static Problem state(ComplaintState state) {
        return Problem.of(switch (state) {
            case OPEN -> "label.complaintState.OPEN";
            case CLOSED -> "label.complaintState.CLOSED";
            case UNFLAGGED -> "label.complaintState.UNFLAGGED";
        });
    }

    /** The state with its article ("an open complaint"). */
    private static Problem stateWithArticle(ComplaintState state) {
        return Problem.of(switch (state) {
            case OPEN -> "label.complaintState.article.OPEN";
            case CLOSED -> "label.complaintState.article.CLOSED";
            case UNFLAGGED -> "label.complaintState.article.UNFLAGGED";
        });
    }
}
