package io.backstop.core.complaint.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuspectedComplaintsTest {

    private final SuspectedComplaints defaults = new SuspectedComplaints(Lexicon.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"Это жалоба на работу поддержки.", "Безобразие, сайт снова лежит.",
            "Я недоволен сроками.", "Сколько можно ждать?", "Хотим расторгнуть договор.",
            "Пишу в третий раз.", "Форма до сих пор не работает.", "Когда уже будет макет?",
            "I want to make a complaint.", "This is unacceptable.", "Third time I'm writing about this."})
    void theIssuesWordsRaiseASuspicion(String message) {
        assertThat(defaults.check(message, false)).isPresent();
    }

    @Test
    void russianWordsMeetTheirFormsAndTheStarMeetsAnyEnding() {
        assertThat(defaults.wordsIn("Мы очень недовольны.")).containsExactly("недовол*");
        assertThat(defaults.wordsIn("Прошу рассмотреть мою жалобу.")).containsExactly("жалоба");
        assertThat(defaults.wordsIn("Обращаюсь с жалобой на менеджера.")).containsExactly("жалоба");
        assertThat(defaults.wordsIn("Расторгаем договор с первого числа.")).containsExactly("расторг*");
        assertThat(defaults.wordsIn("We have two complaints.")).containsExactly("complaint");
        assertThat(defaults.wordsIn("ЕЩЁ ОДНА ЖАЛОБА")).containsExactly("жалоба");
    }

    @Test
    void aGapLetsAFewWordsStandBetween() {
        assertThat(defaults.wordsIn("Макет до сих пор так и не прислали.")).contains("до сих пор … не");
        assertThat(defaults.wordsIn("Мы с вами до сих пор и всем довольны.")).isEmpty();
        assertThat(defaults.wordsIn("We will cancel the support contract.")).containsExactly("cancel … contract");
    }

    @Test
    void aNegatedWordRaisesNothing() {
        assertThat(defaults.check("Никаких жалоб, всё отлично.", false)).isEmpty();
        assertThat(defaults.check("Это не жалоба, просто вопрос.", false)).isEmpty();
        assertThat(defaults.check("No complaints, thank you!", false)).isEmpty();
        assertThat(defaults.check("Not a complaint, just a question.", false)).isEmpty();
    }

    @Test
    void quotedTextRaisesNothing() {
        assertThat(defaults.check("Всё получили, спасибо!\n\n> Третий раз прошу. Сколько можно?", false)).isEmpty();
        assertThat(defaults.check("Approved.\n\nOn Mon, 2 Nov 2026 at 10:14, Petrov <p@romashka.ru> wrote:\n"
                + "This is unacceptable!", false)).isEmpty();
        assertThat(defaults.check("Добавьте раздел «Жалобы и предложения».", false)).isEmpty();
        assertThat(defaults.check("Да.\n{quote}Безобразие!{quote}", false)).isEmpty();
    }

    @Test
    void theExcerptIsTheSentenceOfTheFirstWordFound() {
        Suspicion found = defaults.check("Добрый день. Сайт снова не работает! Это безобразие. Ждём ответа.", false)
                .orElseThrow();

        assertThat(found.excerpt()).isEqualTo("Это безобразие.");
        assertThat(found.signals()).containsExactly(Signal.word("безобраз*"));
    }

    @Test
    void aRepeatIsASignalOfItsOwnAndItsExcerptIsTheMessagesBeginning() {
        Suspicion found = defaults.check("Adding a screenshot.\nSee the attachment.", true).orElseThrow();

        assertThat(found.signals()).containsExactly(Signal.repeat());
        assertThat(found.excerpt()).isEqualTo("Adding a screenshot. See the attachment.");
        assertThat(defaults.check("Сколько можно?", true).orElseThrow().signals())
                .containsExactly(Signal.word("сколько можно"), Signal.repeat());
    }

    @Test
    void aLongSentenceIsShortenedToTheExcerptsLimit() {
        String sentence = "безобразие " + "очень ".repeat(100);

        String excerpt = defaults.check(sentence, false).orElseThrow().excerpt();

        assertThat(excerpt).hasSizeBetween(Suspicion.MAX_EXCERPT - 10, Suspicion.MAX_EXCERPT).endsWith("…")
                .startsWith("безобразие");
    }

    @Test
    void anEmptyLexiconLeavesOnlyTheRepeat() {
        SuspectedComplaints none = new SuspectedComplaints(new Lexicon(List.of(), List.of()));

        assertThat(none.check("Безобразие! Unacceptable!", false)).isEmpty();
        assertThat(none.check("Безобразие!", true).orElseThrow().signals()).containsExactly(Signal.repeat());
        assertThat(none.check(null, false)).isEmpty();
    }
}
