package io.backstop.app.staff;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Absences;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What approving an absence request would do, shown before the head decides: who else is away then (approved
 * absences of others overlapping it) and who else asked to be (others' waiting requests overlapping it); which of the issues the person
 * holds awaiting an answer would move, and to whom; and who would get their clients' new messages. The moves are
 * rule 5 as the app applies it ({@link Substitution#handOver}), at the request's start (or now, when it has begun),
 * with everyone away then and the request approved; on the work the person holds now, as the future is not known.
 */
final class AbsenceConflicts {

    /** An issue the person holds, and who would take it; empty: nobody is there, it stays with them. */
    record Move(HeldWork.HeldIssue issue, Optional<String> to) {
    }

    /**
     * @param at            the instant the moves are worked out for; null when the request has ended already
     * @param newMessagesTo who takes the person's clients' new messages then; empty when nobody would
     */
    record Conflicts(StoredAbsence request, Instant at, List<StoredAbsence> away, List<StoredAbsence> asked,
                     List<Move> moves, Optional<String> newMessagesTo) {
    }

    private final AbsenceStore absences;
    private final HeldWork held;

    AbsenceConflicts(AbsenceStore absences, HeldWork held) {
        this.absences = absences;
        this.held = held;
    }

    Conflicts of(StoredAbsence request, DepartmentSettings department, Instant now) {
        Absence asked = request.absence();
        String person = asked.person();
        List<StoredAbsence> away = absences.overlapping(asked.from(), asked.to()).stream()
                .filter(other -> !other.absence().person().equals(person)).toList();
        List<StoredAbsence> alsoAsked = absences.requests(Optional.empty()).stream()
                .filter(other -> other.status() == AbsenceStatus.REQUESTED && !other.absence().person().equals(person)
                        && other.absence().from().isBefore(asked.to()) && other.absence().to().isAfter(asked.from()))
                .toList();
        Instant at = asked.from().isAfter(now) ? asked.from() : now;
        if (!asked.to().isAfter(at) || !department.isConfigured() || department.person(person).isEmpty()) {
            return new Conflicts(request, asked.to().isAfter(at) ? at : null, away, alsoAsked, List.of(),
                    Optional.empty());
        }
        List<Absence> then = new ArrayList<>(absences.inForceAt(at).all());
        then.add(asked);
        Substitution substitution = new Substitution(new Staff(department.people()), new Absences(then));
        List<Move> moves = held.awaitingHeldBy(person).stream()
                .map(issue -> new Move(issue, substitution.handOver(issue.owner(), person, at))).toList();
        return new Conflicts(request, at, away, alsoAsked, moves,
                substitution.coverFor(person, person, at).filter(taker -> !taker.equals(person)));
    }
}
