package io.backstop.app.response;

import io.backstop.app.store.EntityStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import net.java.ao.Query;

/**
 * The clocks a watcher tick has work for, read only through indexed columns: a tick never reads every open clock,
 * however many the store holds (docs/performance.md, {@code WatcherTickBenchmark}).
 */
public final class WatchedClocks {

    /** Reminders (rule 14; only awaiting clocks have one), unbreached answers (rule 7), open promises (rule 11). */
    private static final List<Watch> WATCHES = List.of(new Watch("REMIND_AT", ClockEntity::getRemindAt),
            new Watch("DUE", ClockEntity::getDue, "RESOLVED = ? AND BREACHED = ?", false, false),
            new Watch("PROMISE_DUE", ClockEntity::getPromiseDue));

    private final EntityStore store;

    public WatchedClocks(EntityStore store) {
        this.store = store;
    }

    /**
     * The row ids of the clocks a tick at {@code at} has something to do for, in creation order, at most
     * {@code limit}: a reminder come due (rule 14), an unbreached answer due (rule 7), a promise due (rule 11). Each
     * is read through its own index; only the ids, as the watcher reads each clock again once it holds the row.
     */
    public List<Integer> watchedAt(Instant at, int limit) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (Watch watch : WATCHES) {
            store.stream(ClockEntity.class, Query.select("ID")
                    .where(watch.where() + " AND " + watch.column() + " <= ?", watch.parameters(at.toEpochMilli()))
                    .order("ID").limit(limit), clock -> ids.add(clock.getID()));
        }
        return ids.stream().limit(limit).toList();
    }

    /** The earliest instant a tick can find work: a reminder, an answer or a promise coming due. */
    public Optional<Instant> earliestWatch() {
        Optional<Instant> earliest = Optional.empty();
        for (Watch watch : WATCHES) {
            List<Long> first = new ArrayList<>();
            store.stream(ClockEntity.class, Query.select("ID, " + watch.column()).where(watch.where(),
                    watch.parameters()).order(watch.column()).limit(1), clock -> first.add(watch.read().apply(clock)));
            Optional<Instant> here = first.stream().map(Instant::ofEpochMilli).findFirst();
            if (here.isPresent() && (earliest.isEmpty() || here.get().isBefore(earliest.get()))) {
                earliest = here;
            }
        }
        return earliest;
    }

    /**
     * What a tick watches for: one indexed column, from the lower bound {@link ClockStore#ANY} that starts the index
     * range after its NULLs, and optionally a condition on other columns with its own parameters.
     */
    private record Watch(String column, Function<ClockEntity, Long> read, String condition, List<Object> values) {

        Watch(String column, Function<ClockEntity, Long> read) {
            this(column, read, "", List.of());
        }

        Watch(String column, Function<ClockEntity, Long> read, String condition, Object... values) {
            this(column, read, condition, List.of(values));
        }

        String where() {
            return (condition.isEmpty() ? "" : condition + " AND ") + column + " >= ?";
        }

        Object[] parameters(Object... more) {
            List<Object> all = new ArrayList<>(values);
            all.add(ClockStore.ANY);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }
}
