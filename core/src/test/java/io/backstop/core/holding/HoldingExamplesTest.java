package io.backstop.core.holding;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replies as account managers write them, each with what the department expects: an answer, a holding reply
 * without a day (the host takes the goal's answerWithin), or a holding reply and its promise. The calendar is
 * Moscow's, Mon-Fri 09:00-18:00, with the holidays of 4 November 2026 (a Wednesday) and 1 January 2027.
 */
class HoldingExamplesTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final WorkCalendar CALENDAR = moscowOffice();

    /** Most replies are written on Monday 2 November 2026, 11:00. */
    static final Instant MONDAY = at("2026-11-02 11:00");
    static final Instant THURSDAY = at("2026-11-05 11:00");
    static final Instant MONDAY_EVENING = at("2026-11-02 19:30");
    static final Instant BEFORE_NEW_YEAR = at("2026-12-28 10:00");

    private static final HoldingReply DETECTOR = new HoldingReply(HoldingPhrases.defaults());

    static WorkCalendar moscowOffice() {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(DailyInterval.parse("09:00-18:00")));
        }
        return new WorkCalendar(MOSCOW, week, List.of(LocalDate.of(2026, 11, 4), LocalDate.of(2027, 1, 1)));
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(MOSCOW).toInstant();
    }

    /** One reply and what it is; {@code holding} false means an answer, and then {@code promise} is empty. */
    record Example(String label, String text, Instant repliedAt, boolean holding, Optional<Instant> promise) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Example answer(String label, String text) {
        return new Example(label, text, MONDAY, false, Optional.empty());
    }

    static Example holding(String label, String text) {
        return holding(label, text, MONDAY);
    }

    static Example holding(String label, String text, Instant repliedAt) {
        return new Example(label, text, repliedAt, true, Optional.empty());
    }

    static Example promise(String label, String text, String due) {
        return promise(label, text, MONDAY, due);
    }

    static Example promise(String label, String text, Instant repliedAt, String due) {
        return new Example(label, text, repliedAt, true, Optional.of(at(due)));
    }

    static Stream<Example> examples() {
        return Stream.of(
                // holding, no day named: the goal's answerWithin applies
                holding("ru: bare acknowledgement", "Получили, спасибо!"),
                holding("ru: passed on", "Добрый день! Получили ваш запрос, передали специалисту."),
                holding("ru: will check and come back", "Уточним и вернёмся"),
                holding("ru: е for ё, a comma inside the phrase", "Уточним, и вернемся с ответом."),
                holding("ru: taken into work", "Приняли в работу."),
                holding("ru: capitals", "ПОЛУЧИЛИ"),
                holding("ru: sorting it out", "Разбираемся, скоро ответим."),
                holding("ru: first person", "Уточню у разработчика и вернусь"),
                holding("ru: as soon as it is ready", "Как будет готово, сообщим."),
                holding("ru: a time alone names no day", "Ответим до 15:00"),
                holding("ru: a test environment is not Wednesday", "Проверим на тестовой среде и вернёмся"),
                holding("ru: last Friday is a reference", "Как и писали в прошлую пятницу, уточняем у хостинга"),
                holding("ru: 1.5 hours is not the 1st of May", "Ответим через 1.5 часа"),
                holding("ru: 31.02 is no date", "Ответим до 31.02"),
                holding("ru: a link's question mark asks nothing",
                        "Получили, передали специалисту: https://jira.example.ru/browse/WEB-1?focused=1"),
                holding("en: we got it", "We got it, thanks!"),
                // the one-line acknowledgements a manager sends to stop the clock (found trying to cheat it)
                holding("en: a one-line got it", "got it"),
                holding("en: noted", "Noted, thanks."),
                holding("en: will do", "Will do"),
                holding("ru: принято", "Принято"),
                holding("ru: понял, посмотрю", "Понял, посмотрю"),
                holding("en: will get back", "Thanks, we'll get back to you shortly."),
                holding("en: looking into it", "Looking into it."),
                holding("en: passed on", "Hi! Got your message, passed it to our developer."),
                holding("en: curly apostrophe", "We’re looking into this, bear with us."),
                holding("en: checking with", "We are checking with the hosting provider."),
                // holding with a promise, replied Monday 2 November 11:00
                promise("ru: today", "Получили, ответим сегодня", "2026-11-02 18:00"),
                promise("ru: by the end of the day", "Получили, ответим до конца дня", "2026-11-02 18:00"),
                promise("ru: tomorrow", "Уточним и вернёмся завтра", "2026-11-03 18:00"),
                promise("ru: the day after tomorrow is a holiday", "Ответим послезавтра", "2026-11-05 18:00"),
                promise("ru: by Thursday", "Получили, ответим до четверга", "2026-11-05 18:00"),
                promise("ru: on Friday", "Ответим в пятницу", "2026-11-06 18:00"),
                promise("ru: by Monday, said on a Monday", "Передали специалисту, ответим к понедельнику",
                        "2026-11-09 18:00"),
                promise("ru: by Wednesday, a holiday", "Ответим до среды", "2026-11-05 18:00"),
                promise("ru: on Tuesday", "Вернёмся с ответом во вторник", "2026-11-03 18:00"),
                promise("ru: on Saturday, a day off", "Ответим в субботу", "2026-11-09 18:00"),
                promise("ru: by Sunday, a day off", "Ответим до воскресенья", "2026-11-09 18:00"),
                promise("ru: short weekday", "Ответим до пт", "2026-11-06 18:00"),
                promise("ru: 15.12", "Получили, ответим до 15.12", "2026-12-15 18:00"),
                promise("ru: 15.12.2026", "Ответим до 15.12.2026", "2026-12-15 18:00"),
                promise("ru: 15 декабря", "Ответим к 15 декабря", "2026-12-15 18:00"),
                promise("ru: 15-го декабря", "Отвечу 15-го декабря", "2026-12-15 18:00"),
                promise("ru: tomorrow with a time", "Ответим завтра до 15:00", "2026-11-03 15:00"),
                promise("ru: a time before the weekday", "Ответим в 9:30 в понедельник", "2026-11-09 09:30"),
                promise("ru: by the end of the week", "Ответим до конца недели", "2026-11-06 18:00"),
                promise("ru: next week", "Вернёмся на следующей неделе", "2026-11-13 18:00"),
                promise("ru: the latest day named", "Сегодня передали специалисту, ответим в четверг",
                        "2026-11-05 18:00"),
                promise("ru: a letter's date is a reference", "Получили ваше письмо от 30.10, ответим завтра",
                        "2026-11-03 18:00"),
                promise("ru: a date half a year back is next year's", "Ответим до 15.03", "2027-03-15 18:00"),
                promise("ru: the request's date is last week's", "Мы получили ваш запрос 28.10 и ответим до 10.11",
                        "2026-11-10 18:00"),
                promise("ru: office hours in the signature", "Получили, ответим завтра.\n--\nИванова, с 9:00 до 20:00",
                        "2026-11-03 18:00"),
                promise("ru: a log in a code block asks nothing",
                        "Получили, ответим завтра.\n{code:none}GET /api/order?id=1 -> 500. Why?{code}",
                        "2026-11-03 18:00"),
                promise("ru: working days in the signature",
                        "Ответим завтра. Работаем с понедельника по пятницу.", "2026-11-03 18:00"),
                promise("ru: Thursday on a Thursday is next week's", "Получили, ответим до четверга", THURSDAY,
                        "2026-11-12 18:00"),
                promise("ru: Monday said on Thursday", "Ответим в понедельник", THURSDAY, "2026-11-09 18:00"),
                promise("ru: 11.01 after the New Year", "Ответим 11.01", BEFORE_NEW_YEAR, "2027-01-11 18:00"),
                promise("ru: 31 December", "Получили, ответим 31 декабря", BEFORE_NEW_YEAR, "2026-12-31 18:00"),
                promise("ru: 1 January is a holiday", "Ответим до 01.01", BEFORE_NEW_YEAR, "2027-01-04 18:00"),
                promise("en: by Thursday", "We got it, we'll answer by Thursday", "2026-11-05 18:00"),
                promise("en: tomorrow", "We will get back to you tomorrow", "2026-11-03 18:00"),
                promise("en: today", "Looking into it, will reply today", "2026-11-02 18:00"),
                promise("en: on Monday", "We'll get back to you on Monday", "2026-11-09 18:00"),
                promise("en: by 15 December", "Will reply by 15 December", "2026-12-15 18:00"),
                promise("en: by December 15th", "Will reply by December 15th", "2026-12-15 18:00"),
                promise("en: 15/12 is day first", "We'll get back to you by 15/12", "2026-12-15 18:00"),
                promise("en: tomorrow by 3 pm", "We'll get back to you tomorrow by 3 pm", "2026-11-03 15:00"),
                promise("en: end of day", "Will update you by end of day", "2026-11-02 18:00"),
                promise("en: short weekday", "Will reply by Fri", "2026-11-06 18:00"),
                promise("en: end of the week", "We'll get back to you by the end of the week", "2026-11-06 18:00"),
                // holding, but the day named is not after the reply: no promise
                holding("ru: today, written after hours", "Получили, ответим сегодня", MONDAY_EVENING),
                holding("ru: a past year", "Ответим до 15.10.2026"),
                holding("ru: a date just gone is yesterday's, not next year's", "Ответим до 01.11"),
                // answers, including the hard ones ("ok" without the client's words; with them, see
                // BareAcknowledgementTest: it holds a letter that asks for work)
                answer("en: ok", "ok"),
                answer("ru: ок", "Ок"),
                answer("ru: thanks", "Спасибо!"),
                answer("ru: a long answer that happens to start with получили", longAnswer()),
                answer("ru: the client's question quoted", "> Вы получили наш макет?\nДа, макет утвердили, запускаем"),
                answer("ru: a Jira quote", "{quote}Вы получили оплату? Ответите сегодня?{quote}\nДа, оплата пришла."),
                answer("ru: quotation marks", "На ваш вопрос «когда ответите?»: макет готов, ссылка во вложении."),
                answer("ru: a question back", "Получили ваш запрос. Подскажите, какой логин от админки?"),
                answer("en: a question back", "We got it, but which page do you mean?"),
                answer("ru: not received", "Мы не получили ваш платёж, проверьте реквизиты."),
                answer("ru: still not received", "Платёж пока не получили."),
                answer("ru: a price and a term", "Стоимость доработки 5000 руб., срок 3 дня."),
                answer("ru: a link with a query", "Баннер разместили, ссылка: https://example.ru/?utm=1"),
                answer("en: done", "Done, the banner is live."),
                answer("empty", "   "),
                // pinned on purpose: a short thank-you for a payment reads as holding; staff turn the detection off
                holding("ru: known false positive, a payment's thank-you", "Получили оплату, спасибо!"));
    }

    private static String longAnswer() {
        return "Получили ваш платёж, спасибо! Акт за октябрь во вложении, оригиналы отправим почтой. По отчёту: "
                + "в октябре обновили плагины, поправили вёрстку карточки товара на мобильных, настроили редиректы "
                + "со старых адресов каталога, добавили 12 новостей и баннер акции. Часы по каждой задаче в таблице "
                + "на второй странице отчёта; остаток пакета часов переносится на ноябрь, как договаривались.";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsTheReplyAsTheDepartmentDoes(Example example) {
        Optional<Holding> holding = DETECTOR.detect(example.text(), example.repliedAt(), CALENDAR);

        assertThat(holding.isPresent()).as("holding").isEqualTo(example.holding());
        assertThat(holding.flatMap(Holding::promise)).as("promise").isEqualTo(example.promise());
    }
}
