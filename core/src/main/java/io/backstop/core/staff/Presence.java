package io.backstop.core.staff;

import java.time.Instant;

/** Tells whether a person is at work at an instant. */
@FunctionalInterface
public interface Presence {

    boolean isAbsent(String person, Instant at);

    default boolean isPresent(String person, Instant at) {
        return !isAbsent(person, at);
    }

    static Presence everyoneIn() {
        return (person, at) -> false;
    }
}
