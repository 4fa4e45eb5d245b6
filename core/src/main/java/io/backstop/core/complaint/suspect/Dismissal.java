package io.backstop.core.complaint.suspect;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Instant;

/**
 * A suspicion dismissed: by whom, when, and why. The reason is required and kept, for the director's log: a
 * dismissal is a decision that this was no complaint, and someone above may disagree.
 */
public record Dismissal(String by, Instant at, String reason) {

    /** The longest reason kept: a few sentences. */
    public static final int MAX_REASON = 1000;

    public Dismissal {
        Check.notBlank(by, "by");
        Check.notNull(at, "at");
        Check.notBlank(reason, "reason");
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw Check.invalid("reason", Problem.of("error.input.mostCharacters", MAX_REASON));
        }
    }
}
