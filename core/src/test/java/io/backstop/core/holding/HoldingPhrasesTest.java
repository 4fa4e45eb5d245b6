package io.backstop.core.holding;

import static io.backstop.core.holding.HoldingExamplesTest.CALENDAR;
import static io.backstop.core.holding.HoldingExamplesTest.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.validation.InvalidFieldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings' side: what the head may list, and how a phrase meets a reply. */
class HoldingPhrasesTest {

    private static Optional<Holding> detect(HoldingPhrases phrases, String text) {
        return new HoldingReply(phrases).detect(text, MONDAY, CALENDAR);
    }

    @Test
    void theDefaultsSpeakBothLanguagesUnderThreeHundredCharacters() {
        HoldingPhrases defaults = HoldingPhrases.defaults();

        assertThat(defaults.limit()).isEqualTo(300);
        assertThat(defaults.phrases()).contains("получили", "ответим", "уточним и вернёмся", "вернёмся с ответом",
                "передали специалисту", "скоро ответим", "we'll get back", "we got it", "we will get back to you",
                "looking into it", "will reply");
        assertThat(defaults.phrases().stream().filter(p -> p.matches("[а-яё ]+"))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(defaults.phrases().stream().filter(p -> p.matches("[a-z' ]+"))).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyDefaultPhraseIsHoldingOnItsOwn() {
        for (String phrase : HoldingPhrases.defaults().phrases()) {
            assertThat(detect(HoldingPhrases.defaults(), phrase)).as(phrase).isPresent();
        }
    }

    @Test
    void aBlankPhraseIsNamedByItsPlace() {
        assertThatThrownBy(() -> new HoldingPhrases(List.of("получили", "  "), 300))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("phrases[1]"));
        assertThatThrownBy(() -> new HoldingPhrases(List.of("?!"), 300))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("phrases[0]"));
        assertThatThrownBy(() -> new HoldingPhrases(Arrays.asList("ok", null), 300))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("phrases[1]"));
        assertThatThrownBy(() -> new HoldingPhrases(null, 300))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("phrases"));
    }

    @Test
    void theLimitIsOneToTenThousand() {
        for (int wrong : new int[] {0, -1, 10_001}) {
            assertThatThrownBy(() -> new HoldingPhrases(List.of("получили"), wrong))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("limit"))
                    .hasMessageContaining(String.valueOf(wrong));
        }
        assertThat(new HoldingPhrases(List.of("получили"), 1).limit()).isEqualTo(1);
        assertThat(new HoldingPhrases(List.of("получили"), 10_000).limit()).isEqualTo(10_000);
    }

    @Test
    void thePhrasesAreCopied() {
        List<String> given = new ArrayList<>(List.of("получили"));
        HoldingPhrases phrases = new HoldingPhrases(given, 300);
        given.add("ответим");

        assertThat(phrases.phrases()).containsExactly("получили");
        assertThatThrownBy(() -> phrases.phrases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void noPhrasesMeansNothingIsHolding() {
        assertThat(detect(new HoldingPhrases(List.of(), 300), "Получили, ответим завтра")).isEmpty();
    }

    @Test
    void aPhraseMatchesWholeWordsOnly() {
        HoldingPhrases phrases = new HoldingPhrases(List.of("we got it", "секунду"), 300);

        assertThat(detect(phrases, "We got items from you")).isEmpty();
        assertThat(detect(phrases, "Посекундную тарификацию включили")).isEmpty();
        assertThat(detect(phrases, "Секунду!")).map(Holding::phrase).contains("секунду");
        assertThat(detect(phrases, "ok, WE   GOT... it")).map(Holding::phrase).contains("we got it");
    }

    @Test
    void theHeadsOwnSpellingIsNormalisedToo() {
        HoldingPhrases phrases = new HoldingPhrases(List.of("  Вернёмся,  С ОТВЕТОМ ", "We’ll reply"), 300);

        assertThat(detect(phrases, "вернемся с ответом")).isPresent();
        assertThat(detect(phrases, "We will reply soon")).isPresent();
    }

    @Test
    void theEarliestPhraseInTheReplyIsTheOneShown() {
        assertThat(detect(HoldingPhrases.defaults(), "Передали специалисту, получили ответ, ответим завтра"))
                .map(Holding::phrase).contains("передали специалисту");
    }

    @Test
    void aNegatedPhraseDoesNotCountButALaterOneDoes() {
        assertThat(detect(HoldingPhrases.defaults(), "Не получили")).isEmpty();
        assertThat(detect(HoldingPhrases.defaults(), "Письмо не получили, но ответим завтра"))
                .map(Holding::phrase).contains("ответим");
    }

    @Test
    void aReplyShorterThanTheLimitMayBeHoldingOneAtTheLimitIsAnAnswer() {
        String phrase = "Получили";
        String under = phrase + " " + "x".repeat(300 - phrase.length() - 2);
        String at = under + "x";

        assertThat(under).hasSize(299);
        assertThat(detect(HoldingPhrases.defaults(), under)).isPresent();
        assertThat(detect(HoldingPhrases.defaults(), at)).isEmpty();
        assertThat(detect(HoldingPhrases.defaults(), "   \n" + under + "  \t")).as("trimmed first").isPresent();
    }

    @Test
    void anEmojiIsOneCharacter() {
        String emoji = "👍".repeat(8); // 16 UTF-16 units, 8 characters as a person counts them
        HoldingPhrases phrases = new HoldingPhrases(List.of("получили"), 18);

        assertThat(detect(phrases, "получили " + emoji)).isPresent();
    }

    @Test
    void aNullTextIsAnAnswer() {
        assertThat(detect(HoldingPhrases.defaults(), null)).isEmpty();
    }

    @Test
    void theLongExampleIsReallyOverTheLimit() {
        assertThat(HoldingExamplesTest.examples().filter(e -> e.label().contains("long answer")).findFirst()
                .orElseThrow().text().length()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void withLimitKeepsThePhrases() {
        HoldingPhrases phrases = HoldingPhrases.defaults().withLimit(1000);

        assertThat(phrases.phrases()).isEqualTo(HoldingPhrases.defaults().phrases());
        assertThat(phrases.limit()).isEqualTo(1000);
    }
}
