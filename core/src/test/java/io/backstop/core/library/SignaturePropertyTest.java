package io.backstop.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Signatures ignore word order and repeats; the missing list keeps only what is frequent and uncovered. */
class SignaturePropertyTest {

    private static final List<String> VOCABULARY = List.of("счёт", "отчёт", "реклама", "хостинг", "баннер",
            "оплата", "договор", "продвижение", "сайт", "ок", "да", "1", "2026");

    @Provide
    Arbitrary<List<String>> questions() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(8);
    }

    @Property(tries = 500)
    void orderAndRepeatsDoNotMatter(@ForAll("questions") List<String> words, @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(words);
        shuffled.addAll(words);
        Collections.shuffle(shuffled, new Random(seed));
        Optional<QuestionSignature> one = QuestionSignature.of(Optional.of("client-question"), String.join(" ", words));
        Optional<QuestionSignature> two = QuestionSignature.of(Optional.of("client-question"),
                String.join(". ", shuffled));
        assertThat(two).isEqualTo(one);
        one.ifPresent(s -> {
            assertThat(QuestionSignature.parse(s.key())).isEqualTo(s);
            assertThat(Words.distinct(String.join(" ", words))).containsAll(s.words());
        });
    }

    @Provide
    Arbitrary<List<AnsweredQuestion>> traces() {
        Arbitrary<AnsweredQuestion> one = Combinators.combine(questions(), Arbitraries.integers().between(0, 1000))
                .as((words, minute) -> QuestionSignature.of(Optional.of("client-question"), String.join(" ", words))
                        .map(s -> new AnsweredQuestion(s, "WEB-" + minute, String.join(" ", words), "anna",
                                Instant.EPOCH.plusSeconds(60L * minute)))
                        .orElse(null));
        return one.list().ofMaxSize(60).map(list -> list.stream().filter(java.util.Objects::nonNull).toList());
    }

    @Property(tries = 300)
    void missingAreFrequentUncoveredAndCountedExactly(@ForAll("traces") List<AnsweredQuestion> traces,
                                                      @ForAll("coveredWords") Set<String> coveredBy) {
        int min = 2;
        List<MissingAnswer> missing = MissingAnswers.find(traces, min,
                s -> s.words().stream().anyMatch(coveredBy::contains));
        for (MissingAnswer m : missing) {
            long times = traces.stream().filter(t -> t.signature().equals(m.signature())).count();
            assertThat(m.times()).isEqualTo(times).isGreaterThanOrEqualTo(min);
            assertThat(m.signature().words()).noneMatch(coveredBy::contains);
            assertThat(m.examples()).isNotEmpty().hasSizeLessThanOrEqualTo(MissingAnswers.EXAMPLES);
        }
        for (int i = 1; i < missing.size(); i++) {
            assertThat(missing.get(i).times()).isLessThanOrEqualTo(missing.get(i - 1).times());
        }
        traces.stream().map(AnsweredQuestion::signature).distinct()
                .filter(s -> traces.stream().filter(t -> t.signature().equals(s)).count() >= min)
                .filter(s -> s.words().stream().noneMatch(coveredBy::contains))
                .forEach(s -> assertThat(missing).anyMatch(m -> m.signature().equals(s)));
    }

    @Provide
    Arbitrary<Set<String>> coveredWords() {
        return Arbitraries.of(VOCABULARY).map(w -> Words.terms(w).isEmpty() ? "" : Words.terms(w).get(0))
                .set().ofMaxSize(3);
    }
}
