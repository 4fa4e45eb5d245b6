package io.backstop.core.staff;

import java.time.Instant;

/** Tells whether a person is at work at an instant. */
@FunctionalInterface
public interface Presence {

    boolean isAbsent(String person, Instant at);

    default boolean isPresent(String person, Instant at) {
        return !isAbsent(person, at);
    }

    /** Away at {@code at} only through {@code BUSY} absences (rule 12): at a meeting, not on leave. */
    default boolean isBusyOnly(String person, Instant at) {
        return false;
    }

    static Presence everyoneIn() {
        return (person, at) -> false;
    }
}
