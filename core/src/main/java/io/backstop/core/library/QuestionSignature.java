package io.backstop.core.library;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * What makes two client questions "the same question" for the missing-answers list: the operation the reply
 * earned and the question's {@value #SALIENT} most salient words.
 *
 * <p>Salient means shared: among the replies looked at, the words found in the most questions. Questions of one
 * kind repeat their subject words ("отчет", "продвижен", "счет") while the rest varies from client to client
 * ("придет", "пришлите", a date), so ranking a question's words by how many questions contain them picks the
 * subject. Ties go to the longer word (short ones are glue), then the alphabet; the chosen words are kept sorted,
 * so word order and repeats never change the signature. Only words of {@value #MIN_LENGTH}+ letters that are not
 * numbers count; a message with fewer than {@value #MIN_SALIENT} of them has no signature ("ok, thanks" is not a
 * question the library can answer).
 *
 * @param operation the operation code the reply earned, or {@code ""} when the issue type earns none
 * @param words     the salient words, sorted, {@value #MIN_SALIENT} to {@value #SALIENT} of them
 */
public record QuestionSignature(String operation, List<String> words) {

    public static final int SALIENT = 2;
    public static final int MIN_SALIENT = 2;
    public static final int MIN_LENGTH = 4;

    public QuestionSignature {
        Check.notNull(operation, "operation");
        words = List.copyOf(Check.notNull(words, "words"));
        if (words.size() < MIN_SALIENT || words.size() > SALIENT) {
            throw Check.invalid("words", Problem.of("error.library.signatureHasWords", MIN_SALIENT, SALIENT));
        }
    }

    /** The words of {@code question} a signature may use: normalised, {@value #MIN_LENGTH}+ letters, not numbers. */
    public static Set<String> candidates(String question) {
        Set<String> words = new TreeSet<>();
        for (String w : Words.distinct(question)) {
            if (w.codePointCount(0, w.length()) >= MIN_LENGTH && !w.chars().allMatch(Character::isDigit)) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The signature of {@code question} answered under {@code operation}, if it has enough candidate words;
     * {@code shared} tells in how many questions a word occurs.
     */
    public static Optional<QuestionSignature> of(Optional<String> operation, String question,
                                                 ToIntFunction<String> shared) {
        List<String> words = new ArrayList<>(candidates(question));
        if (words.size() < MIN_SALIENT) {
            return Optional.empty();
        }
        words.sort(Comparator.<String>comparingInt(shared::applyAsInt).reversed()
                .thenComparing(Comparator.comparingInt(String::length).reversed())
                .thenComparing(Comparator.naturalOrder()));
        List<String> chosen = new ArrayList<>(words.subList(0, Math.min(SALIENT, words.size())));
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
            throw Check.invalid("signature", Problem.of("error.library.expectedOperationWords", key));
        }
        return new QuestionSignature(key.substring(0, bar), List.of(key.substring(bar + 1).split(" ")));
    }

    /** A search that finds the entries answering this kind of question. */
    public SearchQuery asQuery() {
        return new SearchQuery(String.join(" ", words), Optional.empty(),
                operation.isEmpty() ? Optional.empty() : Optional.of(operation), 1);
    }
}
