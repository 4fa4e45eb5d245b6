package io.backstop.core.complaint.suspect;

import io.backstop.core.text.Quotes;
import io.backstop.core.text.Spelling;
import io.backstop.core.text.Stems;
import io.backstop.core.validation.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads every client message for a complaint nobody flagged: the lexicon's words in the client's own words, and the
 * repeat signal (the client writes again before anyone answered). It only suspects; a person confirms or dismisses.
 *
 * <p>What it does not count:
 * <ul>
 *   <li>quoted text ({@link Quotes}): a client's earlier "Сколько можно?" quoted under "Всё получили, спасибо";</li>
 *   <li>a word right after a negation, or after a negation and an article: "никаких жалоб", "это не жалоба",
 *       "no complaints", "not a complaint";</li>
 *   <li>a phrase across sentences: each sentence is read on its own, and the excerpt is the sentence found.</li>
 * </ul>
 */
public final class SuspectedComplaints {

    /** Words that turn the lexicon word right after them around. */
    private static final Set<String> NEGATIONS = Set.of("не", "нет", "ни", "никаких", "никакой", "без", "no", "not",
            "never", "without");
    /** Words that may stand between a negation and what it turns around: "not a complaint", "no real complaints". */
    private static final Set<String> BETWEEN = Set.of("a", "an", "any", "the", "real", "single");
    /** Where a sentence ends: after its mark, or at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\s*\\n\\s*");

    private final List<Phrase> phrases;

    public SuspectedComplaints(Lexicon lexicon) {
        this.phrases = Check.notNull(lexicon, "lexicon").phrases();
    }

    /**
     * The suspicion a client message raises, if any.
     *
     * @param repeat whether another client message already waits in the same awaiting cycle
     */
    public Optional<Suspicion> check(String text, boolean repeat) {
        String own = text == null ? "" : Quotes.cut(text);
        Set<String> found = new LinkedHashSet<>();
        String excerpt = null;
        for (String sentence : SENTENCE_END.split(own)) {
            List<String> words = words(sentence);
            if (found.addAll(wordsFound(words)) && excerpt == null) {
                excerpt = sentence.strip();
            }
        }
        List<Signal> signals = new ArrayList<>();
        found.forEach(entry -> signals.add(Signal.word(entry)));
        if (repeat) {
            signals.add(Signal.repeat());
        }
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Suspicion(signals, shortened(excerpt != null ? excerpt : beginning(own, text))));
    }

    /** The lexicon's entries found in {@code text}'s own words, in the order they stand; for the examples. */
    public List<String> wordsIn(String text) {
        return check(text, false).map(s -> s.signals().stream().map(signal -> signal.word().orElseThrow()).toList())
                .orElse(List.of());
    }

    private List<String> wordsFound(List<String> words) {
        List<String> stems = words.stream().map(Stems::stem).toList();
        List<String> found = new ArrayList<>();
        for (int at = 0; at < words.size(); at++) {
            for (Phrase phrase : phrases) {
                if (phrase.usable() && phrase.startsAt(words, stems, at) && !negated(words, at)
                        && !found.contains(phrase.entry())) {
                    found.add(phrase.entry());
                }
            }
        }
        return found;
    }

    private static boolean negated(List<String> words, int at) {
        if (at >= 1 && NEGATIONS.contains(words.get(at - 1))) {
            return true;
        }
        return at >= 2 && BETWEEN.contains(words.get(at - 1)) && NEGATIONS.contains(words.get(at - 2));
    }

    private static List<String> words(String sentence) {
        String spelt = Spelling.words(Spelling.lower(sentence));
        return spelt.isEmpty() ? List.of() : Arrays.asList(spelt.split(" "));
    }

    /** A message of quotes only shows its beginning as written: the repeat is what raised it. */
    private static String beginning(String own, String text) {
        String start = own.isBlank() ? (text == null ? "" : text) : own;
        return start.strip().replaceAll("\\s+", " ");
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= Suspicion.MAX_EXCERPT ? line
                : line.substring(0, Suspicion.MAX_EXCERPT - 1).strip() + "…";
    }
}
