package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15, points 3 and 4: promises on the screens, in English and Russian, at one pinned instant (Monday 2 November
 * 2026, 12:00 in Moscow). The queue's promise lane above the waiting answers: sidorova's promise broken at 11:00 and
 * not answered since, then petrova's due today at 16:00 (moved once); the issue panel's line for ivanova's open
 * promise ("Получили, ответим до четверга": Thursday 18:00); the head's dashboard: the response gadget (the breach
 * against ivanova, who held it, the operator's rescue speed, the promises) and the "Broken promises" gadget.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PromisePagesIT extends BrowserPages {

    private static final String QUEUE = "/plugins/servlet/backstop/queue";
    private static final String DASHBOARD = "/plugins/servlet/backstop/dashboard";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T09:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.issue("WEB-2", "petrova", "Vasilek", "Invoice");
        department.issue("WEB-3", "sidorova", "Lyutik", "Report");
        department.issue("WEB-4", "ivanova", "Kolokolchik", "Hosting");
        department.clockTo("2026-11-02T09:10");
        department.comment("WEB-1", "ivanova", "Получили, ответим до четверга"); // holding, read from the text
        hold("WEB-2", "petrova", "2026-11-02T12:00");
        hold("WEB-3", "sidorova", "2026-11-02T11:00");
        department.clockTo("2026-11-02T09:20");
        hold("WEB-2", "petrova", "2026-11-02T16:00"); // moved
        department.clockTo("2026-11-02T10:30"); // WEB-4 breached at 10:00 in ivanova's hands, went to the operator
        department.comment("WEB-4", "operator", "Here is the answer.");
        department.clockTo("2026-11-02T12:00"); // WEB-3's promise broke at 11:00
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("operator");
    }

    private static void hold(String key, String author, String promise) {
        Map<String, Object> reply = new HashMap<>(Map.of("author", author, "body", "ok", "holding", true,
                "promise", promise + ":00+03:00"));
        assertThat(department.client.post("admin", "rest/sandbox/1.0/issues/" + key + "/comments", reply).status())
                .isEqualTo(201);
    }

    /** The lane's rows: issue, client, promise, state, holder. */
    private static List<List<String>> lane(String lang) {
        browser.open(QUEUE + "?lang=" + lang);
        browser.waitReady("backstop-queue");
        return browser.findAll("#backstop-queue-promises-rows tr").stream().map(row -> row.findElements(
                By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    private static String laneCell(String issue, String cell) {
        return browser.find("#backstop-queue-promises-rows tr[data-issue='" + issue + "'] " + cell).getText();
    }

    private static String panelPromise(String issue, String lang) {
        browser.open("/plugins/servlet/backstop/issue?key=" + issue + "&lang=" + lang);
        browser.waitReady("backstop-panel");
        WebElement line = browser.find("#backstop-panel-promise");
        return line.isDisplayed() ? line.getText() : "";
    }

    @Test
    @Order(1)
    void inEnglishTheQueueShowsThePromiseLaneAboveTheAnswersAndThePanelThePromise() {
        List<List<String>> lane = lane("en");
        assertThat(lane).extracting(row -> row.get(0)).containsExactly("WEB-3", "WEB-2");
        assertThat(browser.find("#backstop-queue-promises h2").getText()).isEqualTo("Promises");
        assertThat(lane.get(0).get(1)).isEqualTo("Lyutik");
        assertThat(lane.get(0).get(2)).isEqualTo("promised by Mon 11:00, sidorova");
        assertThat(laneCell("WEB-3", ".backstop-promise-broken")).isEqualToIgnoringCase("Broken");
        assertThat(laneCell("WEB-3", ".backstop-promise-left")).isEqualTo("overdue by 1 hr");
        assertThat(lane.get(1).get(2)).isEqualTo("promised by Mon 16:00, petrova");
        assertThat(laneCell("WEB-2", ".backstop-promise-due")).isEqualToIgnoringCase("Due today");
        assertThat(laneCell("WEB-2", ".backstop-promise-left")).isEqualTo("3 hr left · moved before: 1");
        assertThat(lane.get(1).get(4)).isEqualTo("petrova");
        assertThat(browser.find("#backstop-queue-empty").isDisplayed()).as("nobody waits for an answer").isTrue();
        assertThat((Boolean) browser.script("var lane = document.getElementById('backstop-queue-promises');"
                + " var table = document.getElementById('backstop-queue-table');"
                + " return !!(lane.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);"))
                .as("the lane is above the normal lane").isTrue();

        assertThat(panelPromise("WEB-1", "en")).isEqualTo("promised by Thu 18:00, ivanova");
        assertThat(panelPromise("WEB-3", "en")).as("a broken promise is no open one").isEmpty();
    }

    @Test
    @Order(2)
    void inRussianTheSame() {
        List<List<String>> lane = lane("ru");
        assertThat(browser.find("#backstop-queue-promises h2").getText()).isEqualTo("Обещания");
        assertThat(lane.get(0).get(2)).isEqualTo("обещано до пн 11:00, sidorova");
        assertThat(laneCell("WEB-3", ".backstop-promise-broken")).isEqualToIgnoringCase("Нарушено");
        assertThat(laneCell("WEB-3", ".backstop-promise-left")).isEqualTo("просрочено на 1 ч");
        assertThat(lane.get(1).get(2)).isEqualTo("обещано до пн 16:00, petrova");
        assertThat(laneCell("WEB-2", ".backstop-promise-due")).isEqualToIgnoringCase("Срок сегодня");
        assertThat(laneCell("WEB-2", ".backstop-promise-left"))
                .isEqualTo("осталось 3 ч · переносов до этого: 1");

        assertThat(panelPromise("WEB-1", "ru")).isEqualTo("обещано до чт 18:00, ivanova");
    }

    @Test
    @Order(3)
    void theHeadSeesWhoLetItBreachTheRescueSpeedAndTheBrokenPromises() {
        browser.login("head");
        browser.open(DASHBOARD + "?lang=en");
        browser.waitReady("backstop-dashboard");
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-sla").getAttribute("data-state"))
                && "ready".equals(browser.find("#backstop-gadget-broken-promises").getAttribute("data-state")));
        assertThat(browser.find("#backstop-gadget-sla thead").getText())
                .contains("On time", "Breaches", "Broken promises", "Rescue (median)");
        assertThat(gadgetRow("sla", "ivanova")).containsExactly("ivanova", "0", "1", "0", "0%", "—");
        assertThat(gadgetRow("sla", "operator")).containsExactly("operator", "0", "0", "0", "—", "30 min");
        assertThat(gadgetRow("sla", "sidorova")).containsExactly("sidorova", "0", "0", "1", "0%", "—");
        assertThat(browser.find("#backstop-gadget-sla li[data-line='promises'][data-person='petrova']").getText())
                .isEqualTo("petrova: promises made 1, kept 0, moved 1, broken 0");
        assertThat(browser.find("#backstop-gadget-sla li[data-line='rescues'][data-person='operator']").getText())
                .isEqualTo("operator: took over 1 breached, answered in 30 min (median), 90% within 30 min");

        assertThat(browser.find("#backstop-gadget-broken-promises h2").getText()).isEqualTo("Broken promises");
        assertThat(gadgetRow("broken-promises", "WEB-3")).containsExactly("WEB-3", "sidorova", "Mon 11:00", "—");

        browser.open(DASHBOARD + "?lang=ru");
        browser.waitReady("backstop-dashboard");
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-broken-promises").getAttribute("data-state")));
        assertThat(browser.find("#backstop-gadget-broken-promises h2").getText()).isEqualTo("Нарушенные обещания");
        assertThat(gadgetRow("broken-promises", "WEB-3")).containsExactly("WEB-3", "sidorova", "пн 11:00", "—");
    }

    @Test
    @Order(4)
    void theBrokenPromisesGadgetIsTheHeadsOnly() {
        browser.login("ivanova");
        browser.open(DASHBOARD + "?lang=en");
        browser.waitReady("backstop-dashboard");
        assertThat(browser.findAll("#backstop-gadget-broken-promises")).isEmpty();
        assertThat(browser.findAll("#backstop-gadget-sla")).isNotEmpty();
    }

    private static List<String> gadgetRow(String gadget, String first) {
        for (WebElement row : browser.findAll("#backstop-gadget-" + gadget + " tbody tr")) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (cells.get(0).equals(first)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + first + " in the gadget " + gadget);
    }
}
