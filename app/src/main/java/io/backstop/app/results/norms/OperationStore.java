package io.backstop.app.results.norms;

import io.backstop.app.store.EntityStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import net.java.ao.Query;

/**
 * Operations done, pre-aggregated: per person, day and operation ({@code RES_OP_DAY}) and per client, month and
 * operation ({@code RES_OP_CLIENT}). An operation adds to its row; the caller holds the lock that makes each
 * read-modify-write safe.
 */
public final class OperationStore {

    private final EntityStore store;

    public OperationStore(EntityStore store) {
        this.store = store;
    }

    /** Adds {@code count} operations earning {@code normMinutes} to the person/day/operation row. */
    public OperationDay addOperations(String person, LocalDate day, String operation, long count, long normMinutes) {
        return store.inTransaction(() -> {
            OperationDayEntity[] found = store.find(OperationDayEntity.class, Query.select()
                    .where("PERSON = ? AND WORK_DAY = ? AND OPERATION = ?", person, day.toString(), operation));
            OperationDayEntity row;
            if (found.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("PERSON", person);
                values.put("WORK_DAY", day.toString());
                values.put("OPERATION", operation);
                values.put("OP_COUNT", count);
                values.put("NORM_MINUTES", normMinutes);
                row = store.create(OperationDayEntity.class, values);
            } else {
                row = found[0];
                row.setOpCount(row.getOpCount() + count);
                row.setNormMinutes(row.getNormMinutes() + normMinutes);
                row.save();
            }
            return toDay(row);
        });
    }

    /** Writes new rows in one transaction, without looking for existing ones: the caller knows there are none. */
    public void insertOperations(List<OperationDay> rows) {
        store.inTransaction(() -> {
            for (OperationDay row : rows) {
                Map<String, Object> values = new HashMap<>();
                values.put("PERSON", row.person());
                values.put("WORK_DAY", row.day().toString());
                values.put("OPERATION", row.operation());
                values.put("OP_COUNT", row.count());
                values.put("NORM_MINUTES", row.normMinutes());
                store.create(OperationDayEntity.class, values);
            }
            return null;
        });
    }

    /** The rows of days in {@code [from, to]}, of one person or everybody. */
    public List<OperationDay> operations(LocalDate from, LocalDate to, Optional<String> person) {
        Query query = person.isPresent()
                ? Query.select().where("PERSON = ? AND WORK_DAY >= ? AND WORK_DAY <= ?", person.get(),
                        from.toString(), to.toString())
                : Query.select().where("WORK_DAY >= ? AND WORK_DAY <= ?", from.toString(), to.toString());
        OperationDayEntity[] found = store.find(OperationDayEntity.class, query.order("PERSON, WORK_DAY, OPERATION"));
        List<OperationDay> rows = new ArrayList<>(found.length);
        for (OperationDayEntity e : found) {
            rows.add(toDay(e));
        }
        return rows;
    }

    /** Earned norm minutes per day in {@code [from, to]}, everybody's together; days with none are left out. */
    public SortedMap<LocalDate, Long> normMinutesByDay(LocalDate from, LocalDate to) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        for (OperationDayEntity e : store.find(OperationDayEntity.class, Query.select()
                .where("WORK_DAY >= ? AND WORK_DAY <= ?", from.toString(), to.toString()))) {
            days.merge(LocalDate.parse(e.getWorkDay()), e.getNormMinutes(), Long::sum);
        }
        return days;
    }

    /** The first day any operation was recorded: where the history starts. */
    public Optional<LocalDate> firstOperationDay() {
        OperationDayEntity[] first = store.find(OperationDayEntity.class,
                Query.select().order("WORK_DAY").limit(1));
        return first.length == 0 ? Optional.empty() : Optional.of(LocalDate.parse(first[0].getWorkDay()));
    }

    private static OperationDay toDay(OperationDayEntity e) {
        return new OperationDay(e.getPerson(), LocalDate.parse(e.getWorkDay()), e.getOperation(), e.getOpCount(),
                e.getNormMinutes());
    }

    /** Adds {@code count} operations done for {@code client} to the client/month/operation row. */
    public void addClientOperations(String client, YearMonth month, String operation, long count) {
        store.inTransaction(() -> {
            ClientOperationEntity[] found = store.find(ClientOperationEntity.class, Query.select()
                    .where("CLIENT = ? AND WORK_MONTH = ? AND OPERATION = ?", client, month.toString(), operation));
            if (found.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("CLIENT", client);
                values.put("WORK_MONTH", month.toString());
                values.put("OPERATION", operation);
                values.put("OP_COUNT", count);
                store.create(ClientOperationEntity.class, values);
            } else {
                found[0].setOpCount(found[0].getOpCount() + count);
                found[0].save();
            }
            return null;
        });
    }

    /** Per client, the count of each operation done for them in {@code month}. */
    public Map<String, Map<String, Long>> clientOperations(YearMonth month) {
        Map<String, Map<String, Long>> byClient = new TreeMap<>();
        for (ClientOperationEntity e : store.find(ClientOperationEntity.class,
                Query.select().where("WORK_MONTH = ?", month.toString()))) {
            byClient.computeIfAbsent(e.getClient(), c -> new TreeMap<>()).merge(e.getOperation(), e.getOpCount(),
                    Long::sum);
        }
        return byClient;
    }
}
