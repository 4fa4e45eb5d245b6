package io.backstop.core.complaint.suspect;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The words that make a client message a suspected complaint (settings {@code complaints.lexicon}; the head edits
 * them), English and Russian. An entry is a word or a phrase, matched as whole words in the client's own words
 * (quotes cut out), whatever the case, {@code ё} or {@code е} and punctuation, in any of its endings ("жалоба" meets
 * "жалобу" and "жалобой"); a word ending with {@code *} matches any word it begins ("недовол*": "недоволен",
 * "недовольны"); {@code …} between two words lets up to three other words stand there ("до сих пор … не").
 * Both lists are read for every message: clients mix languages. An empty lexicon leaves only the repeat signal.
 */
public record Lexicon(List<String> en, List<String> ru) {

    /** Entries a list may hold: enough for any department, few enough to read every message against. */
    public static final int MAX_ENTRIES = 300;
    /** The longest entry: a phrase, not a letter. */
    public static final int MAX_ENTRY = 100;
    /** The fewest letters before a {@code *}: "н*" would flag nearly every Russian message. */
    public static final int MIN_PREFIX = 3;

    public Lexicon {
        en = checked(en, "en");
        ru = checked(ru, "ru");
    }

    /**
     * What a web agency's clients write when they are unhappy with the service, as the department knows it: the
     * issue's words ("жалоба", "безобразие", "недоволен", "сколько можно", "расторгнуть", "третий раз", "до сих пор",
     * "когда уже"; "complaint", "unacceptable", "third time") and their kin.
     */
    public static Lexicon defaults() {
        return new Lexicon(List.of(
                "complaint", "complain", "unacceptable", "not acceptable", "third time", "how many times",
                "still waiting", "still not", "still no", "still have not", "still has not", "still does not",
                "nobody answers", "no one answers", "nobody replied", "no answer", "no reply", "nobody told us",
                "no one told us", "without warning", "is silent", "disappointed", "disappointing", "fed up",
                "ridiculous", "disgrace", "outrageous", "outraged", "terrible", "not good enough", "no result",
                "repeatedly", "asked several times", "what are we paying", "cancel … contract", "end* … contract",
                "terminat*", "another agency", "not happy", "unhappy", "how long do we have to wait"),
                List.of(
                "жалоба", "пожалуюсь", "буду жаловаться", "безобраз*", "недовол*", "не устраива*", "сколько можно",
                "расторг*", "расторж*", "третий раз", "до сих пор … не", "до сих пор … нет", "до сих пор … никто",
                "до сих пор … ничего", "до сих пор ждем", "до сих пор жду", "до сих пор висит", "когда уже",
                "претензи*", "возмут*", "возмущ*", "неприемлем*", "недопустим*", "разочаров*", "издевательств*", "сколько раз", "в который раз",
                "неоднократно", "никто не отвечает", "не дозвониться", "никто не сказал", "никто не предупредил",
                "без предупреждения", "молчит", "молчите", "никакого результата", "нет результата",
                "без результата", "за что мы платим", "другому подрядчику", "другое агентство", "сроки сорваны",
                "сорвали сроки", "так и не", "по-прежнему не"));
    }

    /** Every entry of both lists, read for matching, English first. */
    List<Phrase> phrases() {
        List<Phrase> phrases = new ArrayList<>();
        en.forEach(entry -> phrases.add(Phrase.of(entry)));
        ru.forEach(entry -> phrases.add(Phrase.of(entry)));
        return phrases;
    }

    private static List<String> checked(List<String> entries, String field) {
        List<String> list = Check.list(entries, field);
        if (list.size() > MAX_ENTRIES) {
            throw Check.invalid(field, Problem.of("error.complaint.holdMostEntries", MAX_ENTRIES, list.size()));
        }
        for (int i = 0; i < list.size(); i++) {
            check(list.get(i), field + "[" + i + "]");
        }
        return list;
    }

    private static void check(String entry, String field) {
        Check.notBlank(entry, field);
        if (entry.length() > MAX_ENTRY) {
            throw Check.invalid(field, Problem.of("error.input.mostCharacters", MAX_ENTRY));
        }
        for (String word : entry.trim().split("\\s+")) {
            int star = word.indexOf('*');
            if (star >= 0 && star != word.length() - 1) {
                throw Check.invalid(field, Problem.of("error.complaint.onlyEndWord", entry));
            }
            if (star >= 0 && lettersBefore(word, star) < MIN_PREFIX) {
                throw Check.invalid(field, Problem.of("error.complaint.wordEndingNeeds", MIN_PREFIX, entry));
            }
        }
        Phrase phrase = Phrase.of(entry);
        if (phrase.words().isEmpty()) {
            throw Check.invalid(field, Problem.of("error.input.containLetterDigit", entry));
        }
        if (!phrase.usable()) {
            throw Check.invalid(field, Problem.of("error.complaint.standBetweenTwo", entry));
        }
    }

    /** Letters and digits of the word's last part before its star ("по-прежн*": "прежн"). */
    private static int lettersBefore(String word, int star) {
        int count = 0;
        for (int i = star - 1; i >= 0 && Character.isLetterOrDigit(word.charAt(i)); i--) {
            count++;
        }
        return count;
    }
}
