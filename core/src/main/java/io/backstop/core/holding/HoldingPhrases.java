package io.backstop.core.holding;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The department's holding phrases and the length under which a reply may be holding (settings; the head edits
 * them). A phrase matches whole words in the manager's own words, whatever the case, {@code ё} or {@code е},
 * spacing and punctuation: "уточним и вернёмся" matches "Уточним, и вернемся". An empty list turns detection from
 * text off.
 *
 * @param phrases the phrases, Russian and English together
 * @param limit   a reply of this many characters or more is an answer, whatever it says
 */
public record HoldingPhrases(List<String> phrases, int limit) {

    public static final int DEFAULT_LIMIT = 300;
    public static final int MAX_LIMIT = 10_000;

    /** Words that, right before a phrase, turn it around: "не получили" is news, not an acknowledgement. */
    private static final List<String> NEGATIONS = List.of("не", "not");

    public HoldingPhrases {
        phrases = Check.list(phrases, "phrases");
        for (int i = 0; i < phrases.size(); i++) {
            Check.notBlank(phrases.get(i), "phrases[" + i + "]");
            if (OwnWords.words(OwnWords.lower(phrases.get(i))).isEmpty()) {
                throw Check.invalid("phrases[" + i + "]", Problem.of("error.input.containLetterDigit", phrases.get(i)));
            }
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Check.invalid("limit", Problem.of("error.input.between1To", MAX_LIMIT, limit));
        }
    }

    /**
     * What account managers of a web agency write when they have read a message but cannot answer yet, in Russian
     * (first person plural and singular) and English, with the limit of {@value #DEFAULT_LIMIT} characters.
     */
    public static HoldingPhrases defaults() {
        List<String> phrases = new ArrayList<>(List.of(
                "получили", "ответим", "скоро ответим", "отвечу", "уточним", "уточню", "уточняем",
                "уточним и вернёмся", "вернёмся", "вернусь", "вернёмся с ответом", "передали специалисту",
                "передали в работу", "приняли в работу", "взяли в работу", "разбираемся", "изучаем вопрос",
                "посмотрим и напишем", "отпишемся", "сообщим", "принято", "приняли", "понял", "поняла",
                "посмотрю", "посмотрим"));
        phrases.addAll(List.of(
                "we got it", "got your message", "received your message", "received your request",
                "we'll get back", "we will get back to you", "get back to you", "looking into it",
                "looking into this", "will reply", "will answer", "will respond", "will come back to you",
                "will let you know", "will update you", "passed it to", "checking with", "bear with us",
                "got it", "noted", "will do"));
        return new HoldingPhrases(phrases, DEFAULT_LIMIT);
    }

    /** The same phrases with another limit. */
    public HoldingPhrases withLimit(int limit) {
        return new HoldingPhrases(phrases, limit);
    }

    /**
     * The phrase that stands earliest in {@code ownWords} (already {@link OwnWords#of taken from a reply}), not
     * right after a negation; empty when there is none.
     */
    Optional<String> foundIn(String ownWords) {
        String text = " " + OwnWords.words(ownWords) + " ";
        String found = null;
        int foundAt = Integer.MAX_VALUE;
        for (String phrase : phrases) {
            int at = firstUse(text, " " + OwnWords.words(OwnWords.lower(phrase)) + " ");
            if (at >= 0 && at < foundAt) {
                found = phrase;
                foundAt = at;
            }
        }
        return Optional.ofNullable(found);
    }

    private static int firstUse(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (!NEGATIONS.contains(OwnWords.wordBefore(text, at))) {
                return at;
            }
        }
        return -1;
    }
}
