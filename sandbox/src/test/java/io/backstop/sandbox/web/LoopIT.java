package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16.5, the loop by clicking, in English and in Russian: the client (the {@code client} login) writes a new
 * request; it waits and reaches the queue; the operator takes it there (the issue opens, saying whom it was taken
 * from), answers from the reply box with an answer from the library, and the clock stops (the answer sends it home,
 * rule 3). The client writes again; the operator takes it, adds an internal note (no reply: the clock goes on) and
 * gives it back to the manager with "Return"; the manager answers it herself.
 *
 * <p>Romashka is ivanova's client (its earlier request, LIB-1, holds the library's answer about the price list).
 * Monday 2 November for English, Tuesday 3 November for Russian; 30 working minutes to the queue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoopIT extends BrowserPages {

    private static final String ANSWER = "The new price list is on the site; the old file is removed.";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T08:30");
        department.issue("LIB-1", "ivanova", "Romashka", "Please put the new price list on the site");
        department.comment("LIB-1", "ivanova", ANSWER);
        ok(department.client.post("ivanova", "rest/backstop/1.0/library/entries",
                Map.of("issue", "LIB-1", "tags", java.util.List.of("price"))));
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    /** What each language's pages say at each step. */
    private record Words(String lang, String day, String subject, String message, String again, String taken,
                         String answerPreview, String answered, String notePreview, String noteButton,
                         String returnButton, String returned, String managerAnswer) {
    }

    private static final Words EN = new Words("en", "2026-11-02", "Price list", "Please put the new prices up.",
            "Is it done?", "Moved from ivanova to operator: taken from the queue", "This will count as an answer.",
            "operator answered", "An internal note is no reply: the client does not see it, and the clock goes on.",
            "Add the note", "Return to ivanova", "Moved from operator to ivanova: back to the manager",
            "ivanova answered");
    private static final Words RU = new Words("ru", "2026-11-03", "Прайс-лист", "Выложите, пожалуйста, новые цены.",
            "Уже готово?", "Передано от ivanova к operator: взято из очереди", "Это будет ответ по существу.",
            "operator ответил(а)", "Внутренняя заметка — не ответ: клиент её не видит, и часы идут дальше.",
            "Добавить заметку", "Вернуть менеджеру: ivanova", "Передано от operator к ivanova: возврат менеджеру",
            "ivanova ответил(а)");

    @Test
    @Order(1)
    void inEnglish() {
        loop(EN);
    }

    @Test
    @Order(2)
    void inRussian() {
        loop(RU);
    }

    private static void loop(Words w) {
        department.clockTo(w.day() + "T09:00");
        String key = clientOpensARequest(w);
        assertThat(sla(key).path("awaiting").asBoolean()).as("the request waits").isTrue();
        assertThat(sla(key).path("assignee").asText()).as("Romashka's manager").isEqualTo("ivanova");

        department.clockTo(w.day() + "T09:40"); // 40 working minutes: in the queue
        browser.login("operator");
        takeFromTheQueue(w, key);
        assertThat(browser.find("#backstop-panel-timeline").getText()).contains(w.taken());

        answerWithTheLibrary(w);
        assertThat(sla(key).path("awaiting").asBoolean()).as("the answer stops the clock").isFalse();
        assertThat(sla(key).path("assignee").asText()).as("and sends it home").isEqualTo("ivanova");

        department.clockTo(w.day() + "T10:00");
        browser.login("client");
        browser.open("/plugins/servlet/backstop/issue?key=" + key + "&lang=" + w.lang());
        browser.find("#sandbox-client-body").sendKeys(w.again());
        browser.find("#sandbox-client-send").click();
        browser.waitFor(d -> d.findElement(By.id("sandbox-issue-comments")).getText().contains(w.again()));
        assertThat(sla(key).path("awaiting").asBoolean()).as("the client wrote again").isTrue();

        department.clockTo(w.day() + "T10:40");
        browser.login("operator");
        takeFromTheQueue(w, key);
        addAnInternalNote(w, key);
        assertThat(sla(key).path("awaiting").asBoolean()).as("a note is no reply").isTrue();
        assertThat(sla(key).path("assignee").asText()).isEqualTo("operator");

        // the answer above sent it home once already (rule 3), with the same words: wait for the page to come back
        WebElement giveBack = browser.find("#backstop-return-button");
        giveBack.click();
        browser.waitFor(ExpectedConditions.stalenessOf(giveBack));
        browser.waitReady("backstop-panel");
        assertThat(browser.find("#backstop-panel-assignee").getText()).isEqualTo("ivanova");
        String history = browser.find("#backstop-panel-timeline").getText();
        assertThat(history.indexOf(w.returned())).as("returned twice").isNotEqualTo(history.lastIndexOf(w.returned()));
        JsonNode timeline = sla(key).path("timeline");
        JsonNode returned = timeline.get(timeline.size() - 1);
        assertThat(returned.path("reason").asText()).isEqualTo("RETURN");
        assertThat(returned.path("actor").asText()).as("by the operator's click").isEqualTo("operator");
        assertThat(browser.findAll("#backstop-return-button")).as("hers again: nothing to return").isEmpty();

        browser.login("ivanova");
        openIssue(w, key);
        browser.find("#backstop-reply-text").sendKeys("Yes, done / Да, готово.");
        browser.waitFor(d -> d.findElement(By.id("backstop-reply-send")).isEnabled());
        send(w.managerAnswer());
        assertThat(sla(key).path("awaiting").asBoolean()).isFalse();
    }

    /** As the client: the front page's new request, then the new issue's page with what the client wrote. */
    private static String clientOpensARequest(Words w) {
        browser.login("client");
        browser.open("/?lang=" + w.lang());
        assertThat(browser.findAll("#nav-queue")).as("no staff screens for the client").isEmpty();
        browser.find("#sandbox-request-client").sendKeys("Romashka");
        browser.find("#sandbox-request-summary").sendKeys(w.subject());
        browser.find("#sandbox-request-description").sendKeys(w.message());
        browser.find("#sandbox-request-send").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/plugins/servlet/backstop/issue?key="));
        assertThat(browser.find("#sandbox-issue-summary").getText()).isEqualTo(w.subject());
        assertThat(browser.find("#sandbox-issue-opening").getText()).contains(w.message());
        assertThat(browser.findAll("#backstop-panel")).as("Backstop's panel is for staff").isEmpty();
        return browser.find("#sandbox-issue-key").getText();
    }

    /** The queue's row shows whose the issue is; "take" opens it. */
    private static void takeFromTheQueue(Words w, String key) {
        browser.open("/plugins/servlet/backstop/queue?lang=" + w.lang());
        browser.waitReady("backstop-queue");
        String row = "#backstop-queue-rows tr[data-issue='" + key + "']";
        browser.waitFor(d -> !d.findElements(By.cssSelector(row)).isEmpty());
        assertThat(browser.find(row + " .backstop-owner").getText()).isEqualTo("ivanova");
        assertThat(browser.find(row + " .backstop-assignee").getText()).isEqualTo("ivanova");
        browser.find(row + " .backstop-take").click();
        browser.find(row + " .backstop-take-confirm").click(); // from a colleague: asked first (issue 18)
        browser.waitFor(d -> !d.findElements(By.cssSelector("#backstop-queue-flash .backstop-taken-open")).isEmpty());
        browser.find("#backstop-queue-flash .backstop-taken-open").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/plugins/servlet/backstop/issue?key=" + key));
        browser.waitReady("backstop-panel");
        browser.waitReady("backstop-reply");
        assertThat(browser.find("#backstop-panel-assignee").getText()).isEqualTo("operator");
    }

    private static void openIssue(Words w, String key) {
        browser.open("/plugins/servlet/backstop/issue?key=" + key + "&lang=" + w.lang());
        browser.waitReady("backstop-panel");
        browser.waitReady("backstop-reply");
    }

    /** The library's "Use" fills the reply box, which says how it will count; Send answers. */
    private static void answerWithTheLibrary(Words w) {
        String searched = browser.find("#backstop-library").getAttribute("data-searched");
        browser.find("#backstop-library-q").sendKeys("price");
        browser.find("#backstop-library-search button").click();
        browser.waitFor(d -> {
            String now = d.findElement(By.id("backstop-library")).getAttribute("data-searched");
            return now != null && !now.equals(searched);
        });
        browser.find(".backstop-library-use").click();
        browser.waitFor(d -> ANSWER.equals(d.findElement(By.id("backstop-reply-text")).getAttribute("value")));
        browser.waitFor(d -> w.answerPreview().equals(d.findElement(By.id("backstop-reply-preview")).getText()));
        send(w.answered());
    }

    private static void addAnInternalNote(Words w, String key) {
        browser.find("#backstop-reply-internal").click();
        browser.find("#backstop-reply-text").sendKeys("Called them: the director decides tomorrow.");
        assertThat(browser.find("#backstop-reply-preview").getText()).isEqualTo(w.notePreview());
        assertThat(browser.find("#backstop-reply-send").getText()).isEqualTo(w.noteButton());
        assertThat(browser.find("#backstop-reply-choices").isDisplayed()).as("no holding choices").isFalse();
        browser.find("#backstop-reply-send").click();
        browser.waitFor(d -> d.findElement(By.id("sandbox-issue-comments")).getText()
                .contains("Called them: the director decides tomorrow."));
        browser.waitReady("backstop-panel");
        JsonNode comments = department.client.get("admin", "rest/sandbox/1.0/issues/" + key).body().path("comments");
        JsonNode note = comments.get(comments.size() - 1);
        assertThat(note.path("author").asText()).isEqualTo("operator");
        assertThat(note.path("internal").asBoolean()).isTrue();
    }

    /** Sends the reply box and waits for the page to come back with the reply in the panel's history. */
    private static void send(String inHistory) {
        browser.find("#backstop-reply-send").click();
        browser.waitFor(d -> d.findElement(By.id("backstop-panel-timeline")).getText().contains(inHistory)
                && "ready".equals(d.findElement(By.id("backstop-panel")).getAttribute("data-state")));
    }

    private static JsonNode sla(String key) {
        return ok(department.client.get("head", "rest/backstop/1.0/issues/" + key + "/sla")).body();
    }

    private static SandboxClient.Answer ok(SandboxClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isLessThan(300);
        return answer;
    }
}
