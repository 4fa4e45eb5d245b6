package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.sla.ResponseClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trying to cheat the clock with "Ок": to a letter that asks for work it is a holding reply (the clock stops, a
 * promise is owed); to a client's thank-you it is the answer. Decided from what the tracker says the client wrote
 * since staff last replied, as both hosts' comments reach the desk.
 */
class BareOkTest {

    private static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-18:00"], "TUE": ["09:00-18:00"] }, "holidays": [] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true,
                          "answerWithin": "PT2H" },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" }
              ],
              "tick": "PT5M"
            }
            """;

    private final TestHost host = new TestHost();
    private final ResponseDesk desk = host.backstop.responses();

    private static Instant at(String time) {
        return OffsetDateTime.parse("2026-11-02T" + time + ":00+03:00").toInstant();
    }

    private static IssueFacts issue(String key) {
        return new IssueFacts(key, "Client request", "Medium", "ivanova", "Client of " + key);
    }

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private void say(String key, String author, String text, String time) {
        host.tracker.say(key, author, text, at(time));
        desk.commentAdded(issue(key), author, false, at(time), ReplyFacts.text(text));
    }

    private ResponseClock clock(String key) {
        return host.backstop.views().clock(key).orElseThrow().clock();
    }

    @Test
    void okToALetterAskingForWorkOwesTheAnswer() {
        say("WEB-1", "client", "Добрый день! 1) каталог не грузится, 2) письма с формы не приходят. Срок?", "10:00");
        say("WEB-1", "ivanova", "Ок", "10:05");

        assertThat(clock("WEB-1").promise()).as("a promise is owed").isNotNull();
        assertThat(host.backstop.views().timeline("WEB-1")).anySatisfy(row -> assertThat(row.detail()).contains("Ок"));
    }

    @Test
    void okToAThankYouIsTheAnswer() {
        say("WEB-2", "client", "Добрый день! Пришлите счёт за ноябрь, пожалуйста.", "10:00");
        say("WEB-2", "ivanova", "Счёт во вложении.", "10:05");
        say("WEB-2", "client", "Спасибо, всё отлично!", "10:30");
        say("WEB-2", "ivanova", "Ок", "10:35");

        assertThat(clock("WEB-2").isAwaiting()).isFalse();
        assertThat(clock("WEB-2").promise()).isNull();
    }

    /** Found trying it in the sandbox on a manual clock: the letter and the "Ок" in the same instant. */
    @Test
    void okInTheSameInstantAsTheLetterStillOwesTheAnswer() {
        say("WEB-3", "client", "Добрый день! Почините, пожалуйста, форму заказа и пришлите счёт.", "10:00");
        say("WEB-3", "ivanova", "Ок", "10:00");

        assertThat(clock("WEB-3").promise()).as("a promise is owed").isNotNull();
    }
}
