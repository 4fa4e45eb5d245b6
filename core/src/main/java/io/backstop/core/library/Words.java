package io.backstop.core.library;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text as the library compares them: lower-case, {@code ё} read as {@code е}, split on anything
 * that is not a letter or a digit, common function words dropped, and a light suffix stripping.
 *
 * <p>Why stem at all: Russian inflects nouns by case, so a client writes "счёт", "счета", "счету" and "счётом"
 * for one thing; without stripping, a search for "счет" would miss most of the answers about invoices. The stripper
 * removes one ending from a fixed list (longest first) and never leaves a stem shorter than {@value #MIN_STEM}
 * letters, so short words stay whole. It conflates some unrelated words; for a library ranked by reuse that costs
 * less than missing the inflected ones. English gets only its plural "-s"/"-ies", which covers most of what clients
 * ask about (reports, invoices, banners).
 */
public final class Words {

    static final int MIN_STEM = 4;

    /** Longest first, so "-ами" is tried before "-и". */
    private static final String[] RUSSIAN_ENDINGS = {
        "иями", "ями", "ами", "ией", "ием", "иям", "иях", "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся",
        "ить", "ать", "ять", "еть", "ует", "уют", "ает", "ают", "ила", "ала", "яла", "или", "али",
        "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев",
        "ью", "ия", "ию", "ии", "ил", "ал", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"
    };

    private static final Set<String> STOP_WORDS = Set.of(
            // Russian function words
            "и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все", "она", "так", "его",
            "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по", "только", "ее", "мне", "было", "вот", "от",
            "меня", "еще", "нет", "о", "из", "ему", "теперь", "когда", "даже", "ну", "ли", "если", "уже", "или",
            "ни", "быть", "был", "него", "до", "вас", "нибудь", "опять", "уж", "вам", "ведь", "там", "потом",
            "себя", "ничего", "ей", "может", "они", "тут", "где", "есть", "надо", "ней", "для", "мы", "тебя", "их",
            "чем", "была", "сам", "чтоб", "без", "будто", "чего", "раз", "тоже", "себе", "под", "будет", "ж",
            "тогда", "кто", "этот", "того", "потому", "этого", "какой", "совсем", "ним", "здесь", "этом", "один",
            "почти", "мой", "тем", "чтобы", "нее", "были", "куда", "зачем", "всех", "никогда", "можно", "при",
            "об", "это", "эти", "наш", "нас", "ваш", "вашем", "нам", "здравствуйте", "добрый", "день", "спасибо",
            "пожалуйста", "подскажите", "скажите", "готов", "готова", "готово", "готовы", "нужно", "хочу",
            "хотим", "хотели", "сделать", "можете", "прошу", "вопрос", "уточните", "сколько", "почему",
            // English function words
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "be", "it", "this",
            "that", "we", "you", "i", "my", "our", "your", "with", "do", "does", "can", "how", "what", "why",
            "when", "hello", "hi", "please", "thanks", "thank", "there", "have", "has", "not", "no", "at", "by");

    private Words() {
    }

    /** The words of {@code text} in order, repeats kept; empty for null or blank text. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            int c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append((char) c);
            } else if (word.length() > 0) {
                String w = word.toString();
                word.setLength(0);
                boolean stray = w.length() == 1 && !Character.isDigit(w.charAt(0)); // "query's" leaves an "s"
                if (!stray && !STOP_WORDS.contains(w)) {
                    terms.add(stem(w));
                }
            }
        }
        return terms;
    }

    /** The distinct words of {@code text}, in order of first appearance. */
    public static Set<String> distinct(String text) {
        return new LinkedHashSet<>(terms(text));
    }

    /** One word (already lower-case) without its ending. */
    static String stem(String word) {
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
