package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.holding.HoldingPhrases;
import io.backstop.core.sla.ReplyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of sla-semantics.md, "Holding replies in the hosts": due date, then the mark, then the text. */
class HoldingRepliesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Monday 2026-11-02 11:00 Moscow; the unconfigured calendar works 09:00-13:00 and 14:00-18:00 on weekdays. */
    private static final Instant MONDAY_11 = Instant.parse("2026-11-02T08:00:00Z");

    private final DepartmentSettings settings = SettingsDocument.unconfigured(MOSCOW);
    private final WorkCalendar calendar = settings.calendar();
    private final HoldingReplies holding = new HoldingReplies();
    private static final Supplier<String> UNKNOWN_WORDS = () -> null;

    @Test
    void aDueDateSetWithTheReplyPromisesTheEndOfThatWorkingDay() {
        HoldingReplies.Decision decided = holding.decide(settings,
                new ReplyFacts("Here is the full answer.", null, null, LocalDate.of(2026, 11, 5)), MONDAY_11, calendar, UNKNOWN_WORDS);

        assertThat(decided.kind()).isEqualTo(ReplyKind.holding(Instant.parse("2026-11-05T15:00:00Z")));
        assertThat(decided.how()).isEqualTo(ReplyDecidedBy.of(ReplyDecidedBy.How.DUE_DATE));
    }

    @Test
    void aDueDateOnADayOffPromisesTheNextWorkingDaysEnd() {
        HoldingReplies.Decision decided = holding.decide(settings,
                new ReplyFacts(null, null, null, LocalDate.of(2026, 11, 7)), MONDAY_11, calendar, UNKNOWN_WORDS);

        assertThat(decided.kind().promise()).isEqualTo(Instant.parse("2026-11-09T15:00:00Z"));
    }

    @Test
    void theMarkComesBeforeTheTextAndTurningItOffMakesAnAnswer() {
        String holdingText = "Получили, ответим до четверга";
        assertThat(holding.decide(settings, new ReplyFacts(holdingText, false, null, null), MONDAY_11, calendar, UNKNOWN_WORDS))
                .isEqualTo(new HoldingReplies.Decision(ReplyKind.ANSWER, ReplyDecidedBy.of(ReplyDecidedBy.How.TURNED_OFF)));
        assertThat(holding.decide(settings, new ReplyFacts("ok", true, null, null), MONDAY_11, calendar, UNKNOWN_WORDS))
                .isEqualTo(new HoldingReplies.Decision(ReplyKind.holding(null), ReplyDecidedBy.of(ReplyDecidedBy.How.MARKED)));
    }

    @Test
    void aShortAcknowledgementIsHoldingWithTheDateItNames() {
        HoldingReplies.Decision decided = holding.decide(settings,
                ReplyFacts.text("Получили, ответим до четверга"), MONDAY_11, calendar, UNKNOWN_WORDS);

        assertThat(decided.kind()).isEqualTo(ReplyKind.holding(Instant.parse("2026-11-05T15:00:00Z")));
        assertThat(decided.how().how()).isEqualTo(ReplyDecidedBy.How.TEXT);
    }

    /** Trying to cheat the clock: a one-line acknowledgement is no answer; it opens a promise (answerWithin). */
    @Test
    void aOneLineGotItIsAHoldingReplyNotAnAnswer() {
        for (String text : java.util.List.of("got it", "Принято", "Noted", "Понял, посмотрю")) {
            assertThat(holding.decide(settings, ReplyFacts.text(text), MONDAY_11, calendar, UNKNOWN_WORDS).kind().holding())
                    .as(text).isTrue();
        }
    }

    @Test
    void theDepartmentsOwnPhrasesDecide() {
        DepartmentSettings none = new DepartmentSettings(calendar, settings.policy(), List.of(), settings.tick(),
                settings.staffGroup(), List.of(), 3, settings.notesLanguage(), new HoldingPhrases(List.of(), 300));

        assertThat(holding.decide(none, ReplyFacts.text("Получили, ответим до четверга"), MONDAY_11, calendar, UNKNOWN_WORDS))
                .isEqualTo(HoldingReplies.Decision.ANSWER);
        assertThat(holding.decide(settings, ReplyFacts.text("The report is attached."), MONDAY_11, calendar, UNKNOWN_WORDS))
                .isEqualTo(HoldingReplies.Decision.ANSWER);
        assertThat(holding.decide(settings, ReplyFacts.UNKNOWN, MONDAY_11, calendar, UNKNOWN_WORDS))
                .isEqualTo(HoldingReplies.Decision.ANSWER);
    }

    @Test
    void aBareOkHoldsALetterThatAsksForWorkAndAnswersAThankYou() {
        String letter = "Добрый день! 1) не грузится каталог, 2) не приходят письма с формы. Когда сделаете?";

        HoldingReplies.Decision toTheLetter = holding.decide(settings, ReplyFacts.text("Ок"), MONDAY_11, calendar,
                () -> letter);
        HoldingReplies.Decision toThanks = holding.decide(settings, ReplyFacts.text("Ок"), MONDAY_11, calendar,
                () -> "Спасибо, всё отлично!");

        assertThat(toTheLetter.kind().holding()).isTrue();
        assertThat(toTheLetter.how()).isEqualTo(ReplyDecidedBy.text("Ок"));
        assertThat(toThanks).isEqualTo(HoldingReplies.Decision.ANSWER);
    }
}
