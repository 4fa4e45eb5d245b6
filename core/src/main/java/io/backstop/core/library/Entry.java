package io.backstop.core.library;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A library entry: a client's question and the staff answer worth reusing, with where it applies.
 *
 * @param id          the stored id (0 before it is stored)
 * @param question    the client message the answer answered, as the client wrote it
 * @param answer      the reusable answer
 * @param service     the service code it is about, if any ({@code "seo"})
 * @param operation   the norm operation code it belongs to, if any ({@code "client-question"})
 * @param issue       the issue the answer was given on, if it came from one
 * @param author      who wrote the answer
 * @param tags        lower-case labels, at most {@value #MAX_TAGS}
 * @param reuses      how many times staff used it
 * @param mergedInto  for a merged entry, the entry that took it over
 */
public record Entry(long id, String question, String answer, Optional<String> service, Optional<String> operation,
                    Optional<String> issue, String author, Set<String> tags, long reuses, EntryState state,
                    Optional<Long> mergedInto, Instant createdAt) {

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 40;

    public Entry {
        Check.notNull(question, "question");
        if (question.length() > MAX_TEXT) {
            throw Check.invalid("question", Problem.of("error.input.mostCharacters", MAX_TEXT));
        }
        Check.notBlank(answer, "answer");
        if (answer.length() > MAX_TEXT) {
            throw Check.invalid("answer", Problem.of("error.input.mostCharacters", MAX_TEXT));
        }
        Check.notNull(service, "service").ifPresent(s -> Check.code(s, "service"));
        Check.notNull(operation, "operation").ifPresent(o -> Check.code(o, "operation"));
        Check.notNull(issue, "issue");
        Check.notBlank(author, "author");
        tags = normaliseTags(tags);
        Check.notNegative(reuses, "reuses");
        Check.notNull(state, "state");
        Check.notNull(mergedInto, "mergedInto");
        if ((state == EntryState.MERGED) != mergedInto.isPresent()) {
            throw Check.invalid("mergedInto", Problem.of("error.library.setExactlyWhen"));
        }
        Check.notNull(createdAt, "createdAt");
    }

    /** A new active entry, not yet stored, never reused. */
    public static Entry draft(String question, String answer, Optional<String> service, Optional<String> operation,
                              Optional<String> issue, String author, Collection<String> tags, Instant at) {
        return new Entry(0, question, answer, service, operation, issue, author, new LinkedHashSet<>(tags), 0,
                EntryState.ACTIVE, Optional.empty(), at);
    }

    /** Tags trimmed and lower-cased, blanks refused, order kept. */
    public static Set<String> normaliseTags(Collection<String> tags) {
        Check.notNull(tags, "tags");
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                throw Check.invalid("tags", Problem.of("error.library.tagBlank"));
            }
            String t = tag.trim().toLowerCase(Locale.ROOT).replace('ё', 'е');
            if (t.contains("\n") || t.contains("\r")) {
                throw Check.invalid("tags", Problem.of("error.library.tagOneLine"));
            }
            if (t.length() > MAX_TAG) {
                throw Check.invalid("tags", Problem.of("error.library.tagMostCharacters", MAX_TAG));
            }
            clean.add(t);
        }
        if (clean.size() > MAX_TAGS) {
            throw Check.invalid("tags", Problem.of("error.library.mostTags", MAX_TAGS));
        }
        return Collections.unmodifiableSet(clean);
    }

    public boolean active() {
        return state == EntryState.ACTIVE;
    }

    /** The words search finds the entry by: its question, answer and tags. */
    public Set<String> words() {
        Set<String> words = new LinkedHashSet<>(Words.terms(question));
        words.addAll(answerWords());
        return words;
    }

    /** The words of the answer and tags alone: what a caller who may not see the question matches on. */
    public Set<String> answerWords() {
        Set<String> words = new LinkedHashSet<>(Words.terms(answer));
        tags.forEach(t -> words.addAll(Words.terms(t)));
        return words;
    }

    public Entry withId(long newId) {
        return new Entry(newId, question, answer, service, operation, issue, author, tags, reuses, state, mergedInto,
                createdAt);
    }

    public Entry reused() {
        return new Entry(id, question, answer, service, operation, issue, author, tags, Math.addExact(reuses, 1),
                state, mergedInto, createdAt);
    }

    /** The head's edit: new texts, service, operation and tags; reuses, author and history stay. */
    public Entry edited(String newQuestion, String newAnswer, Optional<String> newService,
                        Optional<String> newOperation, Collection<String> newTags) {
        return new Entry(id, newQuestion, newAnswer, newService, newOperation, issue, author,
                new LinkedHashSet<>(newTags), reuses, state, mergedInto, createdAt);
    }

    Entry with(EntryState newState, Optional<Long> into, long newReuses, Set<String> newTags) {
        return new Entry(id, question, answer, service, operation, issue, author, newTags, newReuses, newState, into,
                createdAt);
    }
}
