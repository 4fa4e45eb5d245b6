package io.backstop.app.staff;

import io.backstop.app.store.SchemaPart;
import io.backstop.app.store.EntityStore;

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

/**
 * Recorded absences and which of their boundaries the watcher has applied. Everything the rules and the reports
 * read is approved absences only (rows without a status are from before requests existed, and approved); requests
 * are read through {@link #requests}.
 */
public final class AbsenceStore {

    /**
     * Absences (version 1). 4: absences get a status, the moment they were handed in, who decided and why (part-day
     * requests); existing rows keep nulls there and read as approved, handed in at an unknown moment.
     */
    public static final SchemaPart SCHEMA = SchemaPart.since(1, AbsenceEntity.class).migrateAt(4);

    /** The condition for an approved absence, with {@link AbsenceStatus#APPROVED} as its parameter. */
    private static final String APPROVED = "(STATUS IS NULL OR STATUS = ?)";

    private final EntityStore store;

    public AbsenceStore(EntityStore store) {
        this.store = store;
    }

    /** Records an approved absence, handed in at {@code recordedAt}. */
    public StoredAbsence create(Absence absence, String createdBy, boolean startApplied, boolean endApplied,
                                Instant recordedAt) {
        return insert(absence, createdBy, startApplied, endApplied, AbsenceStatus.APPROVED, recordedAt, null);
    }

    /** Stores a request; its boundaries are applied only once it is approved. */
    public StoredAbsence request(Absence absence, String requestedBy, Instant requestedAt, String reason) {
        return insert(absence, requestedBy, false, false, AbsenceStatus.REQUESTED, requestedAt, reason);
    }

    /** Approves or refuses a request; an approval also says which of its boundaries are already past. */
    public StoredAbsence decide(int id, AbsenceStatus status, String by, Instant at, boolean startApplied,
                                boolean endApplied) {
        AbsenceEntity entity = store.get(AbsenceEntity.class, id);
        entity.setStatus(status.name());
        entity.setDecidedBy(by);
        entity.setDecidedAt(at.toEpochMilli());
        entity.setStartApplied(startApplied);
        entity.setEndApplied(endApplied);
        entity.save();
        return toStored(entity);
    }

    private StoredAbsence insert(Absence absence, String createdBy, boolean startApplied, boolean endApplied,
                                 AbsenceStatus status, Instant recordedAt, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("PERSON", absence.person());
        values.put("STARTS_AT", absence.from().toEpochMilli());
        values.put("ENDS_AT", absence.to().toEpochMilli());
        values.put("KIND", absence.kind().name());
        values.put("START_APPLIED", startApplied);
        values.put("END_APPLIED", endApplied);
        values.put("STATUS", status.name());
        values.put("RECORDED_AT", recordedAt.toEpochMilli());
        AbsenceEntity entity = store.create(AbsenceEntity.class, values);
        entity.setCreatedBy(createdBy);
        entity.setReason(reason);
        entity.save();
        return toStored(entity);
    }

    /**
     * Gives an absence new bounds whose end is still ahead (busy time joined to more, {@code BusyMarks}): its end
     * is pending again; its start is as given (applied when it has begun and its work was handed on).
     */
    public StoredAbsence reshape(int id, Instant from, Instant to, boolean startApplied) {
        AbsenceEntity entity = store.get(AbsenceEntity.class, id);
        entity.setStartsAt(from.toEpochMilli());
        entity.setEndsAt(to.toEpochMilli());
        entity.setStartApplied(startApplied);
        entity.setEndApplied(false);
        entity.save();
        return toStored(entity);
    }

    /**
     * Takes the absence's row for the transaction under way and reads it again. The first statement writes the row
     * (its status, as it is), so a second decision on it waits for this one's commit, or is rolled back as a write
     * conflict, and then reads what this one left: each decision is made from the last committed one.
     */
    public Optional<StoredAbsence> findLocked(int id) {
        AbsenceEntity[] seen = store.find(AbsenceEntity.class, Query.select().where("ID = ?", id));
        if (seen.length == 0) {
            return Optional.empty();
        }
        seen[0].setStatus(seen[0].getStatus());
        seen[0].save();
        AbsenceEntity[] held = store.find(AbsenceEntity.class, Query.select().where("ID = ?", id));
        return held.length == 0 ? Optional.empty() : Optional.of(toStored(held[0]));
    }

