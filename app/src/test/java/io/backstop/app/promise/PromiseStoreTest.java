package io.backstop.app.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.Schema;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.testing.TestHost;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PromiseStore#recordAll} on a real H2 database through Active Objects: what a transaction decided about
 * promises is written in order, as one promise at a time would be, with one read of the open rows for the batch.
 */
class PromiseStoreTest {

    private static final Instant NINE = Instant.parse("2026-11-26T06:00:00Z");
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private EntityManagerStore store;
    private PromiseStore promises;

    @BeforeEach
    void database() {
        store = TestHost.memoryDatabase();
        Schema.upgrade(store);
        promises = new PromiseStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void promisesOfOneIssueInOneBatchFollowEachOther() {
        Promise first = opened("WEB-1", 0, 3);
        record(first);

        // a holding reply moves the first (the row read before the batch), then one made in this batch is kept and
        // a third opened: each close finds the row the one before it left open
        Promise second = opened("WEB-1", 1, 4);
        Promise third = opened("WEB-1", 2, 5);
        record(closed(first, PromiseOutcome.MOVED, 1), second, closed(second, PromiseOutcome.KEPT, 2), third);

        assertThat(promises.ofIssue("WEB-1")).containsExactly(closed(first, PromiseOutcome.MOVED, 1),
                closed(second, PromiseOutcome.KEPT, 2), third);
    }

    @Test
    void aCloseWithNoOpenRowChangesNothingAndTheRestOfTheBatchStillCloses() {
        Promise open = opened("WEB-1", 0, 3);
        Promise keptAlready = opened("WEB-2", 0, 3);
        record(open, keptAlready);
        record(closed(keptAlready, PromiseOutcome.KEPT, 1));

        record(closed(opened("WEB-3", 0, 3), PromiseOutcome.BROKEN, 4), // no row at all
                closed(keptAlready, PromiseOutcome.BROKEN, 4),             // its row is closed already
                closed(opened("WEB-1", -1, 3), PromiseOutcome.BROKEN, 4),  // WEB-1's open row was made later
                closed(open, PromiseOutcome.BROKEN, 4));

        assertThat(promises.ofIssue("WEB-1")).containsExactly(closed(open, PromiseOutcome.BROKEN, 4));
        assertThat(promises.ofIssue("WEB-2")).containsExactly(closed(keptAlready, PromiseOutcome.KEPT, 1));
        assertThat(promises.ofIssue("WEB-3")).isEmpty();
    }

    @Test
    void aBatchReadsTheOpenRowsOnceThroughTheIssueIndexWhateverIsStored() throws SQLException {
        List<Promise> others = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) { // open and closed promises of other issues, for the indexes to skip
            others.add(opened("OLD-" + i, 0, 3));
        }
        List<Promise> due = new ArrayList<>();
        for (int i = 0; i < 17; i++) { // each after one moved: two rows an issue
            Promise moved = opened("WEB-" + i, -1, 3);
            record(moved, closed(moved, PromiseOutcome.MOVED, 0));
            due.add(opened("WEB-" + i, 0, 3));
        }
        record(others.toArray(Promise[]::new));
        record(due.toArray(Promise[]::new));
        record(others.stream().filter(promise -> promise.issue().endsWith("0"))
                .map(promise -> closed(promise, PromiseOutcome.KEPT, 1)).toArray(Promise[]::new));
        recordStatements();

        record(due.stream().map(promise -> closed(promise, PromiseOutcome.BROKEN, 3)).toArray(Promise[]::new));

        Map<String, Integer> reads = selectsOnPromise();
        assertThat(reads).hasSize(1);
        assertThat(reads.values()).containsExactly(1);
        List<Object> issues = new ArrayList<>(due.stream().map(Promise::issue).sorted().toList());
        assertThat(rowsScanned(reads.keySet().iterator().next(), issues)).as("index entries and rows of 34 promises")
                .isLessThanOrEqualTo(2 * 34);
        assertThat(promises.openDueBefore(NINE.plus(Duration.ofDays(1)))).hasSize(900);
    }

    private void record(Promise... batch) {
        store.inTransaction(() -> {
            promises.recordAll(List.of(batch));
            return null;
        });
    }

    /** A promise on {@code issue} made {@code madeHours} after nine, due {@code dueHours} after. */
    private static Promise opened(String issue, int madeHours, int dueHours) {
        return new Promise(issue, "ivanova", NINE.plus(Duration.ofHours(madeHours)),
                NINE.plus(Duration.ofHours(dueHours)), PromiseOutcome.OPEN, null);
    }

    private static Promise closed(Promise open, PromiseOutcome outcome, int atHours) {
        return new Promise(open.issue(), open.by(), open.madeAt(), open.due(), outcome,
                NINE.plus(Duration.ofHours(atHours)));
    }

    private void recordStatements() throws SQLException {
        try (Connection connection = store.manager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    /** The SELECTs AO sent on the PROMISE table since {@link #recordStatements}, with how often each ran. */
    private Map<String, Integer> selectsOnPromise() throws SQLException {
        Map<String, Integer> found = new TreeMap<>();
        try (Connection connection = store.manager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rows.next()) {
                String sql = rows.getString(1);
                if (sql.startsWith("SELECT") && sql.contains("_PROMISE ")) {
                    found.put(sql, rows.getInt(2));
                }
            }
        }
        return found;
    }

    /** Index and table rows H2 reads to answer {@code sql} (EXPLAIN ANALYZE's scanCount, summed). */
    private int rowsScanned(String sql, List<Object> parameters) throws SQLException {
        try (Connection connection = store.manager().getProvider().getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int p = 0; p < parameters.size(); p++) {
                explain.setObject(p + 1, parameters.get(p));
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher counts = SCAN_COUNT.matcher(plan.getString(1));
                int scanned = 0;
                while (counts.find()) {
                    scanned += Integer.parseInt(counts.group(1));
                }
                return scanned;
            }
        }
    }
}
