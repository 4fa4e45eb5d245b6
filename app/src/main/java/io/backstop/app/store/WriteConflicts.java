package io.backstop.app.store;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Two transactions wrote the same row and the database rolled one back (SQL state class 40: serialization failure
 * or deadlock). For Backstop that means another node, or another thread, changed what this one had read: the
 * loser starts again from what the winner left, and usually finds nothing left to do.
 */
public final class WriteConflicts {

    /** Attempts before a conflict is let through: more than two nodes rarely race for one row. */
    static final int ATTEMPTS = 5;

    private WriteConflicts() {
    }

    /** Whether {@code failure} is, or was caused by, the database rolling back a conflicting write. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
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
}
