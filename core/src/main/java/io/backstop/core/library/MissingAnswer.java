package io.backstop.core.library;

import java.time.Instant;
import java.util.List;

/**
 * A kind of question staff answered {@code times} times with no library entry to find for it.
 *
 * @param examples the latest answered questions of this kind, newest first (at most {@value MissingAnswers#EXAMPLES})
 */
public record MissingAnswer(QuestionSignature signature, int times, Instant lastAt, List<AnsweredQuestion> examples) {

    public MissingAnswer {
        examples = List.copyOf(examples);
    }
}
