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
                + " \"QUEUED_AT\", \"DUE\", \"BREACHED\", \"CREATED_AT\", \"AWAY_FROM\", \"REMIND_AT\","
                + " \"PROMISE_BY\", \"PROMISE_MADE_AT\", \"PROMISE_DUE\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** An open promise a clock keeps (rule 11): who made it, when, and when it is due, in epoch milliseconds. */
    record Promise(String by, long madeAt, long due) {
    }

    /** One clock with no reminder pending and no promise open, as every clock was before rules 11 and 14. */
    void add(String issue, String issueType, String priority, String client, String owner, String assignee,
             boolean resolved, Long awaitingSince, Long queuedAt, Long due, boolean breached, long createdAt)
            throws SQLException {
        add(issue, issueType, priority, client, owner, assignee, resolved, awaitingSince, queuedAt, due, breached,
                createdAt, null, null);
    }

    /**
     * One clock; instants in epoch milliseconds, null where the clock has none (not awaiting); {@code remindAt}
     * (rule 14) only on an awaiting clock, {@code promise} null when none is open.
     */
    void add(String issue, String issueType, String priority, String client, String owner, String assignee,
             boolean resolved, Long awaitingSince, Long queuedAt, Long due, boolean breached, long createdAt,
             Long remindAt, Promise promise) throws SQLException {
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
        setLong(14, remindAt);
        insert.setString(15, promise == null ? null : promise.by());
        setLong(16, promise == null ? null : promise.madeAt());
        setLong(17, promise == null ? null : promise.due());
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
