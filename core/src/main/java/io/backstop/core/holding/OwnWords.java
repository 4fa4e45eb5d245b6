package io.backstop.core.holding;

import io.backstop.core.text.Quotes;
import io.backstop.core.text.Spelling;
import java.util.regex.Pattern;

/**
 * The manager's own words in a reply: quoted text cut out ({@link Quotes}), lower-case, {@code ё} read as
 * {@code е}, one kind of apostrophe. A quote is the client's words ("> Вы получили макет?"): a phrase or a date in it
 * promises nothing.
 */
final class OwnWords {

    /** A question mark that ends a question, not one inside a link ({@code site.ru/?p=1}). */
    private static final Pattern QUESTION = Pattern.compile("[?？](?![\\p{L}\\p{N}=&_/%-])");

    private OwnWords() {
    }

    /** The reply without quotes, lower-case, {@code ё} as {@code е}; punctuation kept for reading dates. */
    static String of(String text) {
        return lower(Quotes.cut(text));
    }

    static String lower(String text) {
        return Spelling.lower(text);
    }

    /**
     * Whether the manager asks the client something. Then the next move is the client's: a promise opened by such
     * a reply would break through the client's silence, so the reply is not holding.
     */
    static boolean asksBack(String own) {
        return QUESTION.matcher(own).find();
    }

    /** Words only, single-spaced, contractions spelt out ({@link Spelling#words}); takes lowered text. */
    static String words(String lowered) {
        return Spelling.words(lowered);
    }

    /** The word right before {@code index} in {@code text} (letters and digits), or "" at the start. */
    static String wordBefore(String text, int index) {
        int end = index;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
