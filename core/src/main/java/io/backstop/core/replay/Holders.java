package io.backstop.core.replay;

import io.backstop.core.sla.ResponseClock;
import io.backstop.core.staff.Presence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * Issues are returned unordered; the caller takes them in creation order (rule 8).
 */
final class Holders {

    private final Map<String, Set<String>> awaitingByAssignee = new HashMap<>();
    private final Map<String, Set<String>> heldAwayByOwner = new HashMap<>();

    /** Files {@code issue} under its new state; {@code before} is null for a new issue. */
    void moved(String issue, ResponseClock before, ResponseClock after) {
        refile(awaitingByAssignee, issue, awaitingFor(before), awaitingFor(after));
        refile(heldAwayByOwner, issue, heldAwayFrom(before), heldAwayFrom(after));
    }

    /** The awaiting issues whose assignee is absent at {@code at}: the only ones rule 5 can move then. */
    List<String> awaitingWithAbsentAssignee(Presence presence, Instant at) {
        List<String> issues = new ArrayList<>();
        awaitingByAssignee.forEach((assignee, held) -> {
            if (presence.isAbsent(assignee, at)) {
                issues.addAll(held);
            }
        });
        return issues;
    }

    /** The open issues {@code owner} owns and someone else holds: the only ones rule 6 can return to them. */
    List<String> heldAwayFrom(String owner) {
        return List.copyOf(heldAwayByOwner.getOrDefault(owner, Set.of()));
    }

    private static String awaitingFor(ResponseClock clock) {
        return clock != null && clock.isAwaiting() ? clock.assignee() : null;
    }

    private static String heldAwayFrom(ResponseClock clock) {
        return clock != null && clock.open() && !clock.assignee().equals(clock.owner()) ? clock.owner() : null;
    }

    private static void refile(Map<String, Set<String>> byPerson, String issue, String was, String now) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (was != null) {
            Set<String> issues = byPerson.get(was);
            issues.remove(issue);
            if (issues.isEmpty()) {
                byPerson.remove(was);
            }
        }
        if (now != null) {
            byPerson.computeIfAbsent(now, person -> new HashSet<>()).add(issue);
        }
    }
}
