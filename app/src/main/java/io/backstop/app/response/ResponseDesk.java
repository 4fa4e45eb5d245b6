package io.backstop.app.response;

import io.backstop.app.port.Directory;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.response.ClockStore.Locked;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.staff.WorkCover;
import io.backstop.app.store.EntityStore;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Absences;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response desk: turns tracker events, absence boundaries and watcher ticks into clock changes with the core's
 * {@link ResponseRules}, and applies them: reassign in the tracker, leave a note, keep the timeline.
 *
 * <p>Every change of a clock happens in a transaction that first takes the clock's row ({@link ClockStore#findLocked},
 * or {@link ClockStore#lockAll} for a batch of due clocks) and decides from what it finds there, so a retry, or a
 * second node that arrives later, finds nothing left to do, even where the nodes share no lock; tracker events also
 * take the issue's named lock. Within that transaction the tracker is told before the database is written
 * ({@link Changes} keeps the writes until the end): a node that dies in between leaves the clock as it was, and the
 * next tick makes the same decision again and repeats an assignment the tracker already holds (which changes
 * nothing). Internal notes go out after the commit, so a retry never doubles one. See docs/cluster.md.
 */
public final class ResponseDesk implements WorkCover {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseDesk.class);

    private final SettingsService settings;
    private final ClockStore clocks;
    private final AbsenceStore absences;
    private final Directory directory;
    private final ClockWork work;
    private final AbsenceBoundaries boundaries;
    private final WatcherTick ticks;
    private final WatchedClocks watched;
    private final HoldingReplies holding;
    private final ReplyBox replyBox;
    private final Handovers handovers;

    public ResponseDesk(SettingsService settings, EntityStore store, Tracker tracker, Directory directory,
                        Locks locks) {
        this.settings = settings;
        this.clocks = new ClockStore(store);
        this.absences = new AbsenceStore(store);
        this.directory = directory;
        this.work = new ClockWork(settings, store, tracker, locks);
        this.boundaries = new AbsenceBoundaries(work, store, locks);
        this.ticks = new WatcherTick(work, store);
        this.watched = new WatchedClocks(store);
        this.holding = new HoldingReplies();
        this.replyBox = new ReplyBox(settings, clocks, tracker, this::isStaff);
        this.handovers = new Handovers(work, tracker, absences);
    }

    /** The issue panel's reply box: the client's words, and how a reply would count before it is sent. */
    public ReplyBox replyBox() {
        return replyBox;
    }

    /** Who is told of replies that end an awaiting cycle (the host's composition sets it once; one listener). */
    public void onReply(ReplyListener listener) {
        work.onReply(listener);
    }

    /** Who is told of every client message (the host's composition sets it once; one listener). */
    public void onClientMessage(ClientMessageListener listener) {
        work.onClientMessage(listener);
    }

    /** Staff are the department's people and members of the staff group; everyone else writes as a client. */
    public boolean isStaff(String user) {
        return isStaff(settings.current(), user);
    }

    private boolean isStaff(DepartmentSettings current, String user) {
        return current.person(user).isPresent() || directory.isInGroup(user, current.staffGroup());
    }

    /**
     * Whether Backstop acts on an issue's events: it is in one of the department's projects, or Backstop already
     * keeps its clock (the projects were narrowed since; that work still runs its course). Costs no lock and, for
     * an issue of the department's projects, no read of the issue's clock.
     */
    public boolean concerns(String issue) {
        return concerns(settings.current(), issue);
    }

    private boolean concerns(DepartmentSettings current, String issue) {
        return current.watches(issue) || clocks.find(issue).isPresent();
    }

    /** An issue opened with no text known: see {@link #issueCreated(IssueFacts, String, Instant, String)}. */
    public void issueCreated(IssueFacts issue, String reporter, Instant at) {
        issueCreated(issue, reporter, at, null);
    }

    /**
     * A client opened an issue (rule 1) writing {@code text} (summary and description; null: unknown). Issues opened
     * by staff get a clock when a client first writes.
     */
    public void issueCreated(IssueFacts issue, String reporter, Instant at, String text) {
        DepartmentSettings current = settings.current(); // one read for the checks and the rules
        if (!current.watches(issue.issue()) || isStaff(current, reporter)) {
            return;
        }
        work.withRules(current, rules -> work.onIssue(issue.issue(), (stored, changes) -> {
            if (stored.isPresent()) {
                return null; // already known: a retried event
            }
            ClockStep step = rules.created(issue.issue(), issue.issueType(), issue.priority(), issue.owner(), at,
                    absences.inForceAt(at));
            Locked created = clocks.create(ResponseClock.opened(issue.issue(), issue.issueType(),
                    issue.priority(), issue.owner()), issue.client(), at);
            changes.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.CREATED, reporter));
            work.apply(created, step, rules, ClockWork.EVENT, changes);
            work.clientWrote(new ClientMessage(issue.issue(), issue.client(), issue.owner(), text, at, false));
            return null;
        }));
    }

    /** A comment of which the host knows nothing more: see {@link #commentAdded(IssueFacts, String, boolean, Instant, ReplyFacts)}. */
    public void commentAdded(IssueFacts issue, String author, boolean internal, Instant at) {
        commentAdded(issue, author, internal, at, ReplyFacts.UNKNOWN);
    }

    /**
     * A comment: a client message (rule 2; its text, {@code reply.text()}, goes to the {@link ClientMessageListener}),
     * a staff reply (rule 3; a holding one also rule 11, decided from {@code reply} by {@link HoldingReplies}), or, if
     * internal, nothing.
     */
    public void commentAdded(IssueFacts issue, String author, boolean internal, Instant at, ReplyFacts reply) {
        if (internal) {
            return;
        }
        DepartmentSettings current = settings.current(); // one read for the checks and the rules
        if (!concerns(current, issue.issue())) {
            return;
        }
        boolean staff = isStaff(current, author);
        work.withRules(current, rules -> work.onIssue(issue.issue(), (stored, changes) -> {
            Absences presence = absences.inForceAt(at);
            if (staff) {
                stored.ifPresent(clock -> {
                    HoldingReplies.Decision decided = holding.decide(current, reply, at, rules.calendar(),
                            () -> replyBox.clientWordsBefore(issue.issue(), at));
                    ClockStep step = rules.staffReply(clock.clock(), at, author, decided.kind(), presence);
                    if (step.reply().isEmpty()) {
                        changes.record(decided.mark(ClockEvent.tracker(issue.issue(), at, ClockEventKind.STAFF_REPLY,
                                author)));
                    }
                    work.apply(clock, step, rules, ClockWork.EVENT, changes, decided, reply.text());
                });
                return null;
            }
            Locked clock = stored.orElseGet(() -> clocks.create(ResponseClock.opened(issue.issue(),
                    issue.issueType(), issue.priority(), issue.owner()), issue.client(), at));
            boolean repeat = clock.clock().isAwaiting(); // the client's last message still waits for an answer
            changes.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.CLIENT_MESSAGE, author));
            work.apply(clock, rules.clientMessage(clock.clock(), at, presence), rules, ClockWork.EVENT, changes);
            work.clientWrote(new ClientMessage(issue.issue(), clock.client(), clock.clock().owner(), reply.text(), at,
                    repeat));
            return null;
        }));
    }

    /**
     * Rule 4: resolved issues are left alone. The clock is read first without a lock: most of the tracker's events
     * that reach here change nothing (an issue without a clock, or closed already), and those take no lock at all.
     */
    public void issueResolved(String issue, Instant at) {
        if (clocks.find(issue).filter(clock -> clock.clock().open()).isEmpty()) {
            return;
        }
        work.withRules(rules -> work.onIssue(issue, (stored, changes) -> {
            stored.filter(clock -> clock.clock().open()).ifPresent(clock -> {
                changes.record(ClockEvent.tracker(issue, at, ClockEventKind.RESOLVED, null));
                work.apply(clock, rules.resolved(clock.clock(), at), rules, ClockWork.EVENT, changes);
            });
            return null;
        }));
    }

    /**
     * A resolved issue is open again in the tracker; nothing else changes until the client writes. Jira reports
     * every change of an unresolved issue this way, so the clock is read first without a lock, as for a resolution.
     */
    public void issueReopened(String issue, Instant at) {
        if (clocks.find(issue).filter(clock -> !clock.clock().open()).isEmpty()) {
            return;
        }
        work.withRules(rules -> work.onIssue(issue, (stored, changes) -> {
            stored.filter(clock -> !clock.clock().open()).ifPresent(clock -> {
                changes.record(ClockEvent.tracker(issue, at, ClockEventKind.REOPENED, null));
                work.apply(clock, rules.reopened(clock.clock()), rules, ClockWork.EVENT, changes);
            });
            return null;
        }));
    }

    /**
     * One run of the watcher, as every host runs it: the absence boundaries that have come, then the tick. An absence
     * that cannot be applied yet never holds up the breaches: the tick runs regardless and the next run tries the
     * absences again. A failure of the tick itself (the database) is thrown; its clocks stay due.
     */
    public WatcherRun runWatcher(Instant now) {
        boolean absencesApplied;
        try {
            absencesApplied = applyAbsenceBoundaries(now);
        } catch (RuntimeException e) {
            LOG.error("Backstop could not apply the absences due at {}; the next run tries again", now, e);
            absencesApplied = false;
        }
        return new WatcherRun(now, absencesApplied, tick(now));
    }

    /**
     * A watcher tick (rule 7): only clocks already due are read, and changed {@value WatcherTick#CHANGE_BATCH} to a
     * transaction. A clock whose move fails in the tracker (failing rather than refusing) is left as it was, still
     * due, for the next tick, and the rest of its batch goes on; a batch that fails in the database is left whole
     * for the next tick. Both are logged and counted as failed.
     */
    public TickReport tick(Instant at) {
        return ticks.tick(at);
    }

    /**
     * Applies every absence boundary not yet applied up to {@code upTo}, each at its own instant: at one instant,
     * the ends (rule 6) before the starts (rule 5). A boundary is marked applied only when every clock it moves has
     * moved; if one could not (logged), it and the later ones stay pending for the next run, which repeats it
     * (clocks already moved are not moved again).
     *
     * @return whether every boundary up to {@code upTo} is now applied
     */
    public boolean applyAbsenceBoundaries(Instant upTo) {
        return boundaries.applyAbsenceBoundaries(upTo);
    }

    /** The next absence boundary not yet applied, if any: a moving clock stops there (rule 8). */
    public Optional<Instant> nextAbsenceBoundary() {
        return absences.nextPendingBoundary();
    }

    /** The earliest instant a tick has work: a reminder, an answer or a promise coming due. */
    public Optional<Instant> nextWatch() {
        return watched.earliestWatch();
    }

    /**
     * Someone takes an issue from the queue. The claim names who the taker saw holding it, so that of two people
     * pressing "take" at once, the second learns the first was quicker instead of silently taking it over.
     */
    public Take take(String issue, String taker, String expectedHolder, Instant at) {
        return Take.of(handovers.take(issue, taker, expectedHolder, at));
    }

    /** Someone gives the issue back to its owner, now, without a reply ({@link Handovers#giveBack}). */
    public Take giveBack(String issue, String by, String expectedHolder, Instant at) {
        return Take.of(handovers.giveBack(issue, by, expectedHolder, at));
    }

    /** The open issues whose owner is {@code person}: for settings that would drop them. */
    public int openOwnedBy(String person) {
        return clocks.openOwnedBy(person);
    }

    /** Rule 5 now, for every awaiting issue whose assignee is away. */
    @Override
    public void absenceStarted(Instant now) {
        boundaries.absenceStarted(now);
    }

    /** Rule 6 now, for a person whose absence was cut short or removed. */
    @Override
    public void absenceEnded(String person, Instant now) {
        boundaries.absenceEnded(person, now);
    }

    /** Counts of one tick: what it did, and how many due clocks it could not change (left for the next). */
    public record TickReport(int breaches, int reassignments, int failed) {

        TickReport plus(TickReport other) {
            return new TickReport(breaches + other.breaches, reassignments + other.reassignments,
                    failed + other.failed);
        }
    }
}
