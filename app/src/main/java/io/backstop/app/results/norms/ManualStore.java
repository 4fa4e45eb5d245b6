package io.backstop.app.results.norms;

import io.backstop.app.store.EntityStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Operations recorded by hand, one row each ({@code RES_OP_MANUAL}): the day's cap and the closed months' log. */
final class ManualStore {

    private final EntityStore store;

    ManualStore(EntityStore store) {
        this.store = store;
    }

    void add(ManualEntry entry) {
        Map<String, Object> values = new HashMap<>();
        values.put("PERSON", entry.person());
        values.put("WORK_DAY", entry.day().toString());
        values.put("OPERATION", entry.operation());
        values.put("OP_COUNT", entry.count());
        values.put("NORM_MINUTES", entry.normMinutes());
        values.put("ISSUE_KEY", entry.issue().orElse(null));
        values.put("CLIENT", entry.client().orElse(null));
        values.put("RECORDED_BY", entry.recordedBy());
        values.put("RECORDED_AT", entry.recordedAt().toEpochMilli());
        values.put("AFTER_CLOSE", entry.afterClose());
        store.create(ManualOperationEntity.class, values);
    }

    /** The norm minutes {@code person} has recorded by hand for {@code day}. */
    long manualMinutes(String person, LocalDate day) {
        long sum = 0;
        for (ManualOperationEntity e : store.find(ManualOperationEntity.class,
                Query.select().where("PERSON = ? AND WORK_DAY = ?", person, day.toString()))) {
            sum += e.getNormMinutes();
        }
        return sum;
    }

    /** Writes into {@code month} made after the head closed it, in the order they were made. */
    List<ManualEntry> afterClose(YearMonth month) {
        List<ManualEntry> list = new ArrayList<>();
        for (ManualOperationEntity e : store.find(ManualOperationEntity.class, Query.select()
                .where("AFTER_CLOSE = ? AND WORK_DAY >= ? AND WORK_DAY <= ?", true, month.atDay(1).toString(),
                        month.atEndOfMonth().toString()).order("RECORDED_AT, ID"))) {
            list.add(new ManualEntry(e.getPerson(), LocalDate.parse(e.getWorkDay()), e.getOperation(),
                    e.getOpCount(), e.getNormMinutes(), Optional.ofNullable(e.getIssueKey()),
                    Optional.ofNullable(e.getClient()), e.getRecordedBy(), Instant.ofEpochMilli(e.getRecordedAt()),
                    true));
        }
        return list;
    }
}
