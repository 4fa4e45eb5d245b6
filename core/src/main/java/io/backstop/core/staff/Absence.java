package io.backstop.core.staff;

import java.time.Instant;
import java.util.Objects;

/** A person is away during {@code [from, to)}. */
public record Absence(String person, Instant from, Instant to, AbsenceKind kind) {

    public Absence {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("absence of \"" + person + "\" ends before it starts");
        }
    }

    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
