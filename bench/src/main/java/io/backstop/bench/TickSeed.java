package io.backstop.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The stored clocks of {@link WatcherTickBenchmark}, written with JDBC batches ({@link ClockRows},
 * {@link PromiseRows}). Whatever their number: {@value #WATCHED} with work for a tick at {@code at},
 * {@value #BREACHED} awaiting and breached two days ago (still in the queue), {@value #WAITING} awaiting and due
 * within the next two hours, and the rest answered (half of them resolved). These special clocks are spread evenly
 * over the row ids.
 *
 * <p>{@code breaches}: the {@value #WATCHED} are due answers (rule 7) and nothing else anywhere has a reminder or a
 * promise, as before rules 11 and 14. {@code reminders-and-promises}: the same {@value #WATCHED}, in turn a due
 * answer, a reminder come due ({@code remindAt <= at < due}, rule 14) and an answered clock whose open promise has
 * come due (rule 11, with its OPEN row); and what those indexes hold that is not due: a reminder 30 minutes before
 * the due time on each waiting clock due in more than 30 minutes, an open promise due within two days on one
 * answered clock in ten (all unresolved; with its OPEN row), and a closed promise row (kept, moved or broken) for
 * another answered clock in ten.
 */
final class TickSeed {

    static final String BREACHES = "breaches";
    static final String REMINDERS_AND_PROMISES = "reminders-and-promises";
    static final int WATCHED = 1_000;
    static final int BREACHED = 500;
    static final int WAITING = 1_000;
    private static final long MINUTE = Duration.ofMinutes(1).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final List<String> CLOSED = List.of("KEPT", "KEPT", "MOVED", "BROKEN");

    /** How many clocks a tick at {@code at} finds with each kind of work. */
    record Work(int breaches, int reminders, int promises) {

        int total() {
            return breaches + reminders + promises;
        }
    }

    private final long at;
    private final List<String> managers;
    private final boolean v2;
    private final ClockRows rows;
    private final PromiseRows promises;
    private int breaches;
    private int reminders;
    private int promisesDue;

    private TickSeed(Instant at, List<String> managers, boolean v2, ClockRows rows, PromiseRows promises) {
        this.at = at.toEpochMilli();
        this.managers = managers;
        this.v2 = v2;
        this.rows = rows;
        this.promises = promises;
    }

    /** Seeds {@code count} clocks of the given kind of work; returns what a tick at {@code at} has to do. */
    static Work seed(Connection connection, int count, String work, Instant at, List<String> managers)
            throws SQLException {
        if (!work.equals(BREACHES) && !work.equals(REMINDERS_AND_PROMISES)) {
            throw new IllegalArgumentException("work: " + BREACHES + " or " + REMINDERS_AND_PROMISES);
        }
        int special = WATCHED + BREACHED + WAITING;
        if (count < special * 2) {
            throw new IllegalArgumentException("at least " + special * 2 + " clocks");
        }
        int stride = count / special;
        try (ClockRows rows = new ClockRows(connection); PromiseRows promises = new PromiseRows(connection)) {
            TickSeed seed = new TickSeed(at, managers, work.equals(REMINDERS_AND_PROMISES), rows, promises);
            for (int i = 0; i < count; i++) {
                int k = i / stride;
                String issue = "WEB-" + (i + 1);
                long created = seed.at - Duration.ofDays(3).toMillis() - (long) (count - i) * MINUTE;
                if (i % stride != 0 || k >= special) {
                    seed.answered(i, issue, created);
                } else if (k % 5 < 2) {
                    seed.watched(i, k, issue, created);
                } else if (k % 5 == 2) { // breached two days ago, with the operator
                    seed.rows.add(issue, "Order", "Medium", client(i), seed.owner(i), "operator", false,
                            seed.at - 2 * 1440 * MINUTE, seed.at - 2 * 1440 * MINUTE + 30 * MINUTE,
                            seed.at - 2 * 1440 * MINUTE + 60 * MINUTE, true, created);
                } else { // awaiting, due within two hours; v2: reminded 30 minutes before the due time
                    long due = seed.at + (1 + k % 120) * MINUTE;
                    Long remindAt = seed.v2 && due - 30 * MINUTE > seed.at ? due - 30 * MINUTE : null;
                    seed.rows.add(issue, "Question", "Low", client(i), seed.owner(i), seed.owner(i), false,
                            seed.at - 10 * MINUTE, seed.at + 20 * MINUTE, due, false, created, remindAt, null);
                }
            }
            return new Work(seed.breaches, seed.reminders, seed.promisesDue);
        }
    }

    /** One of the clocks a tick has work for: today all due answers; in v2 in turn an answer, a reminder, a promise. */
    private void watched(int i, int k, String issue, long created) throws SQLException {
        int kind = v2 ? (breaches + reminders + promisesDue) % 3 : 0;
        String owner = owner(i);
        long lastTick = at - (k / 5 % 5) * MINUTE; // came due since the tick before, five minutes ago
        if (kind == 0) { // awaiting for three hours, due 1 to 59 minutes ago
            rows.add(issue, "Question", "High", client(i), owner, owner, false, at - 180 * MINUTE,
                    at - 120 * MINUTE, at - (1 + k % 59) * MINUTE, false, created);
            breaches++;
        } else if (kind == 1) { // awaiting, the reminder 30 minutes before the due time has come
            long due = lastTick + 30 * MINUTE;
            rows.add(issue, "Question", "Medium", client(i), owner, owner, false, due - 60 * MINUTE,
                    due - 30 * MINUTE, due, false, created, lastTick, null);
            reminders++;
        } else { // answered, its open promise made about two days ago has come due
            long madeAt = at - 2 * 24 * HOUR - promisesDue * MINUTE;
            rows.add(issue, "Question", "Medium", client(i), owner, owner, false, null, null, null, false,
                    created, null, new ClockRows.Promise(owner, madeAt, lastTick));
            promises.add(issue, owner, madeAt, lastTick, "OPEN", null);
            promisesDue++;
        }
    }

    /** Answered, half resolved; v2: some with an open promise due later, some with a closed one in the history. */
    private void answered(int i, String issue, long created) throws SQLException {
        String owner = owner(i);
        boolean resolved = i % 2 == 0;
        ClockRows.Promise open = null;
        if (v2 && !resolved && i % 10 == 1) {
            open = new ClockRows.Promise(owner, at - HOUR - (i % 172_800) * 1_000L, at + (1 + i % 2_880) * MINUTE);
            promises.add(issue, owner, open.madeAt(), open.due(), "OPEN", null);
        }
        if (v2 && i % 10 == 3) {
            long madeAt = created + HOUR;
            String outcome = CLOSED.get((i / 10) % CLOSED.size());
            long due = madeAt + 16 * HOUR;
            promises.add(issue, owner, madeAt, due, outcome, outcome.equals("BROKEN") ? due : madeAt + 8 * HOUR);
        }
        rows.add(issue, "Question", "Medium", client(i), owner, owner, resolved, null, null, null, false, created,
                null, open);
    }

    private String owner(int i) {
        return managers.get(i % managers.size());
    }

    private static String client(int i) {
        return "client-" + (i % 5_000);
    }
}
