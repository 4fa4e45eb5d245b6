package io.backstop.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        java.util.function.ToIntFunction<String> shared = w -> w.length() % 3;
        Optional<QuestionSignature> one = QuestionSignature.of(Optional.of("client-question"), String.join(" ", words),
                shared);
        Optional<QuestionSignature> two = QuestionSignature.of(Optional.of("client-question"),
                String.join(". ", shuffled), shared);
        assertThat(two).isEqualTo(one);
        one.ifPresent(s -> {
            assertThat(QuestionSignature.parse(s.key())).isEqualTo(s);
            assertThat(Words.distinct(String.join(" ", words))).containsAll(s.words());
        });
    }

    @Provide
    Arbitrary<List<AnsweredQuestion>> traces() {
        Arbitrary<AnsweredQuestion> one = Combinators.combine(questions(), Arbitraries.integers().between(0, 1000))
                .as((words, minute) -> new AnsweredQuestion(Optional.of("client-question"), "WEB-" + minute,
                        String.join(" ", words), "anna", Instant.EPOCH.plusSeconds(60L * minute)));
        return one.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void missingAreFrequentUncoveredAndCountedExactly(@ForAll("traces") List<AnsweredQuestion> traces,
                                                      @ForAll("coveredWords") Set<String> coveredBy) {
        int min = 2;
        List<MissingAnswer> missing = MissingAnswers.find(traces, min,
                s -> s.words().stream().anyMatch(coveredBy::contains));
        Map<String, Integer> shared = new HashMap<>();
        traces.forEach(t -> QuestionSignature.candidates(t.question()).forEach(w -> shared.merge(w, 1, Integer::sum)));
        Map<AnsweredQuestion, Optional<QuestionSignature>> signatures = new HashMap<>();
        traces.forEach(t -> signatures.put(t, QuestionSignature.of(t.operation(), t.question(),
                w -> shared.getOrDefault(w, 0))));
        for (MissingAnswer m : missing) {
            long times = traces.stream().filter(t -> signatures.get(t).equals(Optional.of(m.signature()))).count();
            assertThat(m.times()).isEqualTo(times).isGreaterThanOrEqualTo(min);
            assertThat(m.signature().words()).noneMatch(coveredBy::contains);
            assertThat(m.examples()).isNotEmpty().hasSizeLessThanOrEqualTo(MissingAnswers.EXAMPLES);
        }
        for (int i = 1; i < missing.size(); i++) {
            assertThat(missing.get(i).times()).isLessThanOrEqualTo(missing.get(i - 1).times());
        }
        traces.stream().map(signatures::get).flatMap(Optional::stream).distinct()
                .filter(s -> traces.stream().filter(t -> signatures.get(t).equals(Optional.of(s))).count() >= min)
                .filter(s -> s.words().stream().noneMatch(coveredBy::contains))
                .forEach(s -> assertThat(missing).anyMatch(m -> m.signature().equals(s)));
    }

    @Provide
    Arbitrary<Set<String>> coveredWords() {
        return Arbitraries.of(VOCABULARY).map(w -> Words.terms(w).isEmpty() ? "" : Words.terms(w).get(0))
                .set().ofMaxSize(3);
    }
}
