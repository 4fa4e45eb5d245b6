package io.backstop.core.library;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.Optional;
import java.util.Set;

/**
 * What staff look for: words (all must occur), and optionally the service and the operation.
 *
 * @param limit at most this many entries, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(String text, Optional<String> service, Optional<String> operation, int limit) {

    public static final int MAX_LIMIT = 200;
    /** More words than this add nothing but cost. */
    public static final int MAX_WORDS = 12;

    public SearchQuery {
        text = text == null ? "" : text;
        if (text.length() > 1000) {
            throw Check.invalid("q", Problem.of("error.library.mostCharacters"));
        }
        Check.notNull(service, "service").ifPresent(s -> Check.code(s, "service"));
        Check.notNull(operation, "operation").ifPresent(o -> Check.code(o, "operation"));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Check.invalid("limit", Problem.of("error.input.between1To", MAX_LIMIT, limit));
        }
        if (Words.distinct(text).size() > MAX_WORDS) {
            throw Check.invalid("q", Problem.of("error.library.mostWords", MAX_WORDS));
        }
    }

    public static SearchQuery words(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), 20);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, service, operation, newLimit);
    }

    /** The query's distinct words after normalisation; empty means "everything that passes the filters". */
    public Set<String> terms() {
        return Words.distinct(text);
    }

    /** Whether {@code entry} passes the service and operation filters (the words are checked separately). */
    public boolean passesFilters(Entry entry) {
        return service.map(s -> entry.service().equals(Optional.of(s))).orElse(true)
                && operation.map(o -> entry.operation().equals(Optional.of(o))).orElse(true);
    }
}
