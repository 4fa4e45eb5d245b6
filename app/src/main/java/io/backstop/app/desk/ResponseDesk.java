package io.backstop.app.desk;

import io.backstop.app.port.Directory;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerException;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.AbsenceStore;
import io.backstop.app.store.ClockEvent;
import io.backstop.app.store.ClockEventKind;
import io.backstop.app.store.ClockEventStore;
import io.backstop.app.store.ClockStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.StoredAbsence;
import io.backstop.app.store.StoredClock;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Absences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response desk: turns tracker events, absence boundaries and watcher ticks into clock changes with the core's
 * {@link ResponseRules}, and applies them: reassign in the tracker, leave a note, keep the timeline.
 *
 * <p>Every change of a clock happens under its issue's lock, in one transaction that first takes the clock's row
 * ({@link ClockStore#findLocked}) and decides from what it finds there, so a retry, or a second node that arrives
 * later, finds nothing left to do, even where the nodes share no lock. Within that transaction the tracker is told
 * before the database is written: a node that dies in between leaves the clock as it was, and the next tick makes
 * the same decision again and repeats an assignment the tracker already holds (which changes nothing). Internal
 * notes go out after the commit, so a retry never doubles one. See docs/cluster.md.
 */
public final class ResponseDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseDesk.class);
    private static final int TICK_BATCH = 500;

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
    private final AtomicLong changes = new AtomicLong();
    /** Notes decided in the transaction under way on this thread, sent once it has committed. */
    private final ThreadLocal<List<Runnable>> notesAfterCommit = ThreadLocal.withInitial(ArrayList::new);

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
        DepartmentSettings current = settings.current();
        return current.person(user).isPresent() || directory.isInGroup(user, current.staffGroup());
    }

    /** A client opened an issue (rule 1). Issues opened by staff get a clock when a client first writes. */
    public void issueCreated(IssueFacts issue, String reporter, Instant at) {
        if (isStaff(reporter)) {
            return;
        }
        withRules(rules -> onIssue(issue.issue(), stored -> {
            if (stored.isPresent()) {
                return null; // already known: a retried event
            }
            ClockStep step = rules.created(issue.issue(), issue.issueType(), issue.priority(), issue.owner(), at,
                    absences.inForceAt(at));
            StoredClock created = clocks.create(ResponseClock.opened(issue.issue(), issue.issueType(),
                    issue.priority(), issue.owner()), issue.client(), at);
            events.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.CREATED, reporter));
            apply(created, step, rules, EVENT);
            return null;
        }));
    }

    /** A comment: a client message (rule 2), a staff reply (rule 3), or, if internal, nothing. */
    public void commentAdded(IssueFacts issue, String author, boolean internal, Instant at) {
        if (internal) {
            return;
        }
        boolean staff = isStaff(author);
        withRules(rules -> onIssue(issue.issue(), stored -> {
            Absences presence = absences.inForceAt(at);
            if (staff) {
                stored.ifPresent(clock -> {
                    ClockStep step = rules.staffReply(clock.clock(), at, author, presence);
                    if (step.reply().isEmpty()) {
                        events.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.STAFF_REPLY, author));
                    }
                    apply(clock, step, rules, EVENT);
                });
                return null;
            }
            StoredClock clock = stored.orElseGet(() -> clocks.create(ResponseClock.opened(issue.issue(),
                    issue.issueType(), issue.priority(), issue.owner()), issue.client(), at));
            events.record(ClockEvent.tracker(issue.issue(), at, ClockEventKind.CLIENT_MESSAGE, author));
            apply(clock, rules.clientMessage(clock.clock(), at, presence), rules, EVENT);
            return null;
        }));
    }

    /** Rule 4: resolved issues are left alone. */
    public void issueResolved(String issue, Instant at) {
        withRules(rules -> onIssue(issue, stored -> {
            stored.filter(clock -> clock.clock().open()).ifPresent(clock -> {
                events.record(ClockEvent.tracker(issue, at, ClockEventKind.RESOLVED, null));
                apply(clock, rules.resolved(clock.clock()), rules, EVENT);
            });
            return null;
        }));
    }

    /** A resolved issue is open again in the tracker; nothing else changes until the client writes. */
    public void issueReopened(String issue, Instant at) {
        withRules(rules -> onIssue(issue, stored -> {
            stored.filter(clock -> !clock.clock().open()).ifPresent(clock -> {
                events.record(ClockEvent.tracker(issue, at, ClockEventKind.REOPENED, null));
                apply(clock, rules.reopened(clock.clock()), rules, EVENT);
            });
            return null;
        }));
    }

    /**
     * A watcher tick (rule 7): only clocks already due are read. A clock whose change fails (the database, or the
     * tracker failing rather than refusing) is logged and left as it was, still due, for the next tick; the others
     * go on.
     */
    public TickReport tick(Instant at) {
        return withRules(rules -> {
            int breaches = 0;
            int reassignments = 0;
            int failed = 0;
            Absences presence = absences.inForceAt(at);
            int lastId = -1;
            while (true) {
                List<StoredClock> due = clocks.dueAt(at, TICK_BATCH);
                int seen = lastId; // a clock the tracker refused stays due; never take it twice in one tick
                List<StoredClock> fresh = due.stream().filter(c -> c.id() > seen).toList();
                if (fresh.isEmpty()) {
                    break;
                }
                for (StoredClock candidate : fresh) {
                    lastId = Math.max(lastId, candidate.id());
                    ClockStep step;
                    try {
                        step = onIssue(candidate.clock().issue(), stored -> stored
                                .map(clock -> apply(clock, rules.tick(clock.clock(), at, presence), rules, WATCHER))
                                .orElse(null));
                    } catch (RuntimeException e) {
                        failed++;
                        LOG.error("Backstop could not tick {} at {}; it stays due and the next tick tries again",
                                candidate.clock().issue(), at, e);
                        continue;
                    }
                    if (step != null) {
                        breaches += step.breach().isPresent() ? 1 : 0;
                        reassignments += step.reassignment().isPresent() ? 1 : 0;
                    }
                }
                if (due.size() < TICK_BATCH) {
                    break;
                }
            }
            return new TickReport(breaches, reassignments, failed);
        }).orElse(new TickReport(0, 0, 0));
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
        return onIssue(issue, stored -> {
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
            events.record(new ClockEvent(issue, at, ClockEventKind.REASSIGNED, taker, clock.assignee(), taker,
                    Take.REASON, clock.awaitingSince(), clock.due(), null, null, null));
            clocks.save(stored.get(), clock.assignedTo(taker));
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
    boolean coverAbsentAssignees(Instant at, ResponseRules rules) {
        return coverAbsentAssignees(at, rules, () -> true);
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
    boolean returnWorkTo(String person, Instant at, ResponseRules rules) {
        return returnWorkTo(person, at, rules, () -> true);
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
            onIssue(held.clock().issue(), stored -> stored.filter(clock -> pending.get()).map(clock ->
                    apply(clock, rule.apply(clock.clock()), rules, WATCHER)).orElse(null));
            return true;
        } catch (RuntimeException e) {
            LOG.error("Backstop could not apply an absence to {} at {}; it is tried again", held.clock().issue(), at,
                    e);
            return false;
        }
    }

    <T> Optional<T> withRules(Function<ResponseRules, T> work) {
        Optional<ResponseRules> rules = settings.current().rules();
        if (rules.isEmpty()) {
            LOG.debug("The department is not configured yet; Backstop watches nothing.");
            return Optional.empty();
        }
        return Optional.ofNullable(work.apply(rules.get()));
    }

    /**
     * Runs {@code work} on the issue's stored clock, under the issue's lock, in one transaction that holds the
     * clock's row; sends the notes it decided once that has committed.
     */
    private <T> T onIssue(String issue, Function<Optional<StoredClock>, T> work) {
        List<Runnable> notes = notesAfterCommit.get();
        try {
            // A node that lost the race for the row (the database rolled it back) decides again from what the
            // winner left; that is how "a second node that sees a newer state does nothing" comes about.
            T result = WriteConflicts.retrying(() -> {
                notes.clear();
                return locks.withLock("backstop.clock." + issue, () -> store.inTransaction(
                        () -> work.apply(clocks.findLocked(issue, node + "/" + changes.incrementAndGet()))));
            });
            notes.forEach(Runnable::run);
            return result;
        } finally {
            notes.clear();
        }
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
    private ClockStep apply(StoredClock stored, ClockStep step, ResponseRules rules, Caller caller) {
        ResponseClock before = stored.clock();
        ResponseClock next = step.clock();
        step.reply().ifPresent(reply -> {
            events.record(ClockEvent.of(reply));
            replyListener.replied(before.issueType(), stored.client(), reply);
        });
        step.breach().ifPresent(breach -> events.record(ClockEvent.of(breach)));
        if (step.reassignment().isPresent()) {
            Reassignment moved = step.reassignment().get();
            try {
                tracker.assign(moved.issue(), moved.to());
                events.record(ClockEvent.of(moved, next.awaitingSince(), next.due(), null));
                ResponseClock after = next;
                notesAfterCommit.get().add(() -> addNote(moved, after, rules));
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
                events.record(ClockEvent.of(moved, next.awaitingSince(), next.due(), e.getMessage()));
                next = next.assignedTo(before.assignee());
                if (e.refusal() == TrackerException.Refusal.ISSUE_GONE && next.open()) {
                    // Deleted between our read and this write: nothing is left to answer, so the clock closes
                    // rather than waiting in the queue for an issue nobody can open.
                    events.record(ClockEvent.tracker(moved.issue(), moved.at(), ClockEventKind.RESOLVED, null));
                    next = rules.resolved(next).clock();
                }
            }
        }
        if (!next.equals(before)) {
            clocks.save(stored, next);
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
    }
}
