package io.backstop.core.holding;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A staff reply read as holding: it acknowledges without answering.
 *
 * @param phrase  the department's phrase it was recognised by, as listed in the settings (shown in the issue's
 *                timeline, where staff can turn the detection off)
 * @param promise when the full answer is owed, if the reply names a day; empty otherwise, and the host then takes
 *                the goal's {@code answerWithin}
 */
public record Holding(String phrase, Optional<Instant> promise) {

    public Holding {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(promise, "promise");
    }
}
