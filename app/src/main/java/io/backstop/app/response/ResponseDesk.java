package io.backstop.app.response;

import io.backstop.app.port.Directory;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerException;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.response.ClockStore.Locked;
import io.backstop.app.store.EntityStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.app.staff.WorkCover;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Absences;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
    private static final int TICK_BATCH = 500;
    /**
     * Due clocks changed in one transaction: their rows stay taken while the tracker is told of each move, so a
     * batch is kept small enough for an event on one of them to wait briefly, and large enough that the watcher
     * writes its timeline rows in few statements and commits rarely.
     */
    static final int CHANGE_BATCH = 50;

    private final SettingsService settings;
    private final EntityStore store;
    private final ClockStore clocks;
    private final ClockEventStore events;
    private final AbsenceStore absences;
    private final Tracker tracker;
    private final Directory directory;
    private final Locks locks;
    private volatile ReplyListener replyListener = ReplyListener.NONE;
    /** This desk's name in the clocks' WRITER column: which node changed a clock last. */
    private final String node = "node-" + Long.toHexString(new java.security.SecureRandom().nextLong() >>> 16);
    private final AtomicLong rowsTaken = new AtomicLong();

    public ResponseDesk(SettingsService settings, EntityStore store, Tracker tracker, Directory directory,
                        Locks locks) {
        this.settings = settings;
        this.store = store;
        this.clocks = new ClockStore(store);
        this.events = new ClockEventStore(store);
        this.absences = new AbsenceStore(store);
        this.tracker = tracker;
        this.directory = directory;
        this.locks = locks;
    }

    /** Who is told of replies that end an awaiting cycle (the host's composition sets it once; one listener). */
    public void onReply(ReplyListener listener) {
        this.replyListener = listener == null ? ReplyListener.NONE : listener;
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

    /** A client opened an issue (rule 1). Issues opened by staff get a clock when a client first writes. */
    public void issueCreated(IssueFacts issue, String reporter, Instant at) {
        DepartmentSettings current = settings.current(); // one read for the checks and the rules
        if (!current.watches(issue.issue()) || isStaff(current, reporter)) {
            return;
        }
        withRules(current, rules -> onIssue(issue.issue(), (stored, changes) -> {
            if (stored.isPresent()) {
                return null; // already known: a retried event
            }
            ClockStep step = rules.created(issue.issue(), issue.issueType(), issue.priority(), issue.owner(), at,
                    absences.inForceAt(at));
            Locked created = clocks.create(ResponseClock.opened(issue.issue(), issue.issueType(),
                    issue.priority(), issue.owner()), issue.client(), at);
            changes.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.CREATED, reporter));
            apply(created, step, rules, EVENT, changes);
            return null;
        }));
    }

    /** A comment: a client message (rule 2), a staff reply (rule 3), or, if internal, nothing. */
    public void commentAdded(IssueFacts issue, String author, boolean internal, Instant at) {
        if (internal) {
            return;
        }
        DepartmentSettings current = settings.current(); // one read for the checks and the rules
        if (!concerns(current, issue.issue())) {
            return;
        }
        boolean staff = isStaff(current, author);
        withRules(current, rules -> onIssue(issue.issue(), (stored, changes) -> {
            Absences presence = absences.inForceAt(at);
            if (staff) {
                stored.ifPresent(clock -> {
                    ClockStep step = rules.staffReply(clock.clock(), at, author, presence);
                    if (step.reply().isEmpty()) {
                        changes.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.STAFF_REPLY, author));
                    }
                    apply(clock, step, rules, EVENT, changes);
                });
                return null;
            }
            Locked clock = stored.orElseGet(() -> clocks.create(ResponseClock.opened(issue.issue(),
                    issue.issueType(), issue.priority(), issue.owner()), issue.client(), at));
            changes.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.CLIENT_MESSAGE, author));
            apply(clock, rules.clientMessage(clock.clock(), at, presence), rules, EVENT, changes);
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
        withRules(rules -> onIssue(issue, (stored, changes) -> {
            stored.filter(clock -> clock.clock().open()).ifPresent(clock -> {
                changes.record(ClockEvent.tracker(issue, at, ClockEventKind.RESOLVED, null));
                apply(clock, rules.resolved(clock.clock()), rules, EVENT, changes);
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
        withRules(rules -> onIssue(issue, (stored, changes) -> {
            stored.filter(clock -> !clock.clock().open()).ifPresent(clock -> {
                changes.record(ClockEvent.tracker(issue, at, ClockEventKind.REOPENED, null));
                apply(clock, rules.reopened(clock.clock()), rules, EVENT, changes);
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
     * A watcher tick (rule 7): only clocks already due are read, and changed {@value #CHANGE_BATCH} to a transaction.
     * A clock whose move fails in the tracker (failing rather than refusing) is left as it was, still due, for the
     * next tick, and the rest of its batch goes on; a batch that fails in the database is left whole for the next
     * tick. Both are logged and counted as failed.
     */
    public TickReport tick(Instant at) {
        return withRules(rules -> {
            TickReport report = new TickReport(0, 0, 0);
            Absences presence = absences.inForceAt(at);
            int lastId = -1;
            while (true) {
                List<Integer> due = clocks.dueAt(at, TICK_BATCH);
                int seen = lastId; // a clock the tracker refused stays due; never take it twice in one tick
                List<Integer> fresh = due.stream().filter(id -> id > seen).toList();
                if (fresh.isEmpty()) {
                    break;
                }
                lastId = fresh.get(fresh.size() - 1);
                for (int start = 0; start < fresh.size(); start += CHANGE_BATCH) {
                    List<Integer> batch = fresh.subList(start, Math.min(fresh.size(), start + CHANGE_BATCH));
                    report = report.plus(tickBatch(batch, at, presence, rules));
                }
                if (due.size() < TICK_BATCH) {
                    break;
                }
            }
            return report;
        }).orElse(new TickReport(0, 0, 0));
    }

    /**
     * One transaction over a batch of due clocks: takes their rows (in id order), decides each from what it finds,
     * tells the tracker of each move, then writes every timeline row and clock; the notes go out after the commit.
     * No named lock is taken: the rows are what makes each change happen once (docs/cluster.md).
     */
    private TickReport tickBatch(List<Integer> ids, Instant at, Absences presence, ResponseRules rules) {
        try {
            Changes[] done = new Changes[1];
            TickReport report = WriteConflicts.retrying(() -> store.inTransaction(() -> {
                Changes batch = new Changes();
                TickReport counted = new TickReport(0, 0, 0);
                for (Locked clock : clocks.lockAll(ids, writer())) {
                    Changes one = new Changes();
                    try {
                        ClockStep step = apply(clock, rules.tick(clock.clock(), at, presence), rules, WATCHER, one);
                        counted = counted.plus(new TickReport(step.breach().isPresent() ? 1 : 0,
                                step.reassignment().isPresent() ? 1 : 0, 0));
                        batch.add(one);
                    } catch (RuntimeException e) {
                        counted = counted.plus(new TickReport(0, 0, 1));
                        LOG.error("Backstop could not tick {} at {}; it stays due and the next tick tries again",
                                clock.clock().issue(), at, e);
                    }
                }
                batch.write(events, clocks);
                done[0] = batch;
                return counted;
            }));
            done[0].sendNotes();
            return report;
        } catch (RuntimeException e) {
            LOG.error("Backstop could not tick {} due clocks at {}; they stay due and the next tick tries again",
                    ids.size(), at, e);
            return new TickReport(0, 0, ids.size());
        }
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
        return withRules(rules -> {
            Optional<Instant> next;
            while ((next = absences.nextPendingBoundary()).isPresent() && !next.get().isAfter(upTo)) {
                if (!applyBoundariesAt(next.get(), rules)) {
                    return false;
                }
            }
            return true;
        }).orElse(true);
    }

    /**
     * Runs, in the order of rule 8, everything after {@code from} up to {@code to}: absence boundaries in
     * {@code (from, to]} and ticks of {@code grid} strictly between. The tick at {@code to} is left for the caller,
     * so that tracker events at {@code to} come before it.
     */
    public void advance(Instant from, Instant to, TickGrid grid) {
        Instant cursor = from;
        while (true) {
            Instant boundary = absences.nextPendingBoundary().filter(b -> !b.isAfter(to)).orElse(null);
            Instant after = cursor.plusMillis(1);
            Instant tick = clocks.earliestPendingDue()
                    .map(due -> grid.firstAtOrAfter(due.isAfter(after) ? due : after))
                    .filter(t -> t.isBefore(to))
                    .orElse(null);
            if (boundary == null && tick == null) {
                return;
            }
            if (boundary != null && (tick == null || !boundary.isAfter(tick))) {
                if (!applyAbsenceBoundaries(boundary)) {
                    throw new IllegalStateException("the absence boundary at " + boundary
                            + " could not be applied to every clock; time stops there until it can");
                }
            } else {
                tick(tick);
                cursor = tick;
            }
        }
    }

    /**
     * Someone takes an issue from the queue. The claim names who the taker saw holding it, so that of two people
     * pressing "take" at once, the second learns the first was quicker instead of silently taking it over.
     */
    public Take take(String issue, String taker, String expectedHolder, Instant at) {
        return onIssue(issue, (stored, changes) -> {
            if (stored.isEmpty() || !stored.get().clock().open()) {
                return new Take(Take.Outcome.NO_SUCH_ISSUE, null);
            }
            ResponseClock clock = stored.get().clock();
            if (clock.assignee().equals(taker)) {
                return new Take(Take.Outcome.ALREADY_YOURS, taker);
            }
            if (expectedHolder != null && !clock.assignee().equals(expectedHolder)) {
                return new Take(Take.Outcome.TAKEN_BY_SOMEONE_ELSE, clock.assignee());
            }
            tracker.assign(issue, taker);
            changes.record(new ClockEvent(issue, at, ClockEventKind.REASSIGNED, taker, clock.assignee(), taker,
                    Take.REASON, clock.awaitingSince(), clock.due(), null, null, null));
            changes.save(stored.get(), clock.assignedTo(taker));
            return new Take(Take.Outcome.TAKEN, taker);
        });
    }

    /** What came of a take: the outcome and who holds the issue now. */
    public record Take(Outcome outcome, String holder) {

        /** The audit reason of a take. */
        public static final String REASON = "TAKE";

        public enum Outcome { TAKEN, ALREADY_YOURS, TAKEN_BY_SOMEONE_ELSE, NO_SUCH_ISSUE }
    }

    /** The open issues whose owner is {@code person}: for settings that would drop them. */
    public int openOwnedBy(String person) {
        return clocks.openOwnedBy(person);
    }

    /** Applies the boundaries at {@code at}; false when a clock could not be moved and they stay pending. */
    private boolean applyBoundariesAt(Instant at, ResponseRules rules) {
        for (StoredAbsence ending : absences.pendingEndsUpTo(at)) {
            boolean done = locks.withLock("backstop.absence." + ending.id(), () -> {
                StoredAbsence fresh = absences.find(ending.id()).orElse(null);
                if (fresh == null || fresh.endApplied()) {
                    return true;
                }
                if (returnWorkTo(fresh.absence().person(), at, rules, () -> endPending(fresh.id()))) {
                    WriteConflicts.retryingRun(() -> absences.markEndApplied(fresh.id()));
                    return true;
                }
                return false;
            });
            if (!done) {
                return false;
            }
        }
        for (StoredAbsence starting : absences.pendingStartsUpTo(at)) {
            boolean done = locks.withLock("backstop.absence." + starting.id(), () -> {
                StoredAbsence fresh = absences.find(starting.id()).orElse(null);
                if (fresh == null || fresh.startApplied()) {
                    return true;
                }
                if (coverAbsentAssignees(at, rules, () -> startPending(fresh.id()))) {
                    WriteConflicts.retryingRun(() -> absences.markStartApplied(fresh.id()));
                    return true;
                }
                return false;
            });
            if (!done) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a boundary is still to be applied, asked again under each clock's row lock. Where nodes share no lock,
     * a node that is late may reach a clock after another node applied this boundary and later ones to it; deciding
     * from the clock's new state with the boundary's old instant would move it back in time. A boundary already
     * marked applied is not applied again to any clock.
     */
    private boolean startPending(int absence) {
        return absences.find(absence).map(found -> !found.startApplied()).orElse(false);
    }

    private boolean endPending(int absence) {
        return absences.find(absence).map(found -> !found.endApplied()).orElse(false);
    }

    /** Rule 5 for every awaiting issue whose assignee is away at {@code at}; false if one could not be moved. */
    @Override
    public void absenceStarted(Instant now) {
        withRules(rules -> coverAbsentAssignees(now, rules, () -> true));
    }

    private boolean coverAbsentAssignees(Instant at, ResponseRules rules, Supplier<Boolean> pending) {
        Absences presence = absences.inForceAt(at);
        Set<String> away = presence.all().stream().map(a -> a.person()).collect(Collectors.toSet());
        boolean all = true;
        for (StoredClock held : clocks.awaitingHeldBy(away)) {
            all &= each(held, at, clock -> rules.absenceStarted(clock, at, presence), rules, pending);
        }
        return all;
    }

    /** Rule 6 now, for a person whose absence was cut short or removed; false if a clock could not move. */
    @Override
    public void absenceEnded(String person, Instant now) {
        withRules(rules -> returnWorkTo(person, now, rules, () -> true));
    }

    private boolean returnWorkTo(String person, Instant at, ResponseRules rules, Supplier<Boolean> pending) {
        Absences presence = absences.inForceAt(at);
        boolean all = true;
        for (StoredClock held : clocks.heldAwayFrom(person)) {
            all &= each(held, at, clock -> rules.absenceEnded(clock, person, at, presence), rules, pending);
        }
        return all;
    }

    /** One clock of a batch; a failure is logged and reported, and the rest of the batch goes on. */
    private boolean each(StoredClock held, Instant at, Function<ResponseClock, ClockStep> rule, ResponseRules rules,
                         Supplier<Boolean> pending) {
        try {
            onIssue(held.clock().issue(), (stored, changes) -> stored.filter(clock -> pending.get()).map(clock ->
                    apply(clock, rule.apply(clock.clock()), rules, WATCHER, changes)).orElse(null));
            return true;
        } catch (RuntimeException e) {
            LOG.error("Backstop could not apply an absence to {} at {}; it is tried again", held.clock().issue(), at,
                    e);
            return false;
        }
    }

    <T> Optional<T> withRules(Function<ResponseRules, T> work) {
        return withRules(settings.current(), work);
    }

    private <T> Optional<T> withRules(DepartmentSettings current, Function<ResponseRules, T> work) {
        Optional<ResponseRules> rules = current.rules();
        if (rules.isEmpty()) {
            LOG.debug("The department is not configured yet; Backstop watches nothing.");
            return Optional.empty();
        }
        return Optional.ofNullable(work.apply(rules.get()));
    }

    /**
     * Runs {@code work} on the issue's stored clock, under the issue's lock, in one transaction that holds the
     * clock's row; writes the changes it decided before the commit and sends their notes after it.
     */
    private <T> T onIssue(String issue, BiFunction<Optional<Locked>, Changes, T> work) {
        Changes[] done = new Changes[1];
        // A node that lost the race for the row (the database rolled it back) decides again from what the
        // winner left; that is how "a second node that sees a newer state does nothing" comes about.
        T result = WriteConflicts.retrying(() -> locks.withLock("backstop.clock." + issue,
                () -> store.inTransaction(() -> {
                    Changes changes = new Changes();
                    T decided = work.apply(clocks.findLocked(issue, writer()), changes);
                    changes.write(events, clocks);
                    done[0] = changes;
                    return decided;
                })));
        done[0].sendNotes();
        return result;
    }

    /** What goes into the CLOCK.WRITER column of a row taken now: this node and a count, never the same twice. */
    private String writer() {
        return node + "/" + rowsTaken.incrementAndGet();
    }

    /**
     * Who is applying a step decides what a tracker failure (not a refusal) does. The watcher rolls the change back:
     * the clock stays due, or the absence pending, and its next run retries. A tracker event cannot be replayed, so
     * its change is kept (the client's message is on the clock) and only the reassignment is recorded as not done;
     * the clock breaches in time if nobody answers.
     */
    private enum Caller { WATCHER, EVENT }

    private static final Caller WATCHER = Caller.WATCHER;
    private static final Caller EVENT = Caller.EVENT;

    /** Stores a step's clock and what it produced; carries out its reassignment in the tracker. */
    private ClockStep apply(Locked stored, ClockStep step, ResponseRules rules, Caller caller, Changes changes) {
        ResponseClock before = stored.clock();
        ResponseClock next = step.clock();
        step.reply().ifPresent(reply -> {
            changes.record(ClockEvent.of(reply));
            replyListener.replied(before.issueType(), stored.client(), reply);
        });
        step.breach().ifPresent(breach -> changes.record(ClockEvent.of(breach)));
        if (step.reassignment().isPresent()) {
            Reassignment moved = step.reassignment().get();
            try {
                tracker.assign(moved.issue(), moved.to());
                changes.record(ClockEvent.of(moved, next.awaitingSince(), next.due(), null));
                ResponseClock after = next;
                changes.noteAfterCommit(() -> addNote(moved, after, rules));
            } catch (RuntimeException failure) {
                if (!(failure instanceof TrackerException) && (caller == WATCHER || WriteConflicts.isConflict(failure))) {
                    throw failure; // rolled back; the watcher's next run decides again
                }
                TrackerException e = failure instanceof TrackerException refused ? refused
                        : new TrackerException("the tracker failed: " + failure.getMessage(), failure);
                // The tracker said no: keep the assignee as it was, say why in the audit, never try this move again
                // (a refusal does not pass; the breach or the absence stands and the queue shows it).
                LOG.warn("Backstop could not move {} from {} to {} ({}): {}", moved.issue(), moved.from(), moved.to(),
                        e.refusal(), e.getMessage(), failure);
                changes.record(ClockEvent.of(moved, next.awaitingSince(), next.due(), e.getMessage()));
                next = next.assignedTo(before.assignee());
                if (e.refusal() == TrackerException.Refusal.ISSUE_GONE && next.open()) {
                    // Deleted between our read and this write: nothing is left to answer, so the clock closes
                    // rather than waiting in the queue for an issue nobody can open.
                    changes.record(ClockEvent.tracker(moved.issue(), moved.at(), ClockEventKind.RESOLVED, null));
                    next = rules.resolved(next).clock();
                }
            }
        }
        if (!next.equals(before)) {
            changes.save(stored, next);
        }
        return step;
    }

    /** Sent after the commit: the move is done whatever happens to its note, so a failure here is only logged. */
    private void addNote(Reassignment moved, ResponseClock after, ResponseRules rules) {
        try {
            tracker.addInternalNote(moved.issue(), Notes.reassigned(moved, after, rules.calendar().zone()));
        } catch (RuntimeException e) {
            LOG.warn("Backstop moved {} but could not leave a note: {}", moved.issue(), e.getMessage(), e);
        }
    }

    /** Counts of one tick: what it did, and how many due clocks it could not change (left for the next). */
    public record TickReport(int breaches, int reassignments, int failed) {

        TickReport plus(TickReport other) {
            return new TickReport(breaches + other.breaches, reassignments + other.reassignments,
                    failed + other.failed);
        }
    }
}
