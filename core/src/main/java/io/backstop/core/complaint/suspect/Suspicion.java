package io.backstop.core.complaint.suspect;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.List;

/**
 * A client message that may be a complaint, for someone to confirm or dismiss: what raised it and the client's
 * words around it.
 *
 * @param signals the lexicon words found (in the order they stand) and the repeat, if any; never empty
 * @param excerpt the sentence of the first word found, or the message's beginning; quotes cut out
 */
public record Suspicion(List<Signal> signals, String excerpt) {

    /** The longest excerpt kept: a sentence or two, enough to decide whether to open the issue. */
    public static final int MAX_EXCERPT = 300;

    public Suspicion {
        signals = Check.list(signals, "signals");
        if (signals.isEmpty()) {
            throw Check.invalid("signals", Problem.of("error.input.notEmpty"));
        }
        Check.notNull(excerpt, "excerpt");
        if (excerpt.length() > MAX_EXCERPT) {
            throw Check.invalid("excerpt", Problem.of("error.input.mostCharacters", MAX_EXCERPT));
        }
    }
}
