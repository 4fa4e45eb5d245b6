package io.backstop.app.store;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Two transactions wrote the same row and the database refused one of them: rolled back as a serialization failure
 * or deadlock (SQL state class 40), a lock wait that timed out, a concurrent update under H2's serializable
 * isolation, or a second insert of the same unique key. For Backstop that means another node, or another thread,
 * changed what this one had read: the loser starts again from what the winner left, and usually finds nothing left
 * to do. What still conflicts after {@link #ATTEMPTS} is answered 409 by the REST layer, never 500.
 */
public final class WriteConflicts {

    /** Attempts before a conflict is let through: enough for thirty callers saving one document at once. */
    static final int ATTEMPTS = 10;

    /** H2's codes for a conflict its SQL state does not say: lock timeout, concurrent update. */
    private static final Set<Integer> H2_CONFLICT_CODES = Set.of(50200, 90131);
    /** The SQL state of a unique key inserted twice: two writers created the same row. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** The longest pause between attempts, in milliseconds: losers spread out instead of meeting again at once. */
    private static final int MAX_PAUSE_MILLIS = 50;

    private WriteConflicts() {
    }

    /** Whether {@code failure} is, or was caused by, the database refusing a write that met another one. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isConflict(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isConflict(SQLException sql) {
        String state = sql.getSQLState();
        return sql instanceof SQLTransactionRollbackException
                || state != null && (state.startsWith("40") || state.equals(UNIQUE_VIOLATION))
                || H2_CONFLICT_CODES.contains(sql.getErrorCode());
    }

    /** Runs {@code work}, again from the start after a conflict, up to {@link #ATTEMPTS} times. */
    public static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** {@link #retrying(Supplier)} for work without a result. */
    public static void retryingRun(Runnable work) {
        retrying(() -> {
            work.run();
            return null;
        });
    }

    /** A random pause that grows with the attempts, so the losers of one race do not all meet in the next. */
    private static void pause(int attempt) {
        int bound = Math.min(MAX_PAUSE_MILLIS, 1 << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(bound + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write again", e);
        }
    }
}
