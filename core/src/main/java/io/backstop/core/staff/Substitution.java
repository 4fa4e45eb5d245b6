package io.backstop.core.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Picks who holds an issue when its assignee is away or its answer is late: the first present person in line. */
public final class Substitution {

    private final Staff staff;
    private final Presence presence;

    public Substitution(Staff staff, Presence presence) {
        this.staff = staff;
        this.presence = presence;
    }

    /** For an issue whose assignee is away: the owner, the owner's deputies, the operator, theirs, the head. */
    public Optional<String> coverFor(String owner, Instant at) {
        return firstPresent(staff.coverChain(owner), at);
    }

    /** For a breached issue: the operator, the operator's deputies, the head. */
    public Optional<String> takeOverBreach(Instant at) {
        return firstPresent(staff.breachChain(), at);
    }

    public boolean isAbsent(String person, Instant at) {
        return presence.isAbsent(person, at);
    }

    private Optional<String> firstPresent(List<String> chain, Instant at) {
        return chain.stream().filter(name -> presence.isPresent(name, at)).findFirst();
    }
}
