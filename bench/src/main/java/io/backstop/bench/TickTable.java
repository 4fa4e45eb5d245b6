package io.backstop.bench;

import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.java.ao.EntityManager;

/**
 * {@link WatcherTickBenchmark}'s own SQL on the seeded tables, none of it measured: which clocks a tick at
 * {@code at} has work for, what their rows held before the tick (and putting that back), the timeline rows a tick
 * wrote by kind, and how many index and table rows H2 reads for the tick's watched reads.
 */
final class TickTable {

    static final String EVENTS = "\"" + H2EntityManagers.TABLE_PREFIX + "CLOCK_EVENT\"";
    /** What a tick changes on a watched clock's row. */
    private static final String STATE = "\"BREACHED\", \"ASSIGNEE\", \"AWAY_FROM\", \"REMIND_AT\", \"PROMISE_BY\","
            + " \"PROMISE_MADE_AT\", \"PROMISE_DUE\"";
    /** The three reads of {@code WatchedClocks.watchedAt}, as Active Objects sends them (parameters: bounds). */
    static final Map<String, String> WATCHES = Map.of(
            "REMIND_AT", "\"REMIND_AT\" >= ? AND \"REMIND_AT\" <= ?",
            "DUE", "\"RESOLVED\" = FALSE AND \"BREACHED\" = FALSE AND \"DUE\" >= ? AND \"DUE\" <= ?",
            "PROMISE_DUE", "\"PROMISE_DUE\" >= ? AND \"PROMISE_DUE\" <= ?");
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    private final EntityManager manager;
    private final long at;
    private List<Object[]> clocksBefore = List.of();
    private List<Integer> promisesBefore = List.of();
    private long lastEvent;
    private long lastPromise;

    TickTable(EntityManager manager, Instant at) {
        this.manager = manager;
        this.at = at.toEpochMilli();
    }

