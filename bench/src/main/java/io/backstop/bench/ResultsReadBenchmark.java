package io.backstop.bench;

import io.backstop.app.port.Locks;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.response.ClockStore;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.Schema;
import io.backstop.app.store.SettingStore;
import io.backstop.h2.H2EntityManagers;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The department's norm-hours for one month ({@link ResultsDesk#normHours}: eight managers, present time from the
 * calendar and absences, verdicts against the ramp) read from the pre-aggregated {@code RES_OP_DAY} rows, as the
 * history behind them grows from 10 thousand to a million operations. The history is about 480 operations a
 * working day (eight managers, eight operation codes each), ending with the month read; a million operations is
 * about eight years of it. The read should stay flat: it touches one month's rows, whatever lies before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResultsReadBenchmark {

    static final List<String> MANAGERS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
    static final List<String> OPERATIONS = List.of("client-question", "long-letter", "small-job-estimate",
            "job-handoff", "monthly-report-explanation", "ads-report-explanation", "incoming-call", "debt-call");
    static final int[] MINUTES = {15, 60, 20, 15, 30, 30, 10, 10};
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    static final LocalDate FIRST_OF_MONTH = LAST_DAY.withDayOfMonth(1);

    @Param({"10000", "1000000"})
    public int operations;

    private EntityManager manager;
    private ResultsDesk desk;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        manager = H2EntityManagers.inMemory();
        EntityManagerStore store = new EntityManagerStore(manager);
        Schema.upgrade(store);
        SettingsService settings = new SettingsService(new SettingStore(store), new ClockStore(store),
                ZoneId.of("Europe/Moscow"));
        settings.replace(SettingsDocument.read(department()));
        desk = new ResultsDesk(settings, store, new Locks() {
            @Override
            public <T> T withLock(String name, Supplier<T> work) {
                return work.get();
            }
        }, new NoTracker());
        long[] made = history(operations);
        System.out.printf("%nhistory: %d operations in %d pre-aggregated rows over %d days%n", made[0], made[1],
                made[2]);
    }

    /** Working days back from {@link #LAST_DAY}: per manager per operation a count of 3 to 12, until enough. */
    private long[] history(int target) throws SQLException {
        Random random = new Random(42);
        long done = 0;
        long rows = 0;
        long days = 0;
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + H2EntityManagers.TABLE_PREFIX
                     + "RES_OP_DAY\" (\"PERSON\", \"WORK_DAY\", \"OPERATION\", \"OP_COUNT\", \"NORM_MINUTES\")"
                     + " VALUES (?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (LocalDate day = LAST_DAY; done < target; day = day.minusDays(1)) {
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                days++;
                for (String person : MANAGERS) {
                    for (int op = 0; op < OPERATIONS.size() && done < target; op++) {
                        int count = (int) Math.min(3 + random.nextInt(10), target - done);
                        insert.setString(1, person);
                        insert.setString(2, day.toString());
                        insert.setString(3, OPERATIONS.get(op));
                        insert.setLong(4, count);
                        insert.setLong(5, (long) count * MINUTES[op]);
                        insert.addBatch();
                        done += count;
                        rows++;
                    }
                }
                if (days % 50 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return new long[] {done, rows, days};
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.getProvider().dispose();
    }

    @Benchmark
    public List<NormsDesk.PersonOutput> normHoursForAMonth() {
        return desk.norms().normHours(FIRST_OF_MONTH, LAST_DAY, Optional.empty());
    }

    static String department() {
        StringBuilder people = new StringBuilder("{ \"name\": \"head\", \"role\": \"HEAD\" }, { \"name\": \"operator\", \"role\": \"OPERATOR\" }");
        for (String m : MANAGERS) {
            people.append(", { \"name\": \"").append(m).append("\", \"role\": \"MANAGER\" }");
        }
        return """
                {
                  "calendar": {
                    "zone": "Europe/Moscow",
                    "week": {
                      "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                      "WED": ["09:00-13:00", "14:00-18:00"], "THU": ["09:00-13:00", "14:00-18:00"],
                      "FRI": ["09:00-13:00", "14:00-17:00"]
                    },
                    "holidays": ["2026-11-04"]
                  },
                  "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
                  "people": [ %s ],
                  "tick": "PT5M"
                }
                """.formatted(people);
    }
}
