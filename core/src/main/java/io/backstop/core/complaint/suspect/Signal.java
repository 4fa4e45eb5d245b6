package io.backstop.core.complaint.suspect;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.Optional;

/**
 * What made a client message look like a complaint: a word of the lexicon (as the settings write it), or the
 * client writing again while the last message still waits for an answer.
 */
public record Signal(Kind kind, Optional<String> word) {

    public enum Kind {
        /** A lexicon entry in the client's own words. */
        WORD,
        /** Another client message in the same awaiting cycle: the client writes again before anyone answered. */
        REPEAT
    }

    public Signal {
        Check.notNull(kind, "kind");
        Check.notNull(word, "word");
        if (kind == Kind.WORD) {
            Check.notBlank(word.orElse(null), "word");
        } else if (word.isPresent()) {
            throw Check.invalid("word", Problem.of("error.complaint.onlyWordSignal"));
        }
    }

    public static Signal word(String entry) {
        return new Signal(Kind.WORD, Optional.of(entry));
    }

    public static Signal repeat() {
        return new Signal(Kind.REPEAT, Optional.empty());
    }
}
