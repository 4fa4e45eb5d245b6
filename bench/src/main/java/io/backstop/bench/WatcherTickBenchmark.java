package io.backstop.bench;

import io.backstop.app.Backstop;
import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.TrackerComment;
import io.backstop.app.response.ClockDriver;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.TickGrid;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.response.ClockEntity;
import io.backstop.app.response.WatchedClocks;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One watcher tick over {@code clocks} stored response clocks of which {@value TickSeed#WATCHED} have work for it, on
 * H2 through Active Objects and the app's own {@link ResponseDesk} (as both hosts assemble it in {@link Backstop}),
 * compared in the same run with a full scan that reads every clock through AO and checks whether it has work.
 *
 * <p>{@code work} is what that work is ({@link TickSeed}): {@code breaches}, due answers only, as before rules 11 and
 * 14; {@code reminders-and-promises}, the same number split among due answers, reminders come due and promises come
 * due, with reminders and open promises not yet due and closed promise rows spread across the tables. Before every
 * invocation the watched clocks' rows and promise rows are put back as they were and the tick's timeline rows
 * removed (not measured), so every tick does the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WatcherTickBenchmark {

    static final List<String> MANAGERS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
    /** A Thursday, 15:00 in Moscow: working time, nobody away. */
    static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");
    static final Duration TICK = Duration.ofMinutes(5);

    @Param({"10000", "100000", "1000000"})
    public int clocks;

    @Param({TickSeed.BREACHES, TickSeed.REMINDERS_AND_PROMISES})
    public String work;

    private EntityManager manager;
    private ResponseDesk desk;
    private WatchedClocks watched;
    private TickTable table;
    private TickSeed.Work expected;
    private final AtomicInteger assigned = new AtomicInteger();
    private final AtomicInteger reminded = new AtomicInteger();
    private final AtomicInteger notes = new AtomicInteger();
    private Integer[] watchedIds;
    private int lastScan = -1;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        manager = H2EntityManagers.inMemory();
        EntityManagerStore store = new EntityManagerStore(manager);
        Locks locks = new Locks() {
            @Override
            public <T> T withLock(String name, Supplier<T> work) {
                return work.get(); // one thread: the cluster lock is not what is measured
            }
        };
        Backstop backstop = new Backstop(store, new CountingTracker(), new NoDirectory(), locks,
                ZoneId.of("Europe/Moscow"));
        backstop.settings().replace(SettingsDocument.read(Fixtures.department(MANAGERS, TICK.toString())));
        desk = backstop.responses();
        watched = new WatchedClocks(store);
        table = new TickTable(manager, AT);
        long started = System.nanoTime();
        try (Connection connection = manager.getProvider().getConnection()) {
            expected = TickSeed.seed(connection, clocks, work, AT, MANAGERS);
        }
        System.out.printf("%nseeded %d clocks (%s) in %.1f s; a tick has %s%n", clocks, work,
                (System.nanoTime() - started) / 1e9, expected);
        table.remember();
        watchedIds = table.watchedIds().toArray(new Integer[0]);
        Map<String, TickTable.Plan> plans = table.watchPlans();
        System.out.printf("watched reads: %s; closing a batch's promises reads: %s%n", plans,
                table.closePlan());
        if (plans.values().stream().anyMatch(plan -> plan.scanned() > 2 * TickSeed.WATCHED)) {
            throw new IllegalStateException("a watched read reads more than the watched clocks: " + plans);
        }
        checkOneTick();
        resetWatchedClocks();
        if (table.watchedIds().size() != TickSeed.WATCHED) {
            throw new IllegalStateException("the reset should leave " + TickSeed.WATCHED + " clocks watched, not "
                    + table.watchedIds().size());
        }
    }

    /** One tick does exactly the expected work (timeline rows by kind, tracker calls) and leaves nothing watched. */
    private void checkOneTick() throws SQLException {
        if (watchedIds.length != TickSeed.WATCHED || expected.total() != TickSeed.WATCHED
                || table.openPromisesDue() != expected.promises()) {
            throw new IllegalStateException("seeded " + watchedIds.length + " watched clocks and "
                    + table.openPromisesDue() + " open promise rows due, expected " + expected);
        }
        ResponseDesk.TickReport report = desk.tick(AT);
        Map<String, Integer> kinds = new TreeMap<>();
        put(kinds, "BREACH", expected.breaches());
        put(kinds, "REASSIGNED", expected.breaches());
        put(kinds, "REMINDER", expected.reminders());
        put(kinds, "PROMISE", expected.promises());
        Map<String, Integer> written = table.eventsSince();
        int left = table.watchedIds().size();
        if (!written.equals(kinds) || report.breaches() != expected.breaches()
                || report.reassignments() != expected.breaches() || report.failed() != 0
                || assigned.get() != expected.breaches() || reminded.get() != expected.reminders()
                || notes.get() != expected.breaches() + expected.promises() || left != 0) {
            throw new IllegalStateException("a tick should write " + kinds + " and leave none watched, got "
                    + written + ", " + report + ", " + assigned.get() + " assignments, " + reminded.get()
                    + " reminders, " + notes.get() + " notes and " + left + " still watched");
        }
        System.out.printf("one tick: %s, %s%n", written, report);
    }

    private static void put(Map<String, Integer> kinds, String kind, int count) {
        if (count > 0) {
            kinds.put(kind, count);
        }
    }

    /** The baseline must have found exactly the watched clocks (checked here, off the clock). */
    @TearDown(Level.Iteration)
    public void checkBaseline() {
        if (lastScan != -1 && lastScan != TickSeed.WATCHED) {
            throw new IllegalStateException("the full scan found " + lastScan + " watched clocks, not "
                    + TickSeed.WATCHED);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.getProvider().dispose();
    }

    /** The watcher's tick: reads only the watched clocks, reminds, breaches and moves, breaks promises. */
    @Benchmark
    public ResponseDesk.TickReport tick() {
        return desk.tick(AT);
    }

    /**
     * The read half of a tick alone: the watched clocks' ids through {@link WatchedClocks#watchedAt} (three indexed
     * reads), as the tick reads them (it takes them in batches of 500; one read of all of them here).
     */
    @Benchmark
    public List<Integer> dueRead() {
        return watched.watchedAt(AT, TickSeed.WATCHED);
    }

    /** The sandbox's manual-clock path: advance by one tick (absence boundaries, next due) and settle. */
    @Benchmark
    public Instant clockDriverStep() {
        ClockDriver driver = new ClockDriver(desk, () -> new TickGrid(AT, TICK), AT.minus(TICK));
        driver.advanceTo(AT);
        driver.settle();
        return driver.now();
    }

    /**
     * The least a tick that changes the watched clocks through AO must write: each one's new state (here: breached,
     * with the operator), one entity save each, in one transaction; no row lock, no timeline rows, no tracker. Read in
     * batches of 500 by id first (AO's {@code find}), as the tick reads them.
     */
    @Benchmark
    public int writeFloor() throws SQLException {
        return new Transaction<Integer>(manager) {
            @Override
            protected Integer run() throws SQLException {
                int saved = 0;
                for (int start = 0; start < watchedIds.length; start += 500) {
                    Object[] chunk = Arrays.copyOfRange(watchedIds, start, Math.min(watchedIds.length, start + 500));
                    ClockEntity[] rows = manager.find(ClockEntity.class, Query.select().where("ID IN ("
                            + String.join(", ", Collections.nCopies(chunk.length, "?")) + ")", chunk));
                    for (ClockEntity row : rows) {
                        row.setBreached(true);
                        row.setAssignee("operator");
                        row.save();
                        saved++;
                    }
                }
                return saved;
            }
        }.execute();
    }

    /** The baseline: read every stored clock through AO and check whether a tick has work for it. */
    @Benchmark
    public int fullScanBaseline() throws SQLException {
        lastScan = scanForWatched();
        return lastScan;
    }

    @Setup(Level.Invocation)
    public void resetWatchedClocks() throws SQLException {
        table.restore();
        assigned.set(0);
        reminded.set(0);
        notes.set(0);
    }

    private int scanForWatched() throws SQLException {
        long at = AT.toEpochMilli();
        int[] watching = {0};
        manager.stream(ClockEntity.class, Query.select("ID, ISSUE_KEY, ISSUE_TYPE, PRIORITY, CLIENT, OWNER, ASSIGNEE,"
                + " RESOLVED, AWAITING_SINCE, QUEUED_AT, DUE, BREACHED, CREATED_AT, REMIND_AT, PROMISE_BY,"
                + " PROMISE_MADE_AT, PROMISE_DUE"), clock -> {
                    Long due = clock.getDue();
                    Long remindAt = clock.getRemindAt();
                    Long promiseDue = clock.getPromiseDue();
                    if ((!clock.isResolved() && !clock.isBreached() && due != null && due <= at)
                            || (remindAt != null && remindAt <= at) || (promiseDue != null && promiseDue <= at)) {
                        watching[0]++;
                    }
                });
        return watching[0];
    }

    /** Accepts every assignment, reminder and note, as a tracker that says yes, and counts them. */
    private final class CountingTracker implements Tracker {
        @Override
        public void assign(String issue, String assignee) {
            assigned.incrementAndGet();
        }

        @Override
        public void addInternalNote(String issue, String text) {
            notes.incrementAndGet();
        }

        @Override
        public void remind(String issue, String person, String text, Instant at) {
            reminded.incrementAndGet();
        }

        @Override
        public Optional<TrackedIssue> describe(String issue) {
            return Optional.empty();
        }

        @Override
        public List<TrackerComment> conversation(String issue) {
            return List.of();
        }
    }
}
