package io.backstop.app.staff;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Absences;
import io.backstop.core.staff.BusyTime;
import io.backstop.core.staff.Person;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The staff desk: who is in the department and who is away. Recording an absence that has already begun hands
 * the person's waiting clients on at once; removing one in force brings their work back.
 */
public final class StaffDesk {

    private final SettingsService settings;
    private final EntityStore store;
    private final AbsenceStore absences;
    private final WorkCover cover;
    private final BusyMarks busy;
    private final AbsenceConflicts conflicts;

    public StaffDesk(SettingsService settings, EntityStore store, WorkCover cover, HeldWork held) {
        this.settings = settings;
        this.store = store;
        this.absences = new AbsenceStore(store);
        this.cover = cover;
        this.busy = new BusyMarks(store, absences);
        this.conflicts = new AbsenceConflicts(absences, held);
    }

    /**
     * A person of the department and whether they are away now for covering purposes ({@code absentNow}), and
     * whether only through busy time ({@code busyNow}: at a meeting, not on leave).
     */
    public record PersonNow(Person person, boolean absentNow, boolean busyNow) {
    }

    public List<PersonNow> people(Instant now) {
        Absences away = absences.inForceAt(now);
        return settings.current().people().stream()
                .map(person -> new PersonNow(person, away.isAbsent(person.name(), now),
                        away.isBusyOnly(person.name(), now)))
                .toList();
    }

    public List<StoredAbsence> absences() {
        return absences.all();
    }

    public List<StoredAbsence> absencesOf(String person) {
        return absences.of(person);
    }

    public Optional<StoredAbsence> absence(int id) {
        return absences.find(id);
    }

