package io.backstop.core.staff;

import java.util.List;
import java.util.Objects;

/** A member of the department and, in order, who stands in for them. */
public record Person(String name, Role role, List<String> deputies) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        deputies = List.copyOf(deputies);
    }

    public Person(String name, Role role) {
        this(name, role, List.of());
    }
}
