package io.backstop.app.store;

import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Absences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Recorded absences and which of their boundaries the watcher has applied. */
public final class AbsenceStore {

    private final EntityStore store;

    public AbsenceStore(EntityStore store) {
        this.store = store;
    }

    public StoredAbsence create(Absence absence, String createdBy, boolean startApplied, boolean endApplied) {
        Map<String, Object> values = new HashMap<>();
        values.put("PERSON", absence.person());
        values.put("STARTS_AT", absence.from().toEpochMilli());
        values.put("ENDS_AT", absence.to().toEpochMilli());
        values.put("KIND", absence.kind().name());
        values.put("START_APPLIED", startApplied);
        values.put("END_APPLIED", endApplied);
        AbsenceEntity entity = store.create(AbsenceEntity.class, values);
        entity.setCreatedBy(createdBy);
        entity.save();
        return toStored(entity);
    }

    public Optional<StoredAbsence> find(int id) {
        AbsenceEntity entity = store.get(AbsenceEntity.class, id);
        return entity == null ? Optional.empty() : Optional.of(toStored(entity));
    }

    public void delete(int id) {
        store.deleteWithSQL(AbsenceEntity.class, "ID = ?", id);
    }

    /** All absences, by start. */
    public List<StoredAbsence> all() {
        return list(Query.select().order("STARTS_AT, ID"));
    }

    /** Absences of one person, by start. */
    public List<StoredAbsence> of(String person) {
        return list(Query.select().where("PERSON = ?", person).order("STARTS_AT, ID"));
    }

    /** Absences with any part in {@code [from, to)}, by start. */
    public List<StoredAbsence> overlapping(Instant from, Instant to) {
        return list(Query.select().where("STARTS_AT < ? AND ENDS_AT > ?", to.toEpochMilli(), from.toEpochMilli())
                .order("STARTS_AT, ID"));
    }

    /** Who is away at {@code at}, as a presence the rules can ask. */
    public Absences inForceAt(Instant at) {
        long millis = at.toEpochMilli();
        List<Absence> absences = new ArrayList<>();
        for (StoredAbsence stored : list(Query.select().where("STARTS_AT <= ? AND ENDS_AT > ?", millis, millis)
                .order("ID"))) {
            absences.add(stored.absence());
        }
        return new Absences(absences);
    }

    /** The earliest boundary not yet applied: an end or a start, whichever comes first. */
    public Optional<Instant> nextPendingBoundary() {
        Optional<Instant> end = first(Query.select().where("END_APPLIED = ?", false).order("ENDS_AT").limit(1))
                .map(a -> a.absence().to());
        Optional<Instant> start = first(Query.select().where("START_APPLIED = ?", false).order("STARTS_AT").limit(1))
                .map(a -> a.absence().from());
        if (end.isEmpty()) {
            return start;
        }
        if (start.isEmpty()) {
            return end;
        }
        return Optional.of(end.get().isBefore(start.get()) ? end.get() : start.get());
    }

    /** Unapplied ends at or before {@code at}, in the order they were recorded. */
    public List<StoredAbsence> pendingEndsUpTo(Instant at) {
        return list(Query.select().where("END_APPLIED = ? AND ENDS_AT <= ?", false, at.toEpochMilli()).order("ID"));
    }

    /** Unapplied starts at or before {@code at}, in the order they were recorded. */
    public List<StoredAbsence> pendingStartsUpTo(Instant at) {
        return list(Query.select().where("START_APPLIED = ? AND STARTS_AT <= ?", false, at.toEpochMilli())
                .order("ID"));
    }

    public void markStartApplied(int id) {
        AbsenceEntity entity = store.get(AbsenceEntity.class, id);
        entity.setStartApplied(true);
        entity.save();
    }

    public void markEndApplied(int id) {
        AbsenceEntity entity = store.get(AbsenceEntity.class, id);
        entity.setEndApplied(true);
        entity.save();
    }

    private Optional<StoredAbsence> first(Query query) {
        return list(query).stream().findFirst();
    }

    private List<StoredAbsence> list(Query query) {
        AbsenceEntity[] found = store.find(AbsenceEntity.class, query);
        List<StoredAbsence> result = new ArrayList<>(found.length);
        for (AbsenceEntity entity : found) {
            result.add(toStored(entity));
        }
        return result;
    }

    private static StoredAbsence toStored(AbsenceEntity e) {
        Absence absence = new Absence(e.getPerson(), Instant.ofEpochMilli(e.getStartsAt()),
                Instant.ofEpochMilli(e.getEndsAt()), AbsenceKind.valueOf(e.getKind()));
        return new StoredAbsence(e.getID(), absence, e.getCreatedBy(), e.isStartApplied(), e.isEndApplied());
    }
}
