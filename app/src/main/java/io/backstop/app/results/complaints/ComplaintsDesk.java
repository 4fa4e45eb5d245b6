package io.backstop.app.results.complaints;

import io.backstop.app.port.Locks;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.core.complaint.ComplaintSource;
import io.backstop.core.complaint.Decision;
import io.backstop.core.complaint.DirectorsLog;
import io.backstop.core.complaint.Ranks;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Complaints that cannot be hushed ({@link ComplaintRules}): anyone on the staff flags one, about the client's own
 * manager unless the head or the director names someone else; a Complaint issue is one from its creation; only the
 * head unflags or closes one about the staff, only the director one about the head, each with a reason the director
 * reads in the log. The department's people decide who is who at the moment someone acts.
 */
public final class ComplaintsDesk {

    /** The client of a Complaint issue that names none (a Jira issue without the Client field). */
    public static final String NO_CLIENT = "(no client)";

    private final ResultsContext context;
    private final ComplaintStore complaintStore;
    private final Locks locks;
    private final Function<String, IssueParties> parties;
    private final List<DirectorsLogSource> logSources = new CopyOnWriteArrayList<>();

    /** {@code parties}: who an issue is between, as far as Backstop knows ({@link IssueParties#UNKNOWN} if not). */
    public ComplaintsDesk(ResultsContext context, EntityStore store, Locks locks,
                          Function<String, IssueParties> parties) {
        this.context = context;
        this.complaintStore = new ComplaintStore(store);
        this.locks = locks;
        this.parties = parties;
    }

    public ResultsSettings settings() {
        return context.settings();
    }

    public ZoneId zone() {
        return context.zone();
    }

    /** Who is who now: the head(s), the director if one is configured, the staff. */
    public Ranks ranks() {
        return Ranks.of(context.current().people());
    }

    /**
     * Anyone in the department flags a complaint. A client or person missing from the flag comes from the issue;
     * with neither, the field is bad input. Naming anyone but the client's own manager is refused unless {@code by}
     * is the head or the director.
     */
    public StoredComplaint flag(Flag flag, String by, Instant at) {
        Check.notNull(flag, "flag");
        IssueParties known = parties.apply(flag.issue());
        String client = flag.client().or(known::client).orElseThrow(() -> Check.invalid("client",
                Problem.of("error.complaints.unknownClient", flag.issue())));
        flag.about().ifPresent(named -> context.knownPerson(named, "about"));
        String about = flag.about().or(known::owner).orElseThrow(() -> Check.invalid("about",
                Problem.of("error.complaints.unknownManager", flag.issue())));
        Actor actor = ranks().actor(by);
        Decision naming = ComplaintRules.mayBeAbout(actor, about, known.owner());
        if (!naming.allowed()) {
            throw new Refused(naming.why());
        }
        return complaintStore.addComplaint(ComplaintRules.flag("new", client, flag.issue(), flag.comment(), about,
                actor, at, flag.source()));
    }

    /**
     * An issue was created: one of the Complaint type in the department's projects is a complaint about its owner
     * from that moment, flagged by whoever opened it. Once per issue: a replayed event finds the complaint made
     * the first time (under the issue's lock, which Jira's cluster shares) and makes no second one.
     *
     * @return the issue's complaint, new or found; empty for an issue of another type or project
     */
    public Optional<StoredComplaint> issueCreated(String issue, String issueType, String owner, String client,
                                                  String reporter, Instant at) {
        if (!ComplaintRules.ISSUE_TYPE.equals(issueType) || !context.current().watches(issue)) {
            return Optional.empty();
        }
        Check.notBlank(owner, "owner");
        String openedBy = reporter == null || reporter.isBlank() ? owner : reporter;
        String named = client == null || client.isBlank() ? NO_CLIENT : client;
        return Optional.of(locks.withLock("results-complaint-issue:" + issue, () -> complaintStore.fromIssueType(issue)
                .orElseGet(() -> complaintStore.addComplaint(ComplaintRules.flag("new", named, issue,
                        Optional.empty(), owner, Actor.staff(openedBy), at, ComplaintSource.ISSUE_TYPE)))));
    }

