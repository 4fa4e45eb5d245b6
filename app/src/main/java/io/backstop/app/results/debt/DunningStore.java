package io.backstop.app.results.debt;

import io.backstop.app.store.EntityStore;
import io.backstop.core.debt.DunningAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Dunning steps ({@code RES_DUNNING}): taken, or held for the head's decision. */
public final class DunningStore {

    private final EntityStore store;

    public DunningStore(EntityStore store) {
        this.store = store;
    }

    public StoredDunningStep addDunningStep(String client, DunningAction action, String by, Instant at,
                                            StoredDunningStep.Status status, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("CLIENT", client);
        values.put("ACTION", action.name());
        values.put("PERSON", by);
        values.put("AT", at.toEpochMilli());
        values.put("STATUS", status.name());
        DunningStepEntity e = store.create(DunningStepEntity.class, values);
        e.setReason(reason);
        e.save();
        return toDunningStep(e);
    }

    public Optional<StoredDunningStep> dunningStep(int id) {
        DunningStepEntity e = store.get(DunningStepEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(toDunningStep(e));
    }

    /**
     * Takes the step's row for the transaction under way (its first statement writes the status, as it is) and
     * reads it again: a second decision at the same moment waits for this one or is rolled back as a write
     * conflict, and then reads what this one left.
     */
    public Optional<StoredDunningStep> dunningStepLocked(int id) {
        DunningStepEntity[] seen = store.find(DunningStepEntity.class, Query.select().where("ID = ?", id));
        if (seen.length == 0) {
            return Optional.empty();
        }
        seen[0].setStatus(seen[0].getStatus());
        seen[0].save();
        DunningStepEntity[] held = store.find(DunningStepEntity.class, Query.select().where("ID = ?", id));
        return held.length == 0 ? Optional.empty() : Optional.of(toDunningStep(held[0]));
    }

    public StoredDunningStep decideDunningStep(int id, StoredDunningStep.Status status, String by, Instant at) {
        DunningStepEntity e = store.get(DunningStepEntity.class, id);
        e.setStatus(status.name());
        e.setDecidedBy(by);
        e.setDecidedAt(at.toEpochMilli());
        e.save();
        return toDunningStep(e);
    }

    /** Steps taken in {@code [from, to)} and every step still waiting for the head, oldest first. */
    public List<StoredDunningStep> dunningSteps(Instant from, Instant to) {
        List<StoredDunningStep> list = new ArrayList<>();
        for (DunningStepEntity e : store.find(DunningStepEntity.class, Query.select()
                .where("STATUS = ? OR (AT >= ? AND AT < ?)", StoredDunningStep.Status.PENDING.name(),
                        from.toEpochMilli(), to.toEpochMilli()).order("AT, ID"))) {
            list.add(toDunningStep(e));
        }
        return list;
    }

    /** Every step still waiting for the head, oldest first. */
    public List<StoredDunningStep> pendingDunningSteps() {
        List<StoredDunningStep> list = new ArrayList<>();
        for (DunningStepEntity e : store.find(DunningStepEntity.class, Query.select()
                .where("STATUS = ?", StoredDunningStep.Status.PENDING.name()).order("AT, ID"))) {
            list.add(toDunningStep(e));
        }
        return list;
    }

    /** The client's latest step of one of {@code actions} that was not refused, if any. */
    public Optional<StoredDunningStep> lastStep(String client, List<DunningAction> actions) {
        String marks = String.join(", ", Collections.nCopies(actions.size(), "?"));
        List<Object> params = new ArrayList<>();
        params.add(client);
        actions.forEach(a -> params.add(a.name()));
        params.add(StoredDunningStep.Status.REFUSED.name());
        DunningStepEntity[] found = store.find(DunningStepEntity.class, Query.select()
                .where("CLIENT = ? AND ACTION IN (" + marks + ") AND STATUS <> ?", params.toArray())
                .order("AT DESC, ID DESC").limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(toDunningStep(found[0]));
    }

    private static StoredDunningStep toDunningStep(DunningStepEntity e) {
        return new StoredDunningStep(e.getID(), e.getClient(), DunningAction.valueOf(e.getAction()), e.getPerson(),
                Instant.ofEpochMilli(e.getAt()), StoredDunningStep.Status.valueOf(e.getStatus()),
                e.getReason() == null ? "" : e.getReason(), Optional.ofNullable(e.getDecidedBy()),
                Optional.ofNullable(e.getDecidedAt()).map(Instant::ofEpochMilli));
    }
}
