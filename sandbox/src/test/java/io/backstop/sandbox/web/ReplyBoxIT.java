package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15, point 2, and issue 16 ("nobody can answer a client by clicking"): a manager answers her client from the
 * issue panel's reply box, in English and in Russian. She types "Получили, ответим до четверга" on Monday
 * 2 November at 10:30 (Wednesday is a holiday) and sees, before sending, that it will count as a holding reply with
 * the full answer owed by Thursday 05.11 18:00, the end of that day's working time; sent, the issue's clock shows that
 * open promise. Her next reply reads as holding too ("Получили оплату, ...") but is a full answer: she turns the
 * detection off, it counts as an answer and the promise is kept. The panel's history says how each reply was decided.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplyBoxIT extends BrowserPages {

    private static final String HOLDING = "Получили, ответим до четверга";
    private static final String ANSWER = "Получили оплату, заказ уже отправлен.";
    private static final Instant THURSDAY_1800 = OffsetDateTime.parse("2026-11-05T18:00:00+03:00").toInstant();

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.issue("WEB-2", "ivanova", "Vasilek", "Где мой заказ?");
        department.clockTo("2026-11-02T10:05");
        department.comment("WEB-1", "client", "Any news? We paid on Friday.");
        department.comment("WEB-2", "client", "Есть новости? Мы оплатили в пятницу.");
        department.clockTo("2026-11-02T10:30");
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("ivanova");
    }

    private static void openIssue(String key, String lang) {
        browser.open("/plugins/servlet/backstop/issue?key=" + key + "&lang=" + lang);
        browser.waitReady("backstop-panel");
        browser.waitReady("backstop-reply");
    }

    /** Types the reply and waits for the server's preview of it. */
    private static String type(String text) {
        browser.find("#backstop-reply-text").sendKeys(text);
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-reply").getAttribute("data-state"))
                && !browser.find("#backstop-reply-preview").getText().isBlank());
        return browser.find("#backstop-reply-preview").getText();
    }

    /** Sends the reply and waits for the page to come back with it in the panel's history. */
    private static String send(String expectedInHistory) {
        browser.find("#backstop-reply-send").click();
        return browser.waitFor(d -> {
            String history = browser.find("#backstop-panel-timeline").getText();
            return history.contains(expectedInHistory) ? history : null;
        });
    }

    private static JsonNode rest(String path) {
        SandboxClient.Answer answer = department.client.get("head", "rest/backstop/1.0/" + path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> outcomes(String issue) {
        List<String> outcomes = new ArrayList<>();
        rest("promises").forEach(p -> {
            if (p.path("issue").asText().equals(issue)) {
                outcomes.add(p.path("outcome").asText());
            }
        });
        return outcomes;
    }

    private static void holdingThenAnswer(String key, String lang, String preview, String turnedOff,
                                          String holdingRow, String offRow) {
        openIssue(key, lang);
        assertThat(type(HOLDING)).isEqualTo(preview);
        assertThat(browser.find("#backstop-reply-hold").isSelected()).isTrue();
        assertThat(browser.find("#backstop-reply-due").getAttribute("value")).isEqualTo("2026-11-05T18:00");
        send(holdingRow);

        JsonNode sla = rest("issues/" + key + "/sla");
        assertThat(sla.path("awaiting").asBoolean()).isFalse();
        assertThat(sla.path("promise").path("by").asText()).isEqualTo("ivanova");
        assertThat(OffsetDateTime.parse(sla.path("promise").path("due").asText()).toInstant()).isEqualTo(THURSDAY_1800);
        assertThat(outcomes(key)).containsExactly("OPEN");

        department.clockTo("2026-11-02T11:00");
        openIssue(key, lang);
        assertThat(type(ANSWER)).startsWith(turnedOff);
        browser.find("#backstop-reply-full").click();
        String history = send(offRow);

        assertThat(history).contains(holdingRow, offRow);
        assertThat(rest("issues/" + key + "/sla").path("promise").isNull()).as("no promise open").isTrue();
        assertThat(outcomes(key)).as("the answer kept the promise").containsExactly("KEPT");
    }

    @Test
    @Order(1)
    void inEnglishTheBoxShowsTheClientsWordsAndAHoldingReplyOpensAPromiseAFullAnswerKeepsIt() {
        openIssue("WEB-1", "en");
        String client = browser.find("#backstop-reply-client").getText();
        assertThat(client).contains("The client's latest message", "Any news? We paid on Friday.", "The request",
                "Where is my order?");
        assertThat(browser.find("#backstop-reply-send").isEnabled()).as("nothing typed yet").isFalse();

        holdingThenAnswer("WEB-1", "en",
                "This will count as a holding reply: a full answer is owed by Thu 05.11 18:00 (recognised by «получили»)",
                "This will count as a holding reply",
                "holding reply (text «получили»)", "detection turned off");
    }

    @Test
    @Order(2)
    void inRussianTheSame() {
        openIssue("WEB-2", "ru");
        assertThat(browser.find("#backstop-reply-client").getText())
                .contains("Последнее сообщение клиента", "Есть новости? Мы оплатили в пятницу.", "Обращение");

        holdingThenAnswer("WEB-2", "ru",
                "Это промежуточный ответ: полный ответ нужно дать до чт 05.11 18:00 (распознан по «получили»)",
                "Это промежуточный ответ",
                "промежуточный ответ (текст «получили»)", "распознавание выключено");
    }

    @Test
    @Order(3)
    void aTextThatIsNoHoldingReplyCountsAsAnAnswerUnlessMarked() {
        department.issue("WEB-3", "ivanova", "Romashka LLC", "Invoice, please");
        openIssue("WEB-3", "en");
        assertThat(type("Here is the invoice.")).isEqualTo("This will count as an answer.");
        assertThat(browser.findAll("#backstop-reply-full")).allSatisfy(radio -> assertThat(radio.isDisplayed()).isFalse());
        browser.find("#backstop-reply-mark").click();
        assertThat(browser.find("#backstop-reply-due").isDisplayed()).as("the date picker for the mark").isTrue();
        send("holding reply (marked)");
        assertThat(rest("issues/WEB-3/sla").path("promise").path("by").asText()).isEqualTo("ivanova");
    }
}
