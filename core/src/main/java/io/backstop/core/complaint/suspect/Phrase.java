package io.backstop.core.complaint.suspect;

import io.backstop.core.text.Spelling;
import io.backstop.core.text.Stems;
import java.util.ArrayList;
import java.util.List;

/**
 * One lexicon entry as the matcher reads it: its words in order, each compared by its stem ("жалоба" meets
 * "жалобу", "complaint" meets "complaints"), or, when it ends with {@code *}, as the beginning of a word ("недовол*"
 * meets "недоволен", "недовольны", "недовольство"); {@code …} (or {@code ...}) between two words lets up to
 * {@value #GAP} other words stand there ("до сих пор … не" meets "до сих пор так и не").
 *
 * @param entry the entry as written in the settings
 * @param words the stems and beginnings to meet, {@link #ANY} for a gap
 */
record Phrase(String entry, List<String> words, List<Boolean> prefixes) {

    /** The most words a gap stands for. */
    static final int GAP = 3;
    /** A gap among the words. */
    static final String ANY = "…";

    /** The entry read; no words when it has no letter or digit. */
    static Phrase of(String entry) {
        List<String> words = new ArrayList<>();
        List<Boolean> prefixes = new ArrayList<>();
        for (String raw : Spelling.lower(entry).trim().split("\\s+")) {
            if (raw.equals(ANY) || raw.equals("...")) {
                words.add(ANY);
                prefixes.add(false);
                continue;
            }
            boolean prefix = raw.endsWith("*");
            String spelt = Spelling.words(prefix ? raw.substring(0, raw.length() - 1) : raw);
            String[] parts = spelt.isEmpty() ? new String[0] : spelt.split(" ");
            for (int i = 0; i < parts.length; i++) {
                boolean last = prefix && i == parts.length - 1; // "по-прежн*": the star belongs to the last part
                words.add(last ? parts[i] : Stems.stem(parts[i]));
                prefixes.add(last);
            }
        }
        return new Phrase(entry, List.copyOf(words), List.copyOf(prefixes));
    }

    /** Whether the entry has words to meet, with no gap at either end. */
    boolean usable() {
        return !words.isEmpty() && !words.get(0).equals(ANY) && !words.get(words.size() - 1).equals(ANY);
    }

    /**
     * Whether the phrase starts at {@code at} in {@code text} (words lowered and spelt out), whose stems are
     * {@code stems} (read once per sentence, not once per entry).
     */
    boolean startsAt(List<String> text, List<String> stems, int at) {
        return matches(text, stems, at, 0);
    }

    private boolean matches(List<String> text, List<String> stems, int at, int word) {
        if (word == words.size()) {
            return true;
        }
        if (words.get(word).equals(ANY)) {
            for (int skip = 0; skip <= GAP; skip++) {
                if (matches(text, stems, at + skip, word + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (at >= text.size()) {
            return false;
        }
        boolean same = prefixes.get(word) ? text.get(at).startsWith(words.get(word))
                : stems.get(at).equals(words.get(word));
        return same && matches(text, stems, at + 1, word + 1);
    }
}
