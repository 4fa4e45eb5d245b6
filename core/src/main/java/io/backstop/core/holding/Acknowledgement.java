package io.backstop.core.holding;

import java.util.Set;

/**
 * A reply that only acknowledges ("Ок", "Спасибо!", "Принял", "👍") and a client's message that needs nothing more
 * ("Спасибо, всё отлично!"). An acknowledgement answers the second and holds the first: an "ok" to a letter that
 * asks for work tells the client nothing, and must not stop the clock for good.
 */
final class Acknowledgement {

    /** Longer than this, a reply says more than "ok" whatever its words. */
    private static final int LONGEST = 60;

    /** Words that acknowledge and say nothing else (lower case, {@code ё} as {@code е}). */
    private static final Set<String> ACKNOWLEDGING = Set.of(
            "ok", "okay", "ок", "окей", "ага", "угу", "да", "хорошо", "ладно", "понял", "поняла", "поняли", "понятно",
            "ясно", "принял", "приняла", "приняли", "принято", "спасибо", "благодарю", "большое", "добрый", "день",
            "здравствуйте", "thanks", "thank", "you", "thx", "got", "it", "noted", "sure", "yes", "fine", "hello",
            "hi", "received", "alright", "sounds", "good");

    /** Words of a client who needs nothing more: thanks, agreement, goodbye. */
    private static final Set<String> CLOSING = Set.of(
            "ok", "okay", "ок", "окей", "спасибо", "благодарю", "большое", "огромное", "отлично", "хорошо",
            "понятно", "ясно", "договорились", "супер", "все", "вопросов", "больше", "нет", "хорошего", "дня", "до",
            "свидания", "добрый", "день", "thanks", "thank", "you", "very", "much", "great", "perfect", "fine", "all",
            "good", "got", "it", "bye", "have", "a", "nice", "day", "cheers", "noted", "и", "вам", "тоже", "and");

    private Acknowledgement() {
    }

    /** Whether the reply's own words (quotes cut out, lowered) only acknowledge. */
    static boolean isBare(String own) {
        return own.strip().length() <= LONGEST && onlyWordsOf(own, ACKNOWLEDGING);
    }

    /** Whether the client's words need no answer beyond an acknowledgement; blank ones do not ask anything. */
    static boolean needsNothing(String clientWords) {
        return onlyWordsOf(OwnWords.of(clientWords), CLOSING);
    }

    private static boolean onlyWordsOf(String lowered, Set<String> vocabulary) {
        String words = OwnWords.words(lowered);
        if (words.isEmpty()) {
            return true; // "+", "👍", "!": a sign, not words
        }
        for (String word : words.split(" ")) {
            if (!vocabulary.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
