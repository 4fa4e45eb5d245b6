package io.backstop.core.library;

import io.backstop.core.text.Stems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text as the library compares them: lower-case, {@code ё} read as {@code е}, split on anything
 * that is not a letter or a digit, common function words dropped, and a light suffix stripping ({@link Stems}).
 *
 * <p>Without stripping, a search for "счет" would miss most of the answers about invoices ("счета", "счету"). The
 * stripper conflates some unrelated words; for a library ranked by reuse that costs less than missing the inflected
 * ones.
 */
public final class Words {

    static final int MIN_STEM = Stems.MIN_STEM;

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

    /** One word (already lower-case) without its ending ({@link Stems}, shared with the complaint lexicon). */
    static String stem(String word) {
        return Stems.stem(word);
    }
}