    /** The ids of the clocks a tick at {@code at} has work for, in id order (all three watches, each indexed). */
    List<Integer> watchedIds() throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement q = connection.prepareStatement("SELECT \"ID\" FROM " + ClockRows.TABLE + " WHERE "
                     + String.join(" OR ", WATCHES.values().stream().map(w -> "(" + w + ")").toList())
                     + " ORDER BY \"ID\"")) {
            for (int p = 1; p <= 2 * WATCHES.size(); p += 2) {
                q.setLong(p, Long.MIN_VALUE);
                q.setLong(p + 1, at);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getInt(1));
                }
            }
        }
        return ids;
    }

    /** Remembers what the watched clocks' rows and their open promise rows hold now, and the last timeline row. */
    void remember() throws SQLException {
        List<Integer> ids = watchedIds();
        List<Object[]> clocks = new ArrayList<>();
        List<Integer> promises = new ArrayList<>();
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement row = connection.prepareStatement("SELECT " + STATE + ", \"ID\" FROM "
                     + ClockRows.TABLE + " WHERE \"ID\" = ?");
             PreparedStatement open = connection.prepareStatement("SELECT \"ID\" FROM " + PromiseRows.TABLE
                     + " WHERE \"OUTCOME\" = 'OPEN' AND \"DUE\" <= ?")) {
            for (int id : ids) {
                row.setInt(1, id);
                try (ResultSet r = row.executeQuery()) {
                    r.next();
                    Object[] values = new Object[8];
                    for (int c = 0; c < values.length; c++) {
                        values[c] = r.getObject(c + 1);
                    }
                    clocks.add(values);
                }
            }
            open.setLong(1, at);
            try (ResultSet r = open.executeQuery()) {
                while (r.next()) {
                    promises.add(r.getInt(1));
                }
            }
        }
        clocksBefore = clocks;
        promisesBefore = promises;
        lastEvent = maxId(EVENTS);
        lastPromise = maxId(PromiseRows.TABLE);
    }

    /** Puts the remembered rows back and removes what was written since: every tick then does the same work. */
    void restore() throws SQLException {
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement clock = connection.prepareStatement("UPDATE " + ClockRows.TABLE + " SET \"BREACHED\" = ?,"
                     + " \"ASSIGNEE\" = ?, \"AWAY_FROM\" = ?, \"REMIND_AT\" = ?, \"PROMISE_BY\" = ?,"
                     + " \"PROMISE_MADE_AT\" = ?, \"PROMISE_DUE\" = ? WHERE \"ID\" = ?");
             PreparedStatement promise = connection.prepareStatement("UPDATE " + PromiseRows.TABLE
                     + " SET \"OUTCOME\" = 'OPEN', \"CLOSED_AT\" = NULL WHERE \"ID\" = ?");
             PreparedStatement events = connection.prepareStatement("DELETE FROM " + EVENTS + " WHERE \"ID\" > ?");
             PreparedStatement promises = connection.prepareStatement("DELETE FROM " + PromiseRows.TABLE
                     + " WHERE \"ID\" > ?")) {
            int[] types = {Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT,
                    Types.BIGINT, Types.INTEGER};
            for (Object[] values : clocksBefore) {
                for (int c = 0; c < values.length; c++) {
                    clock.setObject(c + 1, values[c], types[c]);
                }
                clock.addBatch();
            }
            clock.executeBatch();
            for (int id : promisesBefore) {
                promise.setInt(1, id);
                promise.addBatch();
            }
            promise.executeBatch();
            events.setLong(1, lastEvent);
            events.executeUpdate();
            promises.setLong(1, lastPromise);
            promises.executeUpdate();
        }
    }

    /** Open promise rows due by {@code at}, as remembered. */
    int openPromisesDue() {
        return promisesBefore.size();
    }

    /** Timeline rows written since {@link #remember}, by kind. */
    Map<String, Integer> eventsSince() throws SQLException {
        Map<String, Integer> kinds = new TreeMap<>();
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement q = connection.prepareStatement("SELECT \"KIND\", COUNT(*) FROM " + EVENTS
                     + " WHERE \"ID\" > ? GROUP BY \"KIND\"")) {
            q.setLong(1, lastEvent);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    kinds.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return kinds;
    }

    /** Index and table rows H2 read for a statement (EXPLAIN ANALYZE's scanCount, summed), and the index it chose. */
    record Plan(int scanned, String index) {

        @Override
        public String toString() {
            return "scanCount " + scanned + " via " + index;
        }
    }

    /** For each of the tick's watched reads ({@code ... ORDER BY ID LIMIT 500}): what H2 read, through which index. */
    Map<String, Plan> watchPlans() throws SQLException {
        Map<String, Plan> plans = new TreeMap<>();
        for (Map.Entry<String, String> watch : WATCHES.entrySet()) {
            plans.put(watch.getKey(), plan("SELECT \"ID\" FROM " + ClockRows.TABLE + " WHERE " + watch.getValue()
                    + " ORDER BY \"ID\" LIMIT 500", Long.MIN_VALUE, at));
        }
        return plans;
    }

    /**
     * {@code PromiseStore.recordAll}'s read of the rows it closes, for a batch's worth of promises due now (the tick
     * changes 50 clocks to a transaction; a third of the watched ones have a promise due, so 17).
     */
    Object closePlan() throws SQLException {
        List<Object> issues = new ArrayList<>();
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement q = connection.prepareStatement("SELECT \"ISSUE_KEY\" FROM " + PromiseRows.TABLE
                     + " WHERE \"OUTCOME\" = 'OPEN' AND \"DUE\" <= ? ORDER BY \"ISSUE_KEY\" LIMIT 17")) {
            q.setLong(1, at);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    issues.add(r.getString(1));
                }
            }
        }
        if (issues.isEmpty()) {
            return "no open promise due";
        }
        return plan("SELECT * FROM " + PromiseRows.TABLE + " WHERE \"ISSUE_KEY\" IN ("
                + String.join(", ", Collections.nCopies(issues.size(), "?")) + ")", issues.toArray()) + " for "
                + issues.size() + " promises";
    }

    private Plan plan(String sql, Object... parameters) throws SQLException {
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int p = 0; p < parameters.length; p++) {
                explain.setObject(p + 1, parameters[p]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                String text = plan.getString(1);
                Matcher counts = SCAN_COUNT.matcher(text);
                int scanned = 0;
                while (counts.find()) {
                    scanned += Integer.parseInt(counts.group(1));
                }
                Matcher index = Pattern.compile("/\\* (PUBLIC\\.)?([\\w\"]+)").matcher(text.replaceAll("\\s+", " "));
                return new Plan(scanned, index.find() ? index.group(2) : "?");
            }
        }
    }

    private long maxId(String table) throws SQLException {
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement q = connection.prepareStatement("SELECT COALESCE(MAX(\"ID\"), 0) FROM " + table);
             ResultSet max = q.executeQuery()) {
            max.next();
            return max.getLong(1);
        }
    }
}