    /** Records an absence; one already in force takes effect now (rule 5). */
    public StoredAbsence add(String person, Instant from, Instant to, AbsenceKind kind, String createdBy,
                             Instant now) {
        requirePerson(person);
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", Problem.of("error.input.beforeFrom2"));
        }
        StoredAbsence stored = absences.create(new Absence(person, from, to, kind), createdBy,
                !from.isAfter(now), !to.isAfter(now), now);
        coverIfInForce(stored, now);
        return stored;
    }

    private void coverIfInForce(StoredAbsence stored, Instant now) {
        if (stored.startApplied() && !stored.endApplied()) {
            cover.absenceStarted(now);
        }
    }

    /** What {@link #busy} did: stored new busy time, or made the person's busy time still to come longer. */
    public record Marked(StoredAbsence busy, boolean created) {
    }

    /**
     * "I'm busy until {@code to}" (rule 12), from {@code from} (now when null, never in the past), at most one
     * working day ahead; no approval. Busy time it overlaps or touches, not ended yet, grows to cover both. Once
     * in force the person's waiting clients go past their deputies to the operator at once.
     */
    public Marked busy(String person, Instant from, Instant to, String createdBy, Instant now) {
        requirePerson(person);
        Instant start = BusyMarks.check(settings.current(), from, to, now);
        Optional<StoredAbsence> joined = busy.join(person, start, to, now);
        if (joined.isEmpty()) {
            return new Marked(add(person, start, to, AbsenceKind.BUSY, createdBy, now), true);
        }
        coverIfInForce(joined.get(), now);
        return new Marked(joined.get(), false);
    }

    /**
     * A person's busy time in force now or next, who takes their new messages during it, and what a mark made now
     * may reach: the end of today's working time (empty once it is past) and at most {@code latestEnd}.
     */
    public record BusyNow(Optional<StoredAbsence> busy, Optional<String> coveredBy, Instant latestEnd,
                          Optional<Instant> endOfToday) {
    }

    public BusyNow busyNow(String person, Instant now) {
        DepartmentSettings current = settings.current();
        Optional<StoredAbsence> marked = busy.current(person, now);
        Instant during = marked.map(m -> m.absence().from().isAfter(now) ? m.absence().from() : now).orElse(now);
        Optional<String> coveredBy = marked.isEmpty() ? Optional.empty()
                : busy.coveredBy(current, person, during);
        return new BusyNow(marked, coveredBy, BusyTime.latestEnd(current.calendar(), now),
                BusyTime.endOfToday(current.calendar(), now));
    }

    /**
     * A request for an absence ("leaving at 15:00 for driving school"); it takes no work away until the head or an
     * administrator approves it.
     */
    public StoredAbsence request(String person, Instant from, Instant to, AbsenceKind kind, String reason,
                                 String requestedBy, Instant now) {
        requirePerson(person);
        if (!kind.isAbsence()) {
            throw new InvalidFieldException("kind", Problem.of("error.staff.busyTimeNeeds"));
        }
        if (!to.isAfter(from)) {
            throw new InvalidFieldException("to", Problem.of("error.input.afterFrom"));
        }
        if (!to.isAfter(now)) {
            throw new InvalidFieldException("to", Problem.of("error.staff.alreadyPastRecord"));
        }
        return absences.request(new Absence(person, from, to, kind), requestedBy, now, reason);
    }

    /** Waiting and decided requests, newest first; of one person or everyone's. */
    public List<StoredAbsence> requests(Optional<String> person) {
        return absences.requests(person);
    }

    /**
     * Approves or refuses a waiting request, once: the decision is made under the request's row, so of two
     * decisions at the same moment the second finds the first's and is refused with {@link AlreadyDecided}. An
     * approved request is an absence like any other from then on: if it has already begun, the person's waiting
     * clients are handed on at once (rule 5). Empty if there is no such request (any more).
     */
    public Optional<StoredAbsence> decide(int id, boolean approve, String by, Instant now) {
        Optional<StoredAbsence> decided = settle(id, approve ? AbsenceStatus.APPROVED : AbsenceStatus.REFUSED, by, now);
        decided.ifPresent(stored -> coverIfInForce(stored, now));
        return decided;
    }

    /**
     * Withdraws a waiting request, once, as {@link #decide} decides one: it stays, {@code WITHDRAWN}, and takes no
     * work away. Whether {@code by} may is the caller's check.
     */
    public Optional<StoredAbsence> withdraw(int id, String by, Instant now) {
        return settle(id, AbsenceStatus.WITHDRAWN, by, now);
    }

    private Optional<StoredAbsence> settle(int id, AbsenceStatus status, String by, Instant now) {
        return WriteConflicts.retrying(() -> store.inTransaction(() -> {
            Optional<StoredAbsence> found = absences.findLocked(id);
            if (found.isEmpty()) {
                return found;
            }
            if (found.get().status() != AbsenceStatus.REQUESTED) {
                throw new AlreadyDecided(found.get().status().name());
            }
            Absence absence = found.get().absence();
            return Optional.of(status == AbsenceStatus.APPROVED
                    ? absences.decide(id, status, by, now, !absence.from().isAfter(now), !absence.to().isAfter(now))
                    : absences.decide(id, status, by, now, true, true));
        }));
    }

    /**
     * What approving the request would do now ({@link AbsenceConflicts}); empty if there is no such request (an
     * absence recorded as it is was never one).
     */
    Optional<AbsenceConflicts.Conflicts> conflicts(int id, Instant now) {
        return absences.find(id).filter(StaffDesk::isRequest).map(found -> conflicts.of(found, settings.current(), now));
    }

    /** Whether an absence was asked for (waiting, or settled by someone), not recorded as it is. */
    static boolean isRequest(StoredAbsence absence) {
        return absence.status() == AbsenceStatus.REQUESTED || absence.decidedBy().isPresent();
    }

    /** "Sick today": from now to the end of today, or to the end of {@code lastDay}, in the department's zone. */
    public StoredAbsence sickUntil(String person, LocalDate lastDay, String createdBy, Instant now) {
        DepartmentSettings current = settings.current();
        LocalDate today = now.atZone(current.calendar().zone()).toLocalDate();
        LocalDate last = lastDay == null ? today : lastDay;
        if (last.isBefore(today)) {
            throw new InvalidFieldException("until", Problem.of("error.staff.beforeToday", today));
        }
        Instant end = ZonedDateTime.of(last.plusDays(1), LocalTime.MIDNIGHT, current.calendar().zone())
                .toInstant();
        return add(person, now, end, AbsenceKind.SICK, createdBy, now);
    }

    /**
     * Removes an absence, or withdraws a request; if it was in force, the person's work comes back now (rule 6).
     * It is removed under its row, so a decision at the same moment either comes first (and is removed with it) or
     * finds nothing left to decide.
     */
    public boolean remove(int id, Instant now) {
        Optional<StoredAbsence> removed = WriteConflicts.retrying(() -> store.inTransaction(() -> {
            Optional<StoredAbsence> found = absences.findLocked(id);
            found.ifPresent(absence -> absences.delete(id));
            return found;
        }));
        removed.filter(stored -> stored.status() == AbsenceStatus.APPROVED && stored.absence().covers(now)
                && stored.startApplied()).ifPresent(stored -> cover.absenceEnded(stored.absence().person(), now));
        return removed.isPresent();
    }

    private void requirePerson(String person) {
        if (person == null || settings.current().person(person).isEmpty()) {
            throw new InvalidFieldException("person", Problem.of("error.input.unknownPerson", person));
        }
    }
}
