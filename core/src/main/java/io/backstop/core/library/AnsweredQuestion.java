package io.backstop.core.library;

import io.backstop.core.validation.Check;
import java.time.Instant;

/**
 * The trace a staff reply leaves: which kind of question it answered, where and when. The missing-answers list is
 * built from these.
 */
public record AnsweredQuestion(QuestionSignature signature, String issue, String question, String by,
                               Instant at) {

    public AnsweredQuestion {
        Check.notNull(signature, "signature");
        Check.notBlank(issue, "issue");
        Check.notNull(question, "question");
        Check.notNull(at, "at");
    }
}
