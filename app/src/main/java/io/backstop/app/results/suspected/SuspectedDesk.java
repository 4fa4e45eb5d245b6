package io.backstop.app.results.suspected;

import io.backstop.app.port.Locks;
import io.backstop.app.response.ClientMessage;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.complaints.ComplaintsDesk;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.Decision;
import io.backstop.core.complaint.Rank;
import io.backstop.core.complaint.suspect.Dismissal;
import io.backstop.core.complaint.suspect.Lexicon;
import io.backstop.core.complaint.suspect.SuspectedComplaints;
import io.backstop.core.complaint.suspect.Suspicion;
import io.backstop.core.complaint.suspect.SuspicionRules;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.backstop.app.results.complaints.Flag;
import io.backstop.core.complaint.ComplaintSource;
import io.backstop.core.complaint.DirectorsLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Suspected complaints: every client message is read against the lexicon and the repeat signal as it arrives (the
 * response desk tells {@link #clientWrote}, in the message's own transaction), and what may be a complaint waits in
 * a lane until the operator, the head or the director confirms it (a complaint) or dismisses it with a reason.
 * Nothing is deleted; dismissals stay readable for the director ({@link #dismissals}).
 */
public final class SuspectedDesk {

    private static final Logger LOG = LoggerFactory.getLogger(SuspectedDesk.class);

    private final SettingsService settings;
    private final EntityStore store;
    private final SuspicionStore suspicions;
    private final ComplaintsDesk complaints;
    private final Locks locks;
    /** The matcher of the lexicon last read: the settings change rarely, messages come all day. */
    private volatile Matcher matcher;

    private record Matcher(Lexicon lexicon, SuspectedComplaints complaints) {
    }

    /** The suspicion was confirmed or dismissed already: one decision per suspicion. */
    public static final class Decided extends RuntimeException {

        private final transient Problem problem;

        public Decided(Suspected suspected) {
            this(Problem.of("error.suspected.decidedAlready", suspected.id(), suspected.state().name().toLowerCase()));
        }

        private Decided(Problem problem) {
            super(problem.english());
            this.problem = problem;
        }

        /** What the caller is told. */
        public Problem problem() {
            return problem;
        }
    }

    /** A suspicion confirmed, and the complaint it became. */
    public record Confirmed(Suspected suspected, StoredComplaint complaint) {
    }

    public SuspectedDesk(SettingsService settings, EntityStore store, ComplaintsDesk complaints, Locks locks) {
        this.settings = settings;
        this.store = store;
        this.suspicions = new SuspicionStore(store);
        this.complaints = complaints;
        this.locks = locks;
    }

    /**
     * A client wrote: stores a suspicion when the message raises one. A retried event finds it stored already. The
     * reading itself never holds up the message (a failure there is logged); storing it is part of the message.
     */
    public void clientWrote(ClientMessage message) {
        if (message.owner() == null) {
            return; // nobody a complaint could be about: the tracker gave the issue no owner
        }
        Optional<Suspicion> found;
        try {
            found = matcher().check(message.text(), message.repeat());
        } catch (RuntimeException e) {
            LOG.error("Backstop could not read a client message on {} for complaints", message.issue(), e);
            return;
        }
        if (found.isPresent() && !suspicions.has(message.issue(), message.at())) {
            suspicions.add(message.issue(), message.client(), message.owner(), message.at(), found.get());
        }
    }

    private SuspectedComplaints matcher() {
        Lexicon lexicon = settings.current().complaintLexicon();
        Matcher known = matcher;
        if (known == null || !known.lexicon().equals(lexicon)) {
            known = new Matcher(lexicon, new SuspectedComplaints(lexicon));
            matcher = known;
        }
        return known.complaints();
    }

    public Optional<Suspected> suspicion(int id) {
        return suspicions.suspicion(id);
    }

    /** The open suspicions, oldest first; with {@code all}, also those the client wrote in {@code [from, to)}. */
    public List<Suspected> suspicions(Instant from, Instant to, boolean all) {
        if (!to.isAfter(from)) {
            throw Check.invalid("to", Problem.of("error.input.afterFrom"));
        }
        return suspicions.suspicions(from, to, all);
    }

    /** Suspicions dismissed in {@code [from, to)}, each with its reason, who and when: for the director's log. */
    public List<Suspected> dismissals(Instant from, Instant to) {
        return suspicions.dismissedBetween(from, to);
    }

    /**
     * The director's log rows of the suspicions dismissed in {@code [from, to)}: each with who, when and why; with
     * {@code about}, only those about that person.
     */
    public List<DirectorsLog.Entry> logEntries(Instant from, Instant to, Optional<String> about) {
        return dismissals(from, to).stream()
                .filter(s -> about.isEmpty() || about.get().equals(s.about()))
                .map(s -> new DirectorsLog.Entry(s.decidedAt().orElse(s.at()), s.decidedBy().orElse(s.about()),
                        DirectorsLog.Action.DISMISS, s.reason(), new DirectorsLog.Subject("suspicion-" + s.id(),
                        s.issue(), s.client().orElse(""), Optional.of(s.about()))))
                .toList();
    }

    /**
     * Confirms a suspicion: it becomes a complaint about {@code about} (the issue's home manager when the client
     * wrote, unless named), flagged by {@code by}. Naming someone else is the head's (or the director's).
     *
     * @param client the complaint's client when the suspicion knows none
     */
    public Confirmed confirm(int id, String by, Optional<String> about, Optional<String> comment,
                             Optional<String> client, Instant at) {
        return locks.withLock("results-suspicion:" + id, () -> store.inTransaction(() -> {
            Suspected suspected = open(id);
            String against = about.orElse(suspected.about());
            if (!against.equals(suspected.about()) && actor(by).rank() == Rank.STAFF) {
                throw new Refused(Problem.of("error.suspected.onlyHeadNamesOther", suspected.about()));
            }
            String whose = suspected.client().or(() -> client).orElseThrow(() -> Check.invalid("client",
                    Problem.of("error.suspected.issueNamesClient")));
            StoredComplaint complaint = flag(suspected, whose, against, comment, by, at);
            return new Confirmed(suspicions.confirmed(id, by, at, complaint.id()), complaint);
        }));
    }

    /**
     * The complaint a confirmed suspicion becomes, through the complaints' own flagging (its checks of
     * {@code about}). The complaint rules give a complaint its source; this one's is SUSPECTED.
     */
    private StoredComplaint flag(Suspected suspected, String client, String about, Optional<String> comment,
                                 String by, Instant at) {
        return complaints.flag(new Flag(suspected.issue(), Optional.of(client), comment, Optional.of(about),
                ComplaintSource.SUSPECTED), by, at);
    }

    /** Dismisses a suspicion with a reason: never by the one it is about, one about the head only by the director. */
    public Suspected dismiss(int id, String by, String reason, Instant at) {
        Dismissal dismissal = new Dismissal(by, at, reason);
        return locks.withLock("results-suspicion:" + id, () -> store.inTransaction(() -> {
            Suspected suspected = open(id);
            Decision decision = SuspicionRules.dismiss(actor(by), suspected.about(), actor(suspected.about()).rank());
            if (!decision.allowed()) {
                throw new Refused(decision.why());
            }
            return suspicions.dismissed(id, dismissal);
        }));
    }

    private Suspected open(int id) {
        Suspected suspected = suspicions.suspicion(id).orElseThrow(() -> Check.invalid("id", Problem.of("error.suspected.suspicion", id)));
        if (suspected.state() != SuspicionState.OPEN) {
            throw new Decided(suspected);
        }
        return suspected;
    }

    /** The department's people act with their rank; anyone else as staff. */
    private Actor actor(String name) {
        DepartmentSettings current = settings.current();
        return current.person(name).map(Actor::of).orElse(Actor.staff(name));
    }
}
