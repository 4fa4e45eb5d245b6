package io.backstop.bench;

import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes promise rows (rule 11's history, {@code PromiseStore}) straight into the app's {@code PROMISE} table with
 * JDBC batches, for the same reason as {@link ClockRows}: only the seeding bypasses Active Objects.
 */
final class PromiseRows implements AutoCloseable {

    static final String TABLE = "\"" + H2EntityManagers.TABLE_PREFIX + "PROMISE\"";

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;

    PromiseRows(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("INSERT INTO " + TABLE + " (\"ISSUE_KEY\", \"MADE_BY\","
                + " \"MADE_AT\", \"DUE\", \"OUTCOME\", \"CLOSED_AT\") VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** One promise; instants in epoch milliseconds, {@code closedAt} null while it is OPEN. */
    void add(String issue, String by, long madeAt, long due, String outcome, Long closedAt) throws SQLException {
        insert.setString(1, issue);
        insert.setString(2, by);
        insert.setLong(3, madeAt);
        insert.setLong(4, due);
        insert.setString(5, outcome);
        if (closedAt == null) {
            insert.setNull(6, Types.BIGINT);
        } else {
            insert.setLong(6, closedAt);
        }
        insert.addBatch();
        if (++pending == ClockRows.BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