    /** The complaint a Complaint issue made when it was created, if it made one. */
    public Optional<StoredComplaint> ofComplaintIssue(String issue) {
        return complaintStore.fromIssueType(issue);
    }

    public Optional<StoredComplaint> complaint(int id) {
        return complaintStore.complaint(id);
    }

    /**
     * Unflag, close or reopen. What the rules refuse is {@link Refused} with their reason; a missing reason to unflag
     * or close is then bad input ({@code reason}). Nothing is removed: the change joins the complaint's history.
     */
    public StoredComplaint actOnComplaint(int id, String by, ComplaintAction action, Optional<String> reason,
                                         Instant at) {
        Check.notNull(action, "action");
        Check.notNull(reason, "reason");
        return locks.withLock("results-complaint:" + id, () -> {
            StoredComplaint stored = complaintStore.complaint(id)
                    .orElseThrow(() -> Check.invalid("id", Problem.of("error.complaints.complaint", id)));
            Ranks ranks = ranks();
            Actor actor = ranks.actor(by);
            Decision decision = ComplaintRules.decide(stored.complaint(), actor, action, ranks);
            if (!decision.allowed()) {
                throw new Refused(decision.why());
            }
            Instant last = stored.complaint().lastChange().at();
            Instant when = at.isBefore(last) ? last : at;
            return complaintStore.updateComplaint(id, ComplaintRules.apply(stored.complaint(), actor, action, reason,
                    when, ranks));
        });
    }

    /**
     * The head's lane (open complaints, oldest first), the counts per person of those flagged in the period, and the
     * open complaints about the head that wait for a director (all of them, whoever the lane is filtered to).
     */
    public record Complaints(List<Complaint> lane, SortedMap<String, Long> counts, List<Complaint> needsDirector) {
    }

    public Complaints complaints(Instant from, Instant to, Optional<String> about) {
        period(from, to);
        List<Complaint> all = complaintStore.complaints(from, to).stream().map(StoredComplaint::complaint).toList();
        List<Complaint> theirs = all.stream().filter(c -> about.isEmpty() || c.about().equals(about.get())).toList();
        return new Complaints(ComplaintRules.headsLane(theirs), ComplaintRules.countsByPerson(theirs, from, to),
                ComplaintRules.needsDirector(all, ranks()));
    }

    /** Another source of the director's log (the suspected lane's dismissals); the host's composition adds it once. */
    public void addLogSource(DirectorsLogSource source) {
        logSources.add(Check.notNull(source, "source"));
    }

    /** A line of the director's log, with the complaint as it stands now (none for another source's entry). */
    public record LogLine(DirectorsLog.Entry entry, Optional<Complaint> complaint) {
    }

    /** The director's log of {@code [from, to)}, newest first: unflags and closes with their reasons, and the rest. */
    public List<LogLine> log(Instant from, Instant to, Optional<String> about) {
        period(from, to);
        Map<String, Complaint> acted = new HashMap<>();
        complaintStore.actedOnSince(from).stream().map(StoredComplaint::complaint)
                .filter(c -> about.isEmpty() || c.about().equals(about.get())).forEach(c -> acted.put(c.id(), c));
        List<DirectorsLog.Entry> entries = new ArrayList<>(DirectorsLog.of(acted.values(), from, to));
        logSources.forEach(source -> entries.addAll(source.entries(from, to, about)));
        return DirectorsLog.sorted(entries).stream().map(e -> new LogLine(e, e.action() == DirectorsLog.Action.DISMISS
                ? Optional.empty() : Optional.ofNullable(acted.get(e.subject().id())))).toList();
    }

    /** What {@code caller} may do to the complaint now: what a screen offers them. */
    public List<ComplaintAction> actionsFor(Complaint complaint, String caller, Ranks ranks) {
        return ComplaintRules.allowedActions(complaint, ranks.actor(caller), ranks);
    }

    private static void period(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw Check.invalid("to", Problem.of("error.input.afterFrom"));
        }
    }
}
