package io.backstop.core.complaint.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for any message, written as a client might (words of the lexicon among others). */
class SuspectPropertyTest {

    private static final SuspectedComplaints DEFAULTS = new SuspectedComplaints(Lexicon.defaults());
    private static final String[] WORDS = {"жалоба", "сайт", "до", "сих", "пор", "не", "работает", "сколько",
        "можно", "третий", "раз", "пишу", "спасибо", "complaint", "still", "not", "fixed", "the", "site", "thanks",
        "unacceptable", "никаких", "жалоб", "недовольны", "когда", "уже", "ё", "Ещё", "макет", "no", "answer"};

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(12).map(w -> String.join(" ", w));
        return sentence.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(". ", s) + ".");
    }

    @Property
    void quotingAnythingBelowAMessageChangesNothing(@ForAll("messages") String message,
                                                    @ForAll("messages") String quoted) {
        String withQuote = message + "\n\n" + Arrays.stream(quoted.split("\\. ")).map(line -> "> " + line)
                .collect(Collectors.joining("\n"));

        assertThat(DEFAULTS.check(withQuote, false)).isEqualTo(DEFAULTS.check(message, false));
    }

    @Property
    void caseAndTheLetterYoChangeNothing(@ForAll("messages") String message) {
        assertThat(DEFAULTS.wordsIn(message.toUpperCase(Locale.ROOT)))
                .isEqualTo(DEFAULTS.wordsIn(message.replace('ё', 'е')));
    }

    @Property
    void aRepeatIsAlwaysSuspectedAndNamedLast(@ForAll("messages") String message) {
        var signals = DEFAULTS.check(message, true).orElseThrow().signals();

        assertThat(signals.get(signals.size() - 1)).isEqualTo(Signal.repeat());
        assertThat(signals.subList(0, signals.size() - 1)).allMatch(s -> s.kind() == Signal.Kind.WORD);
    }

    @Property
    void theExcerptIsTheClientsOwnWordsWithinTheLimit(@ForAll("messages") String message) {
        DEFAULTS.check(message, true).ifPresent(s -> {
            assertThat(s.excerpt().length()).isLessThanOrEqualTo(Suspicion.MAX_EXCERPT);
            assertThat(message.replaceAll("\\s+", " ")).contains(s.excerpt().replace("…", ""));
        });
    }
}
