package io.backstop.app.response;

import io.backstop.app.response.ClockStore.Locked;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Absences;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The watcher's tick (rule 7): only clocks already due, changed a batch to a transaction. */
final class WatcherTick {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseDesk.class);
    private static final int TICK_BATCH = 500;

    /**
     * Due clocks changed in one transaction: their rows stay taken while the tracker is told of each move, so a
     * batch is kept small enough for an event on one of them to wait briefly, and large enough that the watcher
     * writes its timeline rows in few statements and commits rarely.
     */
    static final int CHANGE_BATCH = 50;

    private final ClockWork work;
    private final EntityStore store;
    private final ClockStore clocks;
    private final ClockWrites writes;
    private final WatchedClocks watched;
    private final AbsenceStore absences;

    WatcherTick(ClockWork work, EntityStore store) {
        this.work = work;
        this.store = store;
        this.clocks = new ClockStore(store);
        this.writes = ClockWrites.of(store);
        this.watched = new WatchedClocks(store);
        this.absences = new AbsenceStore(store);
    }

    /**
     * A watcher tick (rule 7): only clocks already due are read, and changed {@value #CHANGE_BATCH} to a transaction.
     * A clock whose move fails in the tracker (failing rather than refusing) is left as it was, still due, for the
     * next tick, and the rest of its batch goes on; a batch that fails in the database is left whole for the next
     * tick. Both are logged and counted as failed.
     */
    ResponseDesk.TickReport tick(Instant at) {
        return work.withRulesAndNotes((rules, notes) -> {
            ResponseDesk.TickReport report = new ResponseDesk.TickReport(0, 0, 0);
            Absences presence = absences.inForceAt(at);
            int lastId = -1;
            while (true) {
                List<Integer> due = watched.watchedAt(at, TICK_BATCH);
                int seen = lastId; // a clock the tracker refused stays due; never take it twice in one tick
                List<Integer> fresh = due.stream().filter(id -> id > seen).toList();
                if (fresh.isEmpty()) {
                    break;
                }
                lastId = fresh.get(fresh.size() - 1);
                for (int start = 0; start < fresh.size(); start += CHANGE_BATCH) {
                    List<Integer> batch = fresh.subList(start, Math.min(fresh.size(), start + CHANGE_BATCH));
                    report = report.plus(tickBatch(batch, at, presence, rules, notes));
                }
                if (due.size() < TICK_BATCH) {
                    break;
                }
            }
            return report;
        }).orElse(new ResponseDesk.TickReport(0, 0, 0));
    }

    /**
     * One transaction over a batch of due clocks: takes their rows (in id order), decides each from what it finds,
     * tells the tracker of each move, then writes every timeline row and clock; the notes go out after the commit.
     * No named lock is taken: the rows are what makes each change happen once (docs/cluster.md).
     */
    private ResponseDesk.TickReport tickBatch(List<Integer> ids, Instant at, Absences presence, ResponseRules rules,
                                              NoteTexts notes) {
        try {
            Changes[] done = new Changes[1];
            ResponseDesk.TickReport report = WriteConflicts.retrying(() -> store.inTransaction(() -> {
                Changes batch = new Changes();
                ResponseDesk.TickReport counted = new ResponseDesk.TickReport(0, 0, 0);
                for (Locked clock : clocks.lockAll(ids, work.writer())) {
                    Changes one = new Changes();
                    try {
                        ClockStep step = work.apply(clock, rules.tick(clock.clock(), at, presence), rules, notes,
                                ClockWork.WATCHER, one);
                        counted = counted.plus(new ResponseDesk.TickReport(step.breach().isPresent() ? 1 : 0,
                                step.reassignment().isPresent() ? 1 : 0, 0));
                        batch.add(one);
                    } catch (RuntimeException e) {
                        counted = counted.plus(new ResponseDesk.TickReport(0, 0, 1));
                        LOG.error("Backstop could not tick {} at {}; it stays due and the next tick tries again",
                                clock.clock().issue(), at, e);
                    }
                }
                batch.write(writes);
                done[0] = batch;
                return counted;
            }));
            done[0].sendNotes();
            return report;
        } catch (RuntimeException e) {
            LOG.error("Backstop could not tick {} due clocks at {}; they stay due and the next tick tries again",
                    ids.size(), at, e);
            return new ResponseDesk.TickReport(0, 0, ids.size());
        }
    }
}
