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
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.WatchedClocks;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
 * One watcher tick over {@code clocks} stored response clocks of which {@value #DUE} are due, on H2 through Active
 * Objects and the app's own {@link ResponseDesk} (as both hosts assemble it in {@link Backstop}), compared in the
 * same run with a full scan that reads every clock through AO and checks whether it is due.
 *
 * <p>The stored clocks are, whatever their number: {@value #DUE} awaiting and due (each tick breaches them and
 * moves them to the operator), {@value #BREACHED} awaiting and breached two days ago (still in the queue),
 * {@value #WAITING} awaiting and due within the next two hours, and the rest answered (half of them resolved).
 * The special clocks are spread evenly over the row ids. Before every invocation the due clocks are put back as
 * they were and the tick's audit rows removed (not measured), so every tick does the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WatcherTickBenchmark {

    static final int DUE = 1_000;
    static final int BREACHED = 500;
    static final int WAITING = 1_000;
    static final List<String> MANAGERS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
    /** A Thursday, 15:00 in Moscow: working time, nobody away. */
    static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");
    static final Duration TICK = Duration.ofMinutes(5);
    private static final String EVENTS = "\"" + H2EntityManagers.TABLE_PREFIX + "CLOCK_EVENT\"";

    @Param({"10000", "100000", "1000000"})
    public int clocks;

    private EntityManager manager;
    private ResponseDesk desk;
    private ClockStore clockStore;
    private WatchedClocks watched;
    private final AtomicInteger assigned = new AtomicInteger();
    private long lastEventBefore;
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
        clockStore = new ClockStore(store);
        watched = new WatchedClocks(store);
        long started = System.nanoTime();
        seed(clocks);
        try (Connection connection = manager.getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(\"ID\"), 0) FROM " + EVENTS)) {
            max.next();
            lastEventBefore = max.getLong(1);
        }
        System.out.printf("%nseeded %d clocks in %.1f s%n", clocks, (System.nanoTime() - started) / 1e9);
        ResponseDesk.TickReport report = desk.tick(AT);
        int dueAfterTick = countDue();
        if (report.breaches() != DUE || report.reassignments() != DUE || assigned.get() != DUE || dueAfterTick != 0) {
            throw new IllegalStateException("a tick should breach and move " + DUE + " clocks and leave none due, got "
                    + report + ", " + assigned.get() + " assignments and " + dueAfterTick + " still due");
        }
        resetDueClocks();
        List<Integer> ids = new ArrayList<>();
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement q = connection.prepareStatement("SELECT ID FROM " + ClockRows.TABLE
                     + " WHERE \"RESOLVED\" = FALSE AND \"BREACHED\" = FALSE AND \"DUE\" <= ?")) {
            q.setLong(1, AT.toEpochMilli());
            try (ResultSet r = q.executeQuery()) { while (r.next()) ids.add(r.getInt(1)); }
        }
        dueIds = ids.toArray(new Integer[0]);
        if (countDue() != DUE) {
            throw new IllegalStateException("the reset should make " + DUE + " clocks due again, not " + countDue());
        }
    }

    /** The baseline must have found exactly the due clocks (checked here, off the clock). */
    @TearDown(Level.Iteration)
    public void checkBaseline() {
        if (lastScan != -1 && lastScan != DUE) {
            throw new IllegalStateException("the full scan found " + lastScan + " due clocks, not " + DUE);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.getProvider().dispose();
    }

    /** The watcher's tick: reads only the due clocks, breaches them and hands them to the operator. */
    @Benchmark
    public ResponseDesk.TickReport tick() {
        return desk.tick(AT);
    }

    /**
     * The read half of a tick alone: the watched clocks' ids through {@link WatchedClocks#watchedAt}, as the tick reads them
     * (it takes them in batches of 500; one read of all of them here).
     */
    @Benchmark
    public List<Integer> dueRead() {
        return watched.watchedAt(AT, DUE);
    }

    /** The sandbox's manual-clock path: advance by one tick (absence boundaries, next due) and settle. */
    @Benchmark
    public Instant clockDriverStep() {
        ClockDriver driver = new ClockDriver(desk, () -> new TickGrid(AT, TICK), AT.minus(TICK));
        driver.advanceTo(AT);
        driver.settle();
        return driver.now();
    }

    private Integer[] dueIds;

    /**
     * The least a tick that changes the due clocks through AO must write: each due clock's new state (breached, with
     * the operator), one entity save each, in one transaction; no row lock, no timeline rows, no tracker. Read in
     * batches of 500 by id first (AO's {@code find}), as the tick reads them.
     */
    @Benchmark
    public int writeFloor() throws SQLException {
        return new Transaction<Integer>(manager) {
            @Override
            protected Integer run() throws SQLException {
                int saved = 0;
                for (int start = 0; start < dueIds.length; start += 500) {
                    Object[] chunk = Arrays.copyOfRange(dueIds, start, Math.min(dueIds.length, start + 500));
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

    /** The baseline: read every stored clock through AO and check whether it is due. */
    @Benchmark
    public int fullScanBaseline() throws SQLException {
        lastScan = scanForDue();
        return lastScan;
    }

    @Setup(Level.Invocation)
    public void resetDueClocks() throws SQLException {
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement clocksBack = connection.prepareStatement("UPDATE " + ClockRows.TABLE
                     + " SET \"BREACHED\" = FALSE, \"ASSIGNEE\" = \"OWNER\", \"AWAY_FROM\" = NULL WHERE \"DUE\" >= ? AND \"DUE\" <= ?");
             PreparedStatement events = connection.prepareStatement("DELETE FROM " + EVENTS + " WHERE \"ID\" > ?")) {
            clocksBack.setLong(1, AT.minus(Duration.ofHours(1)).toEpochMilli());
            clocksBack.setLong(2, AT.toEpochMilli());
            clocksBack.executeUpdate();
            events.setLong(1, lastEventBefore);
            events.executeUpdate();
        }
        assigned.set(0);
    }

    /** Due clocks counted in SQL, to check the set-up. */
    private int countDue() throws SQLException {
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + ClockRows.TABLE
                     + " WHERE \"RESOLVED\" = FALSE AND \"BREACHED\" = FALSE AND \"DUE\" <= ?")) {
            count.setLong(1, AT.toEpochMilli());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private int scanForDue() throws SQLException {
        long at = AT.toEpochMilli();
        int[] due = {0};
        manager.stream(ClockEntity.class, Query.select("ID, ISSUE_KEY, ISSUE_TYPE, PRIORITY, CLIENT, OWNER, ASSIGNEE,"
                + " RESOLVED, AWAITING_SINCE, QUEUED_AT, DUE, BREACHED, CREATED_AT"), clock -> {
                    Long dueAt = clock.getDue();
                    if (!clock.isResolved() && !clock.isBreached() && dueAt != null && dueAt <= at) {
                        due[0]++;
                    }
                });
        return due[0];
    }

    private void seed(int count) throws SQLException {
        int special = DUE + BREACHED + WAITING;
        if (count < special * 2) {
            throw new IllegalArgumentException("at least " + special * 2 + " clocks");
        }
        int stride = count / special;
        long at = AT.toEpochMilli();
        long minute = Duration.ofMinutes(1).toMillis();
        try (Connection connection = manager.getProvider().getConnection();
             ClockRows rows = new ClockRows(connection)) {
            for (int i = 0; i < count; i++) {
                String owner = MANAGERS.get(i % MANAGERS.size());
                String issue = "WEB-" + (i + 1);
                String client = "client-" + (i % 5_000);
                long created = at - Duration.ofDays(3).toMillis() - (long) (count - i) * minute;
                int k = i / stride;
                if (i % stride != 0 || k >= special) {
                    boolean resolved = i % 2 == 0;
                    rows.add(issue, "Question", "Medium", client, owner, owner, resolved, null, null, null, false,
                            created);
                } else if (k % 5 < 2) { // due: awaiting for three hours, due 1 to 59 minutes ago
                    rows.add(issue, "Question", "High", client, owner, owner, false, at - 180 * minute,
                            at - 120 * minute, at - (1 + k % 59) * minute, false, created);
                } else if (k % 5 == 2) { // breached two days ago, with the operator
                    rows.add(issue, "Order", "Medium", client, owner, "operator", false, at - 2 * 1440 * minute,
                            at - 2 * 1440 * minute + 30 * minute, at - 2 * 1440 * minute + 60 * minute, true, created);
                } else { // awaiting, due within two hours
                    rows.add(issue, "Question", "Low", client, owner, owner, false, at - 10 * minute,
                            at + 20 * minute, at + (1 + k % 120) * minute, false, created);
                }
            }
        }
    }

    /** Accepts every assignment and note, as a tracker that says yes. */
    private final class CountingTracker implements Tracker {
        @Override
        public void assign(String issue, String assignee) {
            assigned.incrementAndGet();
        }

        @Override
        public void addInternalNote(String issue, String text) {
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