    public Optional<StoredAbsence> find(int id) {
        AbsenceEntity entity = store.get(AbsenceEntity.class, id);
        return entity == null ? Optional.empty() : Optional.of(toStored(entity));
    }

    public void delete(int id) {
        store.deleteWithSQL(AbsenceEntity.class, "ID = ?", id);
    }

    /** All approved absences, by start. */
    public List<StoredAbsence> all() {
        return list(Query.select().where(APPROVED, approved()).order("STARTS_AT, ID"));
    }

    /** Approved absences of one person, by start. */
    public List<StoredAbsence> of(String person) {
        return list(Query.select().where("PERSON = ? AND " + APPROVED, person, approved()).order("STARTS_AT, ID"));
    }

    /** Approved absences that overlap {@code [from, to)}, by start. */
    public List<StoredAbsence> overlapping(Instant from, Instant to) {
        return list(Query.select().where("STARTS_AT < ? AND ENDS_AT > ? AND " + APPROVED, to.toEpochMilli(),
                from.toEpochMilli(), approved()).order("STARTS_AT, ID"));
    }

    /** Requests: waiting ones and decided ones, newest first; of one person or everyone's. */
    public List<StoredAbsence> requests(Optional<String> person) {
        String requests = "(STATUS = ? OR DECIDED_BY IS NOT NULL)";
        Query query = person.isPresent()
                ? Query.select().where("PERSON = ? AND " + requests, person.get(), AbsenceStatus.REQUESTED.name())
                : Query.select().where(requests, AbsenceStatus.REQUESTED.name());
        return list(query.order("ID DESC"));
    }

    /** Who is away at {@code at}, as a presence the rules can ask. */
    public Absences inForceAt(Instant at) {
        long millis = at.toEpochMilli();
        List<Absence> absences = new ArrayList<>();
        for (StoredAbsence stored : list(Query.select().where("STARTS_AT <= ? AND ENDS_AT > ? AND " + APPROVED,
                millis, millis, approved()).order("ID"))) {
            absences.add(stored.absence());
        }
        return new Absences(absences);
    }

    /** The earliest boundary not yet applied: an end or a start, whichever comes first. */
    public Optional<Instant> nextPendingBoundary() {
        Optional<Instant> end = first(Query.select().where("END_APPLIED = ? AND " + APPROVED, false, approved())
                .order("ENDS_AT").limit(1))
                .map(a -> a.absence().to());
        Optional<Instant> start = first(Query.select()
                .where("START_APPLIED = ? AND " + APPROVED, false, approved()).order("STARTS_AT").limit(1))
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
        return list(Query.select().where("END_APPLIED = ? AND ENDS_AT <= ? AND " + APPROVED, false,
                at.toEpochMilli(), approved()).order("ID"));
    }

    /** Unapplied starts at or before {@code at}, in the order they were recorded. */
    public List<StoredAbsence> pendingStartsUpTo(Instant at) {
        return list(Query.select().where("START_APPLIED = ? AND STARTS_AT <= ? AND " + APPROVED, false,
                at.toEpochMilli(), approved()).order("ID"));
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

    private static String approved() {
        return AbsenceStatus.APPROVED.name();
    }

    private static StoredAbsence toStored(AbsenceEntity e) {
        Absence absence = new Absence(e.getPerson(), Instant.ofEpochMilli(e.getStartsAt()),
                Instant.ofEpochMilli(e.getEndsAt()), AbsenceKind.valueOf(e.getKind()));
        AbsenceStatus status = e.getStatus() == null ? AbsenceStatus.APPROVED : AbsenceStatus.valueOf(e.getStatus());
        return new StoredAbsence(e.getID(), absence, e.getCreatedBy(), e.isStartApplied(), e.isEndApplied(), status,
                Optional.ofNullable(e.getRecordedAt()).map(Instant::ofEpochMilli),
                Optional.ofNullable(e.getDecidedBy()),
                Optional.ofNullable(e.getDecidedAt()).map(Instant::ofEpochMilli),
                Optional.ofNullable(e.getReason()));
    }
}
