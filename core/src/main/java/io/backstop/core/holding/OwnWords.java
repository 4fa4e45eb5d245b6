package io.backstop.core.holding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The manager's own words in a reply: quoted text cut out, lower-case, {@code ё} read as {@code е}, one kind of
 * apostrophe. A quote is the client's words ("> Вы получили макет?"): a phrase or a date in it promises nothing.
 * Cut are Jira's {@code {quote}} (and {@code {code}}, {@code {noformat}}) blocks, lines starting with {@code >} or
 * Jira's {@code bq.}, and spans in paired quotation marks ({@code «»}, {@code „“}, {@code “”}, {@code "..."}).
 */
final class OwnWords {

    /** Jira's quote, code and noformat blocks: the client's words, or a log, never the manager's acknowledgement. */
    private static final Pattern JIRA_BLOCK = Pattern.compile(
            "(?is)\\{(quote|code|noformat)(:[^}]*)?}.*?(\\{\\1}|\\z)");
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*(>|bq\\.).*$");
    private static final Pattern QUOTED_SPAN = Pattern.compile("«[^»]*»|„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"");
    private static final Pattern APOSTROPHE = Pattern.compile("[’ʼ`´]");
    /** A question mark that ends a question, not one inside a link ({@code site.ru/?p=1}). */
    private static final Pattern QUESTION = Pattern.compile("[?？](?![\\p{L}\\p{N}=&_/%-])");

    private OwnWords() {
    }

    /** The reply without quotes, lower-case, {@code ё} as {@code е}; punctuation kept for reading dates. */
    static String of(String text) {
        String own = JIRA_BLOCK.matcher(text).replaceAll(" ");
        own = QUOTED_LINE.matcher(own).replaceAll(" ");
        own = QUOTED_SPAN.matcher(own).replaceAll(" ");
        return lower(own);
    }

    static String lower(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return APOSTROPHE.matcher(lower).replaceAll("'");
    }

    /**
     * Whether the manager asks the client something. Then the next move is the client's: a promise opened by such
     * a reply would break through the client's silence, so the reply is not holding.
     */
    static boolean asksBack(String own) {
        return QUESTION.matcher(own).find();
    }

    /**
     * Words only, single-spaced, English contractions spelt out, so that "we'll get back" and "We will get back"
     * meet. Takes text already {@link #lower lowered}.
     */
    static String words(String lowered) {
        String spelt = lowered.replace("won't", "will not").replace("can't", "can not").replace("n't", " not")
                .replace("'ll", " will").replace("'re", " are").replace("'ve", " have").replace("'m", " am")
                .replace("'d", " would");
        StringBuilder out = new StringBuilder(spelt.length());
        boolean space = true;
        for (int i = 0; i < spelt.length(); i++) {
            char c = spelt.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
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
