package io.backstop.core.text;

/**
 * Words without their endings, as Backstop compares words people write: the answer library's search and the
 * complaint lexicon share it, so "жалоба", "жалобу" and "жалобой" are one word to both.
 *
 * <p>Why stem at all: Russian inflects nouns by case, so a client writes "счёт", "счета", "счету" and "счётом"
 * for one thing. The stripper removes one ending from a fixed list (longest first) and never leaves a stem shorter
 * than {@value #MIN_STEM} letters, so short words stay whole. It conflates some unrelated words, and misses forms
 * whose stem changes ("недоволен", "недовольны"): the lexicon's {@code *} covers those. English gets only its plural
 * "-s"/"-ies", which covers most of what clients write about (reports, invoices, banners, complaints).
 */
public final class Stems {

    public static final int MIN_STEM = 4;

    /** Longest first, so "-ами" is tried before "-и". */
    private static final String[] RUSSIAN_ENDINGS = {
        "иями", "ями", "ами", "ией", "ием", "иям", "иях", "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся",
        "ить", "ать", "ять", "еть", "ует", "уют", "ает", "ают", "ила", "ала", "яла", "или", "али",
        "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев",
        "ью", "ия", "ию", "ии", "ил", "ал", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"
    };

    private Stems() {
    }

    /** One word (already lower-case) without its ending. */
    public static String stem(String word) {
        if (isCyrillic(word)) {
            for (String ending : RUSSIAN_ENDINGS) {
                if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                    return word.substring(0, word.length() - ending.length());
                }
            }
            return word;
        }
        if (word.endsWith("ies") && word.length() - 3 >= MIN_STEM - 1) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && word.length() - 1 >= MIN_STEM) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
