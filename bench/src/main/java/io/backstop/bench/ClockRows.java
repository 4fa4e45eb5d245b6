package io.backstop.bench;

import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes response clocks straight into the app's {@code CLOCK} table with JDBC batches, one transaction per
 * {@value #BATCH} rows. Seeding a million clocks through Active Objects one entity at a time (an INSERT, then an
 * UPDATE per {@code save()}, each in its own statement round) takes many minutes; a batched INSERT of the same
 * columns takes seconds and leaves the same rows and indexes. Only the seeding bypasses AO: what is measured reads
 * and writes through the app's own code.
 */
final class ClockRows implements AutoCloseable {

    static final int BATCH = 5_000;
    static final String TABLE = "\"" + H2EntityManagers.TABLE_PREFIX + "CLOCK\"";

    private final Connection connection;
    private final PreparedStatement insert;
    private int pending;
    private long written;

    ClockRows(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("INSERT INTO " + TABLE + " (\"ISSUE_KEY\", \"ISSUE_TYPE\","
                + " \"PRIORITY\", \"CLIENT\", \"OWNER\", \"ASSIGNEE\", \"RESOLVED\", \"AWAITING_SINCE\","
                + " \"QUEUED_AT\", \"DUE\", \"BREACHED\", \"CREATED_AT\", \"AWAY_FROM\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** One clock; instants in epoch milliseconds, null where the clock has none (not awaiting). */
    void add(String issue, String issueType, String priority, String client, String owner, String assignee,
             boolean resolved, Long awaitingSince, Long queuedAt, Long due, boolean breached, long createdAt)
            throws SQLException {
        insert.setString(1, issue);
        insert.setString(2, issueType);
        insert.setString(3, priority);
        insert.setString(4, client);
        insert.setString(5, owner);
        insert.setString(6, assignee);
        insert.setBoolean(7, resolved);
        setLong(8, awaitingSince);
        setLong(9, queuedAt);
        setLong(10, due);
        insert.setBoolean(11, breached);
        insert.setLong(12, createdAt);
        insert.setString(13, !resolved && !assignee.equals(owner) ? owner : null); // as ClockStore keeps it
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    long written() {
        return written;
    }

    private void setLong(int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, value);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            written += pending;
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
