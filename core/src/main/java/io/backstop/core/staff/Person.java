package io.backstop.core.staff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A member of the department and, in order, who stands in for them.
 *
 * @param coversFrom from when the person may be handed colleagues' issues (rule 13): a newcomer who cannot yet
 *                   work with clients is no cover before it; null: a cover from the start
 */
public record Person(String name, Role role, List<String> deputies, Instant coversFrom) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        deputies = List.copyOf(deputies);
    }

    public Person(String name, Role role, List<String> deputies) {
        this(name, role, deputies, null);
    }

    public Person(String name, Role role) {
        this(name, role, List.of());
    }

    /** Whether the person may be handed a colleague's issue at {@code at}. */
    public boolean coversAt(Instant at) {
        return coversFrom == null || !at.isBefore(coversFrom);
    }
}
