package io.backstop.core.replay;

import io.backstop.core.sla.ResponseClock;
import io.backstop.core.staff.Presence;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The open clocks an absence boundary can move, by person, kept current by {@link Replay} at every step, so that
 * a boundary visits these instead of every clock the run has created (the way the app keeps {@code AWAY_FROM}):
 * <ul>
 * <li>awaiting clocks by assignee: rule 5 (with 12 and 13 choosing the taker) moves only an awaiting clock whose
 * assignee is absent at the absence start. That is the person whose absence starts, and anyone still away who holds
 * a clock nobody could take before (nobody present in the chain, or only a newcomer who was not a cover yet);</li>
 * <li>open clocks held by someone other than their owner, by owner: rule 6 returns only these at the end of the
 * owner's absence.</li>
 * </ul>
 * Each is a copy, in creation order (rule 8), that the caller may change the clocks of while it goes through it.
 */
final class Holders {

    /** By person, the creation indexes of their clocks (a set bit per clock): iterated, they come in creation order. */
    private final Map<String, BitSet> awaitingByAssignee = new HashMap<>();
    private final Map<String, BitSet> heldAwayByOwner = new HashMap<>();

    /** Files the clock of creation index {@code index} under its new state; {@code before} is null for a new one. */
    void moved(int index, ResponseClock before, ResponseClock after) {
        refile(awaitingByAssignee, index, awaitingFor(before), awaitingFor(after));
        refile(heldAwayByOwner, index, heldAwayFrom(before), heldAwayFrom(after));
    }

    /** The awaiting clocks whose assignee is absent at {@code at}: the only ones rule 5 can move then. */
    BitSet awaitingWithAbsentAssignee(Presence presence, Instant at) {
        BitSet clocks = new BitSet();
        awaitingByAssignee.forEach((assignee, held) -> {
            if (presence.isAbsent(assignee, at)) {
                clocks.or(held);
            }
        });
        return clocks;
    }

    /** The open clocks {@code owner} owns and someone else holds: the only ones rule 6 can return to them. */
    BitSet heldAwayFrom(String owner) {
        BitSet held = heldAwayByOwner.get(owner);
        return held == null ? new BitSet() : (BitSet) held.clone();
    }

    private static String awaitingFor(ResponseClock clock) {
        return clock != null && clock.isAwaiting() ? clock.assignee() : null;
    }

    private static String heldAwayFrom(ResponseClock clock) {
        return clock != null && clock.open() && !clock.assignee().equals(clock.owner()) ? clock.owner() : null;
    }

    private static void refile(Map<String, BitSet> byPerson, int index, String was, String now) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (was != null) {
            byPerson.get(was).clear(index);
        }
        if (now != null) {
            byPerson.computeIfAbsent(now, person -> new BitSet()).set(index);
        }
    }
}
