package io.backstop.app.response;

import io.backstop.app.notes.IssueNotes;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerException;
import io.backstop.app.response.ClockStore.Locked;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.PromiseOutcome;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponseRules;
import java.time.Instant;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the response desk changes a clock: with the department's rules, on the clock's row in one transaction under
 * the issue's lock, telling the tracker before the database is written and leaving the note after the commit
 * (see {@link ResponseDesk} and docs/cluster.md).
 */
final class ClockWork {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseDesk.class);

    private final SettingsService settings;
    private final EntityStore store;
    private final ClockStore clocks;
    private final ClockWrites writes;
    private final Tracker tracker;
    private final Locks locks;
    private volatile ReplyListener replyListener = ReplyListener.NONE;
    private volatile ClientMessageListener clientListener = ClientMessageListener.NONE;
    /** This desk's name in the clocks' WRITER column: which node changed a clock last. */
    private final String node = "node-" + Long.toHexString(new SecureRandom().nextLong() >>> 16);
    private final AtomicLong rowsTaken = new AtomicLong();

    ClockWork(SettingsService settings, EntityStore store, Tracker tracker, Locks locks) {
        this.settings = settings;
        this.store = store;
        this.clocks = new ClockStore(store);
        this.writes = ClockWrites.of(store);
        this.tracker = tracker;
        this.locks = locks;
    }

    void onReply(ReplyListener listener) {
        this.replyListener = listener == null ? ReplyListener.NONE : listener;
    }

    void onClientMessage(ClientMessageListener listener) {
        this.clientListener = listener == null ? ClientMessageListener.NONE : listener;
    }

    /** Tells the listener of a client message, inside the event's transaction. */
    void clientWrote(ClientMessage message) {
        clientListener.clientWrote(message);
    }

    <T> Optional<T> withRules(Function<ResponseRules, T> work) {
        return withRules(settings.current(), work);
    }

    /**
     * {@link #withRules} for work on many clocks (a watcher tick): with the texts of the notes in the language of the
     * same reading of the settings, loaded once for all the clocks.
     */
    <T> Optional<T> withRulesAndNotes(BiFunction<ResponseRules, NoteTexts, T> work) {
        DepartmentSettings current = settings.current();
        return withRules(current, rules -> work.apply(rules,
                new NoteTexts(current::notesLanguage, rules.calendar().zone())));
    }

    <T> Optional<T> withRules(DepartmentSettings current, Function<ResponseRules, T> work) {
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
    <T> T onIssue(String issue, BiFunction<Optional<Locked>, Changes, T> work) {
        Changes[] done = new Changes[1];
        // A node that lost the race for the row (the database rolled it back) decides again from what the
        // winner left; that is how "a second node that sees a newer state does nothing" comes about.
        T result = WriteConflicts.retrying(() -> locks.withLock("backstop.clock." + issue,
                () -> store.inTransaction(() -> {
                    Changes changes = new Changes();
                    T decided = work.apply(clocks.findLocked(issue, writer()), changes);
                    changes.write(writes);
                    done[0] = changes;
                    return decided;
                })));
        done[0].sendNotes();
        return result;
    }

    /** What goes into the CLOCK.WRITER column of a row taken now: this node and a count, never the same twice. */
    String writer() {
        return node + "/" + rowsTaken.incrementAndGet();
    }

    /**
     * Who is applying a step decides what a tracker failure (not a refusal) does. The watcher rolls the change back:
     * the clock stays due, or the absence pending, and its next run retries. A tracker event cannot be replayed, so
     * its change is kept (the client's message is on the clock) and only the reassignment is recorded as not done;
     * the clock breaches in time if nobody answers.
     */
    enum Caller { WATCHER, EVENT }

    static final Caller WATCHER = Caller.WATCHER;

    static final Caller EVENT = Caller.EVENT;

    /** Stores a step's clock and what it produced; carries out its reassignment in the tracker. */
    ClockStep apply(Locked stored, ClockStep step, ResponseRules rules, Caller caller, Changes changes) {
        return apply(stored, step, rules, notesNow(rules), caller, changes, HoldingReplies.Decision.ANSWER, null);
    }

    /**
     * As above, for a staff reply: its timeline row says whether, and how, it was taken as a holding reply; the
     * listener hears its kind and {@code text} (null when the host does not know it), which set what it earns.
     */
    ClockStep apply(Locked stored, ClockStep step, ResponseRules rules, Caller caller, Changes changes,
                    HoldingReplies.Decision decided, String text) {
        return apply(stored, step, rules, notesNow(rules), caller, changes, decided, text);
    }

    /** As the first, with notes' texts shared by many steps ({@link #withRulesAndNotes}). */
    ClockStep apply(Locked stored, ClockStep step, ResponseRules rules, NoteTexts texts, Caller caller,
                    Changes changes) {
        return apply(stored, step, rules, texts, caller, changes, HoldingReplies.Decision.ANSWER, null);
    }

    /** One step's texts: the language is read only if the step leaves a note (most steps of events leave none). */
    private NoteTexts notesNow(ResponseRules rules) {
        return new NoteTexts(() -> settings.current().notesLanguage(), rules.calendar().zone());
    }

    private ClockStep apply(Locked stored, ClockStep step, ResponseRules rules, NoteTexts texts, Caller caller,
                            Changes changes, HoldingReplies.Decision decided, String replyText) {
        ResponseClock before = stored.clock();
        ResponseClock next = step.clock();
        step.reply().ifPresent(reply -> {
            changes.record(decided.mark(ClockEvent.of(reply)));
            replyListener.replied(before.issueType(), stored.client(), reply, decided.kind(), replyText);
        });
        step.breach().ifPresent(breach -> changes.record(ClockEvent.of(breach)));
        // Only a step that leaves a note reads the department's language and loads its texts.
        IssueNotes notes = leavesNote(step) ? texts.get() : null;
        step.reminder().ifPresent(reminder -> {
            changes.record(ClockEvent.of(reminder));
            String text = notes.reminder(reminder.to(), before.awaitingSince(), reminder.due(), reminder.at());
            changes.noteAfterCommit(() -> remind(reminder, text));
        });
        step.promises().forEach(promise -> {
            changes.promise(promise);
            changes.record(ClockEvent.of(promise));
            if (promise.outcome() == PromiseOutcome.BROKEN) {
                String text = notes.promiseBroken(promise.by(), promise.madeAt(), promise.due());
                changes.noteAfterCommit(() -> note(promise.issue(), text, promise.closedAt()));
            }
        });
        if (step.reassignment().isPresent()) {
            Reassignment moved = step.reassignment().get();
            try {
                tracker.assign(moved.issue(), moved.to());
                changes.record(ClockEvent.of(moved, next.awaitingSince(), next.due(), null));
                ResponseClock after = next;
                String text = notes.reassigned(moved, after);
                changes.noteAfterCommit(() -> note(moved.issue(), text, moved.at()));
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
                    next = rules.resolved(next, moved.at()).clock();
                }
            }
        }
        if (!next.equals(before)) {
            changes.save(stored, next);
        }
        return step;
    }

    private static boolean leavesNote(ClockStep step) {
        return step.reminder().isPresent() || step.reassignment().isPresent()
                || step.promises().stream().anyMatch(promise -> promise.outcome() == PromiseOutcome.BROKEN);
    }

    /** Sent after the commit: the change is done whatever happens to its note, so a failure here is only logged. */
    private void note(String issue, String text, Instant at) {
        try {
            tracker.addInternalNote(issue, text, at);
        } catch (RuntimeException e) {
            LOG.warn("Backstop changed {} but could not leave a note: {}", issue, e.getMessage(), e);
        }
    }

    private void remind(Reminder reminder, String text) {
        try {
            tracker.remind(reminder.issue(), reminder.to(), text, reminder.at());
        } catch (RuntimeException e) {
            LOG.warn("Backstop could not remind {} of {}: {}", reminder.to(), reminder.issue(), e.getMessage(), e);
        }
    }
}
