package io.backstop.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void anExplicitChoiceWinsThenAcceptLanguageThenEnglish() {
        assertThat(Messages.choose("ru", "en-US,en")).isEqualTo(RU);
        assertThat(Messages.choose("RU ", null)).isEqualTo(RU);
        assertThat(Messages.choose("de", "ru-RU,ru;q=0.9,en;q=0.8")).isEqualTo(RU);
        assertThat(Messages.choose(null, "de-DE,de;q=0.9,en;q=0.5,ru;q=0.4")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.choose(null, "de-DE,ru;q=0.5")).isEqualTo(RU);
        assertThat(Messages.choose(null, "fr")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.choose(null, ";;;garbage")).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.choose(null, null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void textsAreMessageFormatPatternsPerLanguage() {
        Messages en = Messages.load(Locale.US);
        Messages ru = Messages.load(RU);
        assertThat(en.getText("backstop.queue.title")).isEqualTo("Operator's queue");
        assertThat(ru.getText("backstop.queue.title")).isEqualTo("Очередь оператора");
        assertThat(en.getText("backstop.countdown.overdueBy", "5 min")).isEqualTo("overdue by 5 min");
        assertThat(ru.format("backstop.timeline.REASSIGNED", "ivanova", "operator", "x"))
                .isEqualTo("Передано от ivanova к operator: x");
        assertThat(en.getText("no.such.key")).isEqualTo("no.such.key");
        assertThat(en.getLanguage()).isEqualTo("en");
        assertThat(ru.json()).contains("\"backstop.queue.title\":\"Очередь оператора\"");
    }

    /** A lone apostrophe starts a quoted part in MessageFormat and vanishes from the text: it must be doubled. */
    @Test
    void everyApostropheIsDoubledSoTheTextKeepsIt() throws java.io.IOException {
        for (String bundle : java.util.List.of("i18n/backstop-web.properties", "i18n/backstop-web_ru.properties")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            texts.forEach((key, value) -> assertThat(String.valueOf(value).replace("''", ""))
                    .as(bundle + " " + key).doesNotContain("'"));
        }
    }
}
