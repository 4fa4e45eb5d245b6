package io.backstop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTest {

    @Test
    void anEarlierLetterIsCutFromItsHeaderOn() {
        assertThat(Quotes.cut("Да.\n\n-----Original Message-----\nFrom: A\nБезобразие").strip()).isEqualTo("Да.");
        assertThat(Quotes.cut("Ок.\nOn Mon, 2 Nov 2026 at 10:14, Anna <a@b.ru> wrote:\n> x").strip()).isEqualTo("Ок.");
        assertThat(Quotes.cut("Ок.\n02.11.2026 10:14, Анна пишет:\nСколько можно").strip()).isEqualTo("Ок.");
        assertThat(Quotes.cut("Ок.\nпн, 2 нояб. 2026 г. в 10:14, Анна <a@b.ru>:\nx").strip()).isEqualTo("Ок.");
        assertThat(Quotes.cut("Ок.\nОт: Анна\nОтправлено: 2 ноября 2026 г.\nx").strip()).isEqualTo("Ок.");
        assertThat(Quotes.cut("Ok.\n-------- Forwarded Message --------\nx").strip()).isEqualTo("Ok.");
    }

    @Test
    void theWritersOwnWordsAboutWritingStay() {
        assertThat(Quotes.cut("As I wrote:\nthe site is down.")).contains("the site is down");
        assertThat(Quotes.cut("Как я писал:\nсайт не работает.")).contains("сайт не работает");
        assertThat(Quotes.cut("From: now on please call first.")).contains("please call first");
    }

    @Test
    void quotedLinesBlocksAndSpansAreCut() {
        assertThat(Quotes.cut("a\n> b\nbq. c\nd").replaceAll("\\s+", " ").strip()).isEqualTo("a d");
        assertThat(Quotes.cut("a {quote}b{quote} c").replaceAll("\\s+", " ").strip()).isEqualTo("a c");
        assertThat(Quotes.cut("раздел «Жалобы» и \"Отзывы\"").replaceAll("\\s+", " ").strip()).isEqualTo("раздел и");
    }

    @Test
    void anUnpairedQuotationMarkCutsNothingBeyondItsLine() {
        assertThat(Quotes.cut("He said \"wait\nthe site is \"down\" again")).contains("the site is").contains("again");
    }
}
