package io.backstop.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void russianCasesOfOneNounMeetInOneStem() {
        assertThat(Words.terms("счёт счета счету счетом счетов счетами"))
                .containsOnly("счет");
        assertThat(Words.terms("отчёт, отчёта; отчёту! отчётом (отчёты)")).containsOnly("отчет");
        assertThat(Words.terms("Реклама рекламы рекламу рекламой")).containsOnly("реклам");
    }

    @Test
    void functionWordsAndPunctuationGo() {
        assertThat(Words.terms("Здравствуйте! Когда будет готов отчёт по SEO?"))
                .containsExactly("отчет", "seo");
    }

    @Test
    void englishPluralsAreSingular() {
        assertThat(Words.terms("Reports, invoices and banners; the query's status"))
                .containsExactly("report", "invoice", "banner", "query", "status");
    }

    @Test
    void shortWordsStayWhole() {
        assertThat(Words.stem("сайт")).isEqualTo("сайт");
        assertThat(Words.stem("сайта")).isEqualTo("сайт");
        assertThat(Words.stem("домов")).isEqualTo("домов");
        assertThat(Words.stem("gas")).isEqualTo("gas");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(Words.terms(null)).isEmpty();
        assertThat(Words.terms("  ?!, ")).isEmpty();
    }
}
