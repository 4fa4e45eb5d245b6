package io.backstop.core.library;

import io.backstop.core.validation.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * The trace a staff reply leaves: the client's question it answered, under which operation, where and when. The
 * missing-answers list is built from these.
 */
public record AnsweredQuestion(Optional<String> operation, String issue, String question, String by, Instant at) {

    public AnsweredQuestion {
        Check.notNull(operation, "operation");
        Check.notBlank(issue, "issue");
        Check.notNull(question, "question");
        Check.notNull(at, "at");
    }
}
