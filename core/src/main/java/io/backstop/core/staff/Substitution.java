package io.backstop.core.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Picks who holds an issue when its assignee is away or its answer is late: the first person in line who is
 * present and may cover it (rule 13: not before their {@code coversFrom}, unless it is their own issue).
 */
public final class Substitution {

    private final Staff staff;
    private final Presence presence;

    public Substitution(Staff staff, Presence presence) {
        this.staff = staff;
        this.presence = presence;
    }

    /**
     * For an issue whose assignee is away (rule 5): the owner, the owner's deputies, the operator, theirs, the head.
     * An assignee who is only busy (rule 12) hands over past the owner's deputies: the owner, the operator, theirs,
     * the head.
     */
    public Optional<String> coverFor(String owner, String assignee, Instant at) {
        List<String> chain = presence.isBusyOnly(assignee, at) ? staff.busyChain(owner) : staff.coverChain(owner);
        return firstPresent(chain, owner, at);
    }

    /**
     * Rule 5 for one awaiting issue: who takes it from {@code assignee} at {@code at}, when the assignee is away
     * and someone else in line is there; empty when it stays. What the rules move at an absence's start, and what
     * the head is shown before approving one.
     */
    public Optional<String> handOver(String owner, String assignee, Instant at) {
        if (presence.isPresent(assignee, at)) {
            return Optional.empty();
        }
        return coverFor(owner, assignee, at).filter(taker -> !taker.equals(assignee));
    }

    /** For a breached issue (rule 7): the operator, the operator's deputies, the head. */
    public Optional<String> takeOverBreach(String owner, Instant at) {
        return firstPresent(staff.breachChain(), owner, at);
    }

    public boolean isAbsent(String person, Instant at) {
        return presence.isAbsent(person, at);
    }

    private Optional<String> firstPresent(List<String> chain, String owner, Instant at) {
        return chain.stream()
                .filter(name -> name.equals(owner) || staff.find(name).map(p -> p.coversAt(at)).orElse(true))
                .filter(name -> presence.isPresent(name, at))
                .findFirst();
    }
}
