package io.backstop.core.holding;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.WorkCalendar;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A bare "ok" is not an answer to a letter that asks for something (found trying to cheat the clock: "Ок" to a
 * ten-point letter stopped it for good and counted as on time). It answers only a client who needed nothing more,
 * such as a thank-you.
 */
class BareAcknowledgementTest {

    private static final HoldingReply DETECTOR = new HoldingReply(HoldingPhrases.defaults());
    private static final WorkCalendar CALENDAR = HoldingExamplesTest.moscowOffice();
    private static final Instant MONDAY_NOON = HoldingExamplesTest.MONDAY;
    private static final String TEN_POINTS = "Добрый день! По сайту: 1) не грузится каталог на мобильных, "
            + "2) в форме заказа не приходит письмо, 3) поменяйте баннер на главной. Жду ответа по срокам.";

    @ParameterizedTest(name = "\"{0}\" to a letter that asks for work is holding")
    @CsvSource(delimiter = '|', value = {"ok", "Ок", "ок.", "Окей", "Спасибо!", "Принял", "понял, спасибо", "+",
            "👍", "Хорошо", "Thanks!", "Got it, thanks", "Noted.", "Добрый день! Принято."})
    void aBareAcknowledgementOfARequestIsHolding(String reply) {
        Optional<Holding> holding = DETECTOR.detect(reply, MONDAY_NOON, CALENDAR, () -> TEN_POINTS);

        assertThat(holding).as(reply).isPresent();
        assertThat(holding.get().promise()).isEmpty();
    }

    @ParameterizedTest(name = "\"ok\" to \"{0}\" answers")
    @CsvSource(delimiter = '|', value = {"Спасибо!", "Спасибо, всё отлично!", "Большое спасибо, до свидания",
            "ок", "Thanks, all good", "Thank you very much!", "👍", "Отлично, договорились"})
    void aBareAcknowledgementOfAThankYouAnswers(String client) {
        assertThat(DETECTOR.detect("Ок", MONDAY_NOON, CALENDAR, () -> client)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is more than an acknowledgement")
    @CsvSource(delimiter = '|', value = {"Ок, каталог починили", "Спасибо, баннер заменили", "ok, done",
            "Готово", "Да, письмо теперь приходит"})
    void aReplyWithContentIsNotBare(String reply) {
        assertThat(DETECTOR.detect(reply, MONDAY_NOON, CALENDAR, () -> TEN_POINTS)).isEmpty();
    }

    @Test
    void withTheClientsWordsUnknownABareOkAnswersAsBefore() {
        assertThat(DETECTOR.detect("ok", MONDAY_NOON, CALENDAR, () -> null)).isEmpty();
        assertThat(DETECTOR.detect("ok", MONDAY_NOON, CALENDAR)).isEmpty();
    }

    @Test
    void theClientsWordsAreReadOnlyForABareAcknowledgement() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<String> client = () -> {
            reads.incrementAndGet();
            return TEN_POINTS;
        };

        DETECTOR.detect("Каталог починили, проверьте", MONDAY_NOON, CALENDAR, client);
        DETECTOR.detect("Получили, ответим завтра", MONDAY_NOON, CALENDAR, client);

        assertThat(reads).hasValue(0);
    }

    @Test
    void quotedRequestDoesNotMakeTheAcknowledgementContent() {
        assertThat(DETECTOR.detect("> 1) не грузится каталог\nОк", MONDAY_NOON, CALENDAR, () -> TEN_POINTS))
                .isPresent();
    }
}
