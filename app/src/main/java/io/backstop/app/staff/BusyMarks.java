package io.backstop.app.staff;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.BusyTime;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "I'm busy until ..." (rule 12): busy time a person marks from now, or from a later instant, to at most one
 * working day ahead ({@link BusyTime}). It needs nobody's approval and is no absence in reports, norms or capacity.
 * Busy time that overlaps or touches the person's busy time still to come joins it: the one row grows to cover
 * both (it never shrinks; ending early is removing it).
 */
final class BusyMarks {

    private final EntityStore store;
    private final AbsenceStore absences;

    BusyMarks(EntityStore store, AbsenceStore absences) {
        this.store = store;
        this.absences = absences;
    }

    /** Checks a mark; the start it takes ({@code from}, or now without one). */
    static Instant check(DepartmentSettings department, Instant from, Instant to, Instant now) {
        if (from != null && from.isBefore(now)) {
            throw new InvalidFieldException("from", Problem.of("error.staff.pastNow", now));
        }
        Instant start = from == null ? now : from;
        if (to == null) {
            throw new InvalidFieldException("to", Problem.of("error.staff.requiredWhenBusy"));
        }
        if (!to.isAfter(start)) {
            throw new InvalidFieldException("to", Problem.of("error.input.afterFrom"));
        }
        Instant latest = BusyTime.latestEnd(department.calendar(), now);
        if (to.isAfter(latest)) {
            throw new InvalidFieldException("to", Problem.of("error.staff.busyTimeReaches", latest));
        }
        return start;
    }

    /**
     * Joins {@code [from, to)} to the person's busy time it overlaps or touches and that has not ended by now:
     * the earliest such row grows to their union and the others go. Empty when there is none (a new row is due).
     */
    Optional<StoredAbsence> join(String person, Instant from, Instant to, Instant now) {
        return WriteConflicts.retrying(() -> store.inTransaction(() -> {
            List<StoredAbsence> joined = new ArrayList<>();
            for (StoredAbsence candidate : absences.of(person)) {
                if (joins(candidate, from, to, now)) {
                    absences.findLocked(candidate.id()).filter(held -> joins(held, from, to, now))
                            .ifPresent(joined::add);
                }
            }
            if (joined.isEmpty()) {
                return Optional.<StoredAbsence>empty();
            }
            Instant start = from;
            Instant end = to;
            for (StoredAbsence busy : joined) {
                start = busy.absence().from().isBefore(start) ? busy.absence().from() : start;
                end = busy.absence().to().isAfter(end) ? busy.absence().to() : end;
            }
            StoredAbsence first = joined.get(0);
            for (StoredAbsence other : joined.subList(1, joined.size())) {
                absences.delete(other.id());
            }
            return Optional.of(absences.reshape(first.id(), start, end,
                    first.startApplied() || !start.isAfter(now)));
        }));
    }

    private static boolean joins(StoredAbsence stored, Instant from, Instant to, Instant now) {
        return stored.status() == AbsenceStatus.APPROVED && stored.absence().kind() == AbsenceKind.BUSY
                && stored.absence().to().isAfter(now)
                && !stored.absence().from().isAfter(to) && !stored.absence().to().isBefore(from);
    }

    /** The person's busy time in force now, else the next one to come. */
    Optional<StoredAbsence> current(String person, Instant now) {
        return absences.of(person).stream()
                .filter(a -> a.absence().kind() == AbsenceKind.BUSY && a.absence().to().isAfter(now))
                .findFirst();
    }

    /**
     * Who gets the person's new messages at {@code at} (their own clients' messages while they are busy, rule 12):
     * empty while the department is not configured or nobody is there.
     */
    Optional<String> coveredBy(DepartmentSettings department, String person, Instant at) {
        if (!department.isConfigured() || department.person(person).isEmpty()) {
            return Optional.empty();
        }
        Substitution substitution = new Substitution(new Staff(department.people()), absences.inForceAt(at));
        return substitution.coverFor(person, person, at).filter(name -> !name.equals(person));
    }
}
