package io.backstop.app.response;

import io.backstop.app.port.Locks;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Absences;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Absence boundaries on the clocks (rules 5 and 6): each applied once, at its own instant, ends before starts; a
 * boundary is marked applied only when every clock it moves has moved.
 */
final class AbsenceBoundaries {

    private static final Logger LOG = LoggerFactory.getLogger(ResponseDesk.class);

    private final ClockWork work;
    private final ClockStore clocks;
    private final AbsenceStore absences;
    private final Locks locks;

    AbsenceBoundaries(ClockWork work, EntityStore store, Locks locks) {
        this.work = work;
        this.clocks = new ClockStore(store);
        this.absences = new AbsenceStore(store);
        this.locks = locks;
    }

    /**
     * Applies every absence boundary not yet applied up to {@code upTo}, each at its own instant: at one instant,
     * the ends (rule 6) before the starts (rule 5). A boundary is marked applied only when every clock it moves has
     * moved; if one could not (logged), it and the later ones stay pending for the next run, which repeats it
     * (clocks already moved are not moved again).
     *
     * @return whether every boundary up to {@code upTo} is now applied
     */
    boolean applyAbsenceBoundaries(Instant upTo) {
        return work.withRules(rules -> {
            Optional<Instant> next;
            while ((next = absences.nextPendingBoundary()).isPresent() && !next.get().isAfter(upTo)) {
                if (!applyBoundariesAt(next.get(), rules)) {
                    return false;
                }
            }
            return true;
        }).orElse(true);
    }

    /** Applies the boundaries at {@code at}; false when a clock could not be moved and they stay pending. */
    private boolean applyBoundariesAt(Instant at, ResponseRules rules) {
        for (StoredAbsence ending : absences.pendingEndsUpTo(at)) {
            boolean done = locks.withLock("backstop.absence." + ending.id(), () -> {
                StoredAbsence fresh = absences.find(ending.id()).orElse(null);
                if (fresh == null || fresh.endApplied()) {
                    return true;
                }
                if (returnWorkTo(fresh.absence().person(), at, rules, () -> endPending(fresh.id()))) {
                    WriteConflicts.retryingRun(() -> absences.markEndApplied(fresh.id()));
                    return true;
                }
                return false;
            });
            if (!done) {
                return false;
            }
        }
        for (StoredAbsence starting : absences.pendingStartsUpTo(at)) {
            boolean done = locks.withLock("backstop.absence." + starting.id(), () -> {
                StoredAbsence fresh = absences.find(starting.id()).orElse(null);
                if (fresh == null || fresh.startApplied()) {
                    return true;
                }
                if (coverAbsentAssignees(at, rules, () -> startPending(fresh.id()))) {
                    WriteConflicts.retryingRun(() -> absences.markStartApplied(fresh.id()));
                    return true;
                }
                return false;
            });
            if (!done) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a boundary is still to be applied, asked again under each clock's row lock. Where nodes share no lock,
     * a node that is late may reach a clock after another node applied this boundary and later ones to it; deciding
     * from the clock's new state with the boundary's old instant would move it back in time. A boundary already
     * marked applied is not applied again to any clock.
     */
    private boolean startPending(int absence) {
        return absences.find(absence).map(found -> !found.startApplied()).orElse(false);
    }

    private boolean endPending(int absence) {
        return absences.find(absence).map(found -> !found.endApplied()).orElse(false);
    }

    /** Rule 5 for every awaiting issue whose assignee is away at {@code at}; false if one could not be moved. */
    void absenceStarted(Instant now) {
        work.withRules(rules -> coverAbsentAssignees(now, rules, () -> true));
    }

    private boolean coverAbsentAssignees(Instant at, ResponseRules rules, Supplier<Boolean> pending) {
        Absences presence = absences.inForceAt(at);
        Set<String> away = presence.all().stream().map(a -> a.person()).collect(Collectors.toSet());
        boolean all = true;
        for (StoredClock held : clocks.awaitingHeldBy(away)) {
            all &= each(held, at, clock -> rules.absenceStarted(clock, at, presence), rules, pending);
        }
        return all;
    }

    /** Rule 6 now, for a person whose absence was cut short or removed; false if a clock could not move. */
    void absenceEnded(String person, Instant now) {
        work.withRules(rules -> returnWorkTo(person, now, rules, () -> true));
    }

    private boolean returnWorkTo(String person, Instant at, ResponseRules rules, Supplier<Boolean> pending) {
        Absences presence = absences.inForceAt(at);
        boolean all = true;
        for (StoredClock held : clocks.heldAwayFrom(person)) {
            all &= each(held, at, clock -> rules.absenceEnded(clock, person, at, presence), rules, pending);
        }
        return all;
    }

    /** One clock of a batch; a failure is logged and reported, and the rest of the batch goes on. */
    private boolean each(StoredClock held, Instant at, Function<ResponseClock, ClockStep> rule, ResponseRules rules,
                         Supplier<Boolean> pending) {
        try {
            work.onIssue(held.clock().issue(), (stored, changes) -> stored.filter(clock -> pending.get()).map(clock ->
                    work.apply(clock, rule.apply(clock.clock()), rules, ClockWork.WATCHER, changes)).orElse(null));
            return true;
        } catch (RuntimeException e) {
            LOG.error("Backstop could not apply an absence to {} at {}; it is tried again", held.clock().issue(), at,
                    e);
            return false;
        }
    }
}
