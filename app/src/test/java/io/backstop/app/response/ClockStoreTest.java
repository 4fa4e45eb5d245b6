package io.backstop.app.response;

import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.Schema;
import io.backstop.app.store.SettingStore;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.testing.TestHost;
import io.backstop.core.sla.ResponseClock;
import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clock store on a real H2 database through Active Objects: what the watcher and the queue read costs what is
 * due or queued, not what is stored (H2's own row counts, from EXPLAIN ANALYZE of the statements AO sent), and the
 * batch the watcher takes and writes is the one it asked for.
 */
class ClockStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final int ANSWERED = 2_000;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private EntityManagerStore store;
    private ClockStore clocks;

    @BeforeEach
    void database() {
        store = TestHost.memoryDatabase();
        Schema.upgrade(store);
        clocks = new ClockStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void dueQueueNextDueAndAbsencesReadOnlyTheClocksConcernedNotTheAnsweredOnes() throws SQLException {
        store.inTransaction(() -> {
            for (int i = 0; i < ANSWERED; i++) { // answered: no due, no queue time (NULL, first in H2's indexes)
                clocks.create(ResponseClock.opened("WEB-" + i, "Question", "Medium", "ivanova"), "Acme",
                        NOW.minus(Duration.ofDays(3)));
            }
            for (int i = 0; i < 2; i++) { // answered, held by the deputy while ivanova is away
                ClockStore.Locked created = clocks.create(ResponseClock.opened("AWAY-" + i, "Question", "Medium",
                        "ivanova"), "Acme", NOW.minus(Duration.ofDays(2)));
                clocks.save(created, created.clock().assignedTo("petrova"));
            }
            for (int i = 0; i < 3; i++) {
                ClockStore.Locked created = clocks.create(ResponseClock.opened("DUE-" + i, "Question", "Medium", "ivanova"),
                        "Acme", NOW.minus(Duration.ofDays(1)));
                clocks.save(created, awaiting(created.clock(), NOW.minus(Duration.ofMinutes(10 + i))));
            }
            return null;
        });
        recordStatements(true);

        assertThat(new WatchedClocks(store).watchedAt(NOW, 500)).hasSize(3);
        assertThat(clocks.queuedAt(NOW)).hasSize(3);
        assertThat(new WatchedClocks(store).earliestWatch()).contains(NOW.minus(Duration.ofMinutes(12)));

        assertThat(clocks.awaitingHeldBy(Set.of("ivanova", "petrova"))).hasSize(3);
        assertThat(clocks.heldAwayFrom("ivanova")).extracting(held -> held.clock().issue())
                .containsExactly("AWAY-0", "AWAY-1");

        List<String> reads = statementsOn("CLOCK", "DUE", "QUEUED_AT", "ASSIGNEE", "AWAY_FROM");
        assertThat(reads).hasSize(5);
        for (String sql : reads) {
            assertThat(rowsScanned(sql)).as(sql).isLessThan(20);
        }
    }

    @Test
    void aBatchIsTakenInIdOrderAndWrittenThroughTheRowsItHolds() {
        List<Integer> ids = store.inTransaction(() -> {
            List<Integer> created = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                created.add(clocks.create(ResponseClock.opened("WEB-" + i, null, null, "ivanova"), "Acme", NOW)
                        .stored().id());
            }
            return created;
        });

        List<ClockStore.Locked> held = store.inTransaction(() -> {
            List<ClockStore.Locked> taken = clocks.lockAll(List.of(ids.get(2), 999_999, ids.get(0)), "node-a/1");
            taken.forEach(clock -> clocks.save(clock, clock.clock().assignedTo("operator")));
            return taken;
        });

        assertThat(held).extracting(clock -> clock.clock().issue()).containsExactly("WEB-0", "WEB-2");
        assertThat(clocks.find("WEB-0").orElseThrow().clock().assignee()).isEqualTo("operator");
        assertThat(clocks.find("WEB-1").orElseThrow().clock().assignee()).isEqualTo("ivanova");
        assertThat(clocks.find("WEB-2").orElseThrow().clock()).isEqualTo(
                ResponseClock.opened("WEB-2", null, null, "ivanova").assignedTo("operator"));
    }

    @Test
    void aClockSavedTwiceInOneTransactionEndsAsTheSecondSaveSays() {
        store.inTransaction(() -> {
            ClockStore.Locked held = clocks.create(ResponseClock.opened("WEB-1", null, null, "ivanova"), "Acme", NOW);
            clocks.save(held, held.clock().assignedTo("operator"));
            clocks.save(held, held.clock().assignedTo("ivanova"));
            return null;
        });

        assertThat(clocks.find("WEB-1").orElseThrow().clock().assignee()).isEqualTo("ivanova");
        assertThat(clocks.heldAwayFrom("ivanova")).isEmpty();
    }

    @Test
    void aBatchOfTimelineRowsIsWrittenInOrderWithTheColumnsEachOneHas() {
        ClockEventStore events = new ClockEventStore(store);
        List<ClockEvent> timeline = List.of(
                ClockEvent.tracker("WEB-1", NOW, ClockEventKind.CLIENT_MESSAGE, "acme"),
                new ClockEvent("WEB-1", NOW, ClockEventKind.REASSIGNED, "backstop", "ivanova", "operator", "BREACH",
                        NOW.minusSeconds(3600), NOW, null, null, "not applied: refused"),
                ClockEvent.tracker("WEB-1", NOW.plusSeconds(60), ClockEventKind.RESOLVED, null));

        store.inTransaction(() -> {
            events.recordAll(timeline);
            return null;
        });

        assertThat(events.forIssue("WEB-1")).containsExactlyElementsOf(timeline);
    }

    @Test
    void upgradingToStep7MarksTheWorkAlreadyHeldAwayFromItsOwner() throws SQLException {
        store.inTransaction(() -> {
            ClockStore.Locked held = clocks.create(ResponseClock.opened("WEB-1", null, null, "ivanova"), "Acme", NOW);
            clocks.save(held, held.clock().assignedTo("operator"));
            clocks.create(ResponseClock.opened("WEB-2", null, null, "ivanova"), "Acme", NOW);
            return null;
        });
        try (Connection connection = store.manager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE \"" + H2EntityManagers.TABLE_PREFIX
                    + "CLOCK\" SET \"AWAY_FROM\" = NULL"); // as a database of step 6 has it
        }
        new SettingStore(store).write(Schema.VERSION_SETTING, "6");
        assertThat(clocks.heldAwayFrom("ivanova")).isEmpty();

        Schema.upgrade(store);

        assertThat(clocks.heldAwayFrom("ivanova")).extracting(clock -> clock.clock().issue()).containsExactly("WEB-1");
    }

    private static ResponseClock awaiting(ResponseClock clock, Instant due) {
        return new ResponseClock(clock.issue(), clock.issueType(), clock.priority(), clock.owner(), clock.assignee(),
                true, due.minus(Duration.ofHours(1)), due.minus(Duration.ofMinutes(30)), due, false);
    }

    private void recordStatements(boolean on) throws SQLException {
        try (Connection connection = store.manager().getProvider().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS " + on);
        }
    }

    /** The SELECTs AO sent on {@code table} naming any of {@code columns} in their condition, as AO wrote them. */
    private List<String> statementsOn(String table, String... columns) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = store.manager().getProvider().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rows.next()) {
                String sql = rows.getString(1);
                String where = sql.contains(" WHERE ") ? sql.substring(sql.indexOf(" WHERE ")) : "";
                boolean onTable = sql.startsWith("SELECT") && sql.contains("_" + table + " ");
                for (String column : columns) {
                    if (onTable && Pattern.compile("\\b" + column + "\\b").matcher(where).find()) {
                        found.add(sql);
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Index and table rows H2 reads to answer {@code sql} with the parameters the store passes (EXPLAIN ANALYZE's
     * scanCount, summed): a range with no lower bound would start at the first NULL and count every answered clock.
     */
    private int rowsScanned(String sql) throws SQLException {
        try (Connection connection = store.manager().getProvider().getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            int parameter = 1;
            for (String mark : parameters(sql)) {
                if (mark.equals("RESOLVED") || mark.equals("BREACHED")) {
                    explain.setBoolean(parameter++, false);
                } else if (mark.endsWith(" IN") || mark.equals("AWAY_FROM") || mark.equals("OWNER")) {
                    explain.setString(parameter++, "ivanova");
                } else {
                    explain.setLong(parameter++, mark.endsWith(">=") ? Long.MIN_VALUE : NOW.toEpochMilli());
                }
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

    /** For each {@code ?} in order: the column it compares with, and its operator unless "=" ("DUE>=", "OWNER IN"). */
    private static List<String> parameters(String sql) {
        Matcher marks = Pattern.compile("\\b(\\w+)\\s*(>=|<=|=)\\s*\\?|\\b(\\w+)\\s+IN\\s*\\(([?,\\s]+)\\)")
                .matcher(sql);
        List<String> found = new ArrayList<>();
        while (marks.find()) {
            if (marks.group(3) != null) {
                marks.group(4).chars().filter(c -> c == '?').forEach(c -> found.add(marks.group(3) + " IN"));
            } else {
                found.add(marks.group(2).equals("=") ? marks.group(1) : marks.group(1) + marks.group(2));
            }
        }
        return found;
    }
}
