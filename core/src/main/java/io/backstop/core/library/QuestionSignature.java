package io.backstop.core.library;

import io.backstop.core.validation.Check;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What makes two client questions "the same question" for the missing-answers list: the operation the reply
 * earned and the question's {@value #SALIENT} most salient words.
 *
 * <p>Salient means longest: after normalisation ({@link Words}) the short words left in a client message are the
 * glue ("мы", "ок", "1"), the long ones name the subject ("продвижение", "реклама", "отчет", "счет"). Ties go to the
 * alphabet, and the chosen words are kept sorted, so word order and repeats do not change the signature. A message
 * with fewer than {@value #MIN_SALIENT} words long enough ({@value #MIN_LENGTH}+ letters) has no signature: "ok,
 * thanks" is not a question the library can answer. No corpus statistics are used, so a reply's signature is fixed
 * when the reply is made and never changes as the library grows.
 *
 * @param operation the operation code the reply earned, or {@code ""} when the issue type earns none
 * @param words     the salient words, sorted, {@value #MIN_SALIENT} to {@value #SALIENT} of them
 */
public record QuestionSignature(String operation, List<String> words) {

    public static final int SALIENT = 3;
    public static final int MIN_SALIENT = 2;
    public static final int MIN_LENGTH = 4;

    public QuestionSignature {
        Check.notNull(operation, "operation");
        words = List.copyOf(Check.notNull(words, "words"));
        if (words.size() < MIN_SALIENT || words.size() > SALIENT) {
            throw Check.invalid("words", "a signature has " + MIN_SALIENT + " to " + SALIENT + " words");
        }
    }

    /** The signature of {@code question} answered under {@code operation}, if it has enough salient words. */
    public static Optional<QuestionSignature> of(Optional<String> operation, String question) {
        List<String> candidates = new ArrayList<>(Words.distinct(question).stream()
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_LENGTH)
                .filter(w -> !w.chars().allMatch(Character::isDigit))
                .toList());
        if (candidates.size() < MIN_SALIENT) {
            return Optional.empty();
        }
        candidates.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> chosen = new ArrayList<>(candidates.subList(0, Math.min(SALIENT, candidates.size())));
        chosen.sort(Comparator.naturalOrder());
        return Optional.of(new QuestionSignature(operation.orElse(""), chosen));
    }

    /** The stored form, {@code operation|word word word}; {@link #parse} reads it back. */
    public String key() {
        return operation + "|" + String.join(" ", words);
    }

    public static QuestionSignature parse(String key) {
        int bar = Check.notNull(key, "signature").indexOf('|');
        if (bar < 0) {
            throw Check.invalid("signature", "expected operation|words, got \"" + key + "\"");
        }
        return new QuestionSignature(key.substring(0, bar), List.of(key.substring(bar + 1).split(" ")));
    }

    /** A search that finds the entries answering this kind of question. */
    public SearchQuery asQuery() {
        return new SearchQuery(String.join(" ", words), Optional.empty(),
                operation.isEmpty() ? Optional.empty() : Optional.of(operation), 1);
    }
}
