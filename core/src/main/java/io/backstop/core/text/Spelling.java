package io.backstop.core.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Backstop reads what people write before it compares words: lower-case, {@code ё} as {@code е}, one kind of
 * apostrophe, English contractions spelt out, punctuation as a single space. So "We'll get back" meets "we will get
 * back", and "ещё не исправлено" meets "еще не исправлено". Holding replies and the complaint lexicon read alike.
 */
public final class Spelling {

    private static final Pattern APOSTROPHE = Pattern.compile("[’ʼ`´]");

    private Spelling() {
    }

    /** Lower-case, {@code ё} as {@code е}, one apostrophe; punctuation kept. */
    public static String lower(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return APOSTROPHE.matcher(lower).replaceAll("'");
    }

    /**
     * Words only, single-spaced, English contractions spelt out ("haven't" as "have not"). Takes text already
     * {@link #lower lowered}.
     */
    public static String words(String lowered) {
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
}
