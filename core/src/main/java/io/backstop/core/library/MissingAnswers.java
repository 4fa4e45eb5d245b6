package io.backstop.core.library;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * "Answers the library is missing": kinds of questions answered at least N times that no active entry covers. Each
 * answered question gets its {@link QuestionSignature} from the words shared among all the questions given, so the
 * same traces read over another period may group differently; that is the point: what repeats is what is shared.
 */
public final class MissingAnswers {

    public static final int EXAMPLES = 3;

    private MissingAnswers() {
    }

    /**
     * @param covered whether the library already has an answer for a signature (the desk asks the search for
     *                its words under its operation)
     * @return most answered first; ties by the latest answer, newest first, then by signature
     */
    public static List<MissingAnswer> find(Collection<AnsweredQuestion> answered, int minTimes,
                                           Predicate<QuestionSignature> covered) {
        if (minTimes < 1) {
            throw Check.invalid("min", Problem.of("error.input.atLeastOne", minTimes));
        }
        Map<String, Integer> shared = new HashMap<>();
        for (AnsweredQuestion a : answered) {
            QuestionSignature.candidates(a.question()).forEach(w -> shared.merge(w, 1, Integer::sum));
        }
        Map<QuestionSignature, List<AnsweredQuestion>> bySignature = new HashMap<>();
        for (AnsweredQuestion a : answered) {
            QuestionSignature.of(a.operation(), a.question(), w -> shared.getOrDefault(w, 0))
                    .ifPresent(s -> bySignature.computeIfAbsent(s, k -> new ArrayList<>()).add(a));
        }
        List<MissingAnswer> missing = new ArrayList<>();
        bySignature.forEach((signature, list) -> {
            if (list.size() >= minTimes && !covered.test(signature)) {
                list.sort(Comparator.comparing(AnsweredQuestion::at).reversed());
                missing.add(new MissingAnswer(signature, list.size(), list.get(0).at(),
                        list.subList(0, Math.min(EXAMPLES, list.size()))));
            }
        });
        missing.sort(Comparator.comparingInt(MissingAnswer::times).reversed()
                .thenComparing(Comparator.comparing(MissingAnswer::lastAt).reversed())
                .thenComparing(m -> m.signature().key()));
        return missing;
    }
}
