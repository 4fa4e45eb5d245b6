package io.backstop.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibraryExamplesTest {

    private static Entry entry(long id, String question, String answer, String service, long reuses) {
        return new Entry(id, question, answer, Optional.ofNullable(service), Optional.of("client-question"),
                Optional.of("WEB-" + id), "anna", java.util.Set.of(), reuses, EntryState.ACTIVE, Optional.empty(),
                Instant.EPOCH);
    }

    @Test
    void aManagerFindsTheInvoiceAnswerByAnotherCaseOfTheWord() {
        Entry invoice = entry(1, "Где мой счёт за ноябрь?", "Счета выставляем до 5 числа, он в личном кабинете.",
                "site-support", 7);
        Entry ads = entry(2, "Почему реклама не показывается?", "Проверьте баланс в Директе.", "direct", 30);
        Entry invoiceSeo = entry(3, "Пришлите счёт за продвижение", "Счёт за SEO приходит отдельным письмом.", "seo",
                12);
        List<Entry> hits = Library.search(List.of(invoice, ads, invoiceSeo), SearchQuery.words("счетом"));
        assertThat(hits).containsExactly(invoiceSeo, invoice);
        assertThat(Library.search(List.of(invoice, ads, invoiceSeo),
                new SearchQuery("счет", Optional.of("site-support"), Optional.empty(), 5))).containsExactly(invoice);
    }

    @Test
    void aRetiredEntryIsNotOffered() {
        Entry old = Library.retire(entry(1, "Тариф хостинга?", "300 рублей в месяц", "hosting", 50));
        assertThat(Library.search(List.of(old), SearchQuery.words("хостинг"))).isEmpty();
        assertThatThrownBy(() -> Library.retire(old)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void mergingIntoItselfOrIntoAMergedEntryIsRefused() {
        Entry a = entry(1, "q", "a", null, 1);
        Entry b = entry(2, "q", "b", null, 2);
        assertThatThrownBy(() -> Library.merge(a, a)).hasMessageContaining("into");
        Library.Merge merge = Library.merge(a, b);
        assertThatThrownBy(() -> Library.merge(merge.from(), a)).hasMessageContaining("into");
    }

    @Test
    void theSignatureKeepsTheSharedWordsAndSkipsSmallTalk() {
        java.util.Map<String, Integer> shared = java.util.Map.of("отчет", 9, "продвижен", 7, "сайт", 7);
        assertThat(QuestionSignature.of(Optional.of("client-question"),
                "Здравствуйте! Когда придёт ежемесячный отчёт по продвижению сайта?", w -> shared.getOrDefault(w, 1)))
                .map(QuestionSignature::key).contains("client-question|отчет продвижен");
        assertThat(QuestionSignature.of(Optional.empty(), "Ок, спасибо! 2026", w -> 1)).isEmpty();
    }

    @Test
    void repeatedQuestionsGroupByTheirSharedWordsWhateverElseTheySay() {
        List<AnsweredQuestion> answered = List.of(
                asked("WEB-1", "Когда придёт ежемесячный отчёт по продвижению?", 1),
                asked("WEB-2", "Пришлите, пожалуйста, отчёт о продвижении за октябрь", 2),
                asked("WEB-3", "Где отчёт по продвижению сайта?", 3),
                asked("WEB-4", "Сколько стоит хостинг?", 4));
        List<MissingAnswer> missing = MissingAnswers.find(answered, 3, s -> false);
        assertThat(missing).singleElement().satisfies(m -> {
            assertThat(m.times()).isEqualTo(3);
            assertThat(m.signature().words()).containsExactly("отчет", "продвижен");
            assertThat(m.examples()).extracting(AnsweredQuestion::issue).containsExactly("WEB-3", "WEB-2", "WEB-1");
        });
        assertThat(MissingAnswers.find(answered, 3, s -> s.words().contains("отчет"))).isEmpty();
    }

    private static AnsweredQuestion asked(String issue, String question, int minute) {
        return new AnsweredQuestion(Optional.of("client-question"), issue, question, "anna",
                Instant.EPOCH.plusSeconds(60L * minute));
    }

    @Test
    void badInputNamesItsField() {
        assertThatThrownBy(() -> new SearchQuery("x", Optional.of("Bad Code"), Optional.empty(), 5))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("service");
        assertThatThrownBy(() -> new SearchQuery("x", Optional.empty(), Optional.empty(), 0))
                .hasMessageStartingWith("limit");
        assertThatThrownBy(() -> Entry.draft("q", " ", Optional.empty(), Optional.empty(), Optional.empty(), "anna",
                List.of(), Instant.EPOCH)).hasMessageStartingWith("answer");
    }
}
