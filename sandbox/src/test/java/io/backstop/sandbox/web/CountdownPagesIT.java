package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
 * Issue 15, "one countdown": at one pinned instant the queue (its "time left" column and its lozenge), the issue
 * panel and the dashboard's "Waiting for an answer" gadget show the same time left, the server's working time, in
 * English and in Russian; over lunch all three say the countdown is paused.
 *
 * <p>The department's calendar (Moscow, 09:00-13:00 and 14:00-18:00, answer within one working hour): WEB-1 was
 * opened on Monday at 17:00 (due 18:00 that evening, breached and handed to the operator), WEB-2 on Tuesday at 12:10
 * (due 14:10, after lunch). On Tuesday at 12:45 WEB-1 is 3 h 45 min of working time late (calendar time: 18 h
 * 45 min) and WEB-2 has 25 working minutes left (calendar time: 1 h 25 min, which a screen once showed as "on time").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CountdownPagesIT extends BrowserPages {

    private static final String QUEUE = "/plugins/servlet/backstop/queue";
    private static final String DASHBOARD = "/plugins/servlet/backstop/dashboard";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T17:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.clockTo("2026-11-03T12:10");
        department.issue("WEB-2", "ivanova", "Vasilek", "Invoice");
        department.clockTo("2026-11-03T12:45");
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("operator");
    }

    /** The time left of each issue as the queue's column, the issue panel and the gadget show it. */
    private static Map<String, List<String>> timeLeft(String lang, String... issues) {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        browser.open(QUEUE + "?lang=" + lang);
        browser.waitReady("backstop-queue");
        for (String issue : issues) {
            shown.put(issue, new java.util.ArrayList<>(List.of(queueRow(issue, ".backstop-left"))));
        }
        for (String issue : issues) {
            browser.open("/plugins/servlet/backstop/issue?key=" + issue + "&lang=" + lang);
            browser.waitReady("backstop-panel");
            shown.get(issue).add(browser.find("#backstop-panel-left").getText());
        }
        openDashboard(lang);
        for (String issue : issues) {
            shown.get(issue).add(gadgetRow(issue).get(2));
        }
        return shown;
    }

    private static String queueRow(String issue, String cell) {
        return browser.find("#backstop-queue-rows tr[data-issue='" + issue + "'] " + cell).getText();
    }

    private static void openDashboard(String lang) {
        browser.open(DASHBOARD + "?lang=" + lang);
        browser.waitReady("backstop-dashboard");
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-waiting").getAttribute("data-state")));
    }

    private static List<String> gadgetRow(String issue) {
        for (WebElement row : browser.findAll("#backstop-gadget-waiting tbody tr")) {
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            if (cells.get(0).equals(issue)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + issue + " in the gadget");
    }

    private static List<String> gadgetIssues() {
        return browser.findAll("#backstop-gadget-waiting tbody tr").stream()
                .map(row -> row.findElement(By.tagName("td")).getText()).toList();
    }

    @Test
    @Order(1)
    void inEnglishEveryScreenShowsTheSameWorkingTimeLeft() {
        browser.open(QUEUE + "?lang=en");
        browser.waitReady("backstop-queue");
        assertThat(queueRow("WEB-1", ".backstop-state")).isEqualToIgnoringCase("Breached");
        assertThat(queueRow("WEB-2", ".backstop-state")).as("25 working minutes left is due soon, not on time")
                .isEqualToIgnoringCase("Due soon");
        assertThat(queueRow("WEB-2", "td:nth-child(6)")).as("the due column shows no calendar countdown")
                .isEqualTo("Nov 3, 2026, 2:10 PM");

        Map<String, List<String>> shown = timeLeft("en", "WEB-1", "WEB-2");
        assertThat(shown.get("WEB-1")).as("queue, panel, gadget").containsOnly("overdue by 3 hr 45 min");
        assertThat(shown.get("WEB-2")).as("queue, panel, gadget").containsOnly("25 min left");

        assertThat(browser.find("#backstop-gadget-waiting h2").getText()).isEqualTo("Waiting for an answer");
        assertThat(browser.find("#backstop-gadget-waiting thead").getText()).contains("Issue", "Held by", "Time left");
        assertThat(gadgetIssues()).as("the soonest due first").containsExactly("WEB-1", "WEB-2");
        assertThat(gadgetRow("WEB-1").get(1)).isEqualTo("operator");
        assertThat(gadgetRow("WEB-2").get(1)).isEqualTo("ivanova");
        WebElement all = browser.find("#backstop-gadget-waiting .backstop-gadget-after a");
        assertThat(all.getText()).isEqualTo("Show all in the queue");
        assertThat(all.getAttribute("href")).endsWith(QUEUE);
    }

    @Test
    @Order(2)
    void inRussianEveryScreenShowsTheSameWorkingTimeLeft() {
        Map<String, List<String>> shown = timeLeft("ru", "WEB-1", "WEB-2");
        assertThat(shown.get("WEB-1")).as("queue, panel, gadget").containsOnly("просрочено на 3 ч 45 мин");
        assertThat(shown.get("WEB-2")).as("queue, panel, gadget").containsOnly("осталось 25 мин");
        assertThat(browser.find("#backstop-gadget-waiting h2").getText()).isEqualTo("Ждут ответа");
        assertThat(browser.find("#backstop-gadget-waiting .backstop-gadget-after a").getText())
                .isEqualTo("Вся очередь");
        browser.open(QUEUE + "?lang=ru");
        browser.waitReady("backstop-queue");
        assertThat(queueRow("WEB-2", ".backstop-state")).isEqualToIgnoringCase("Скоро срок");
    }

    @Test
    @Order(3)
    void overLunchEveryScreenSaysTheCountdownIsPaused() {
        department.clockTo("2026-11-03T13:30");
        Map<String, List<String>> en = timeLeft("en", "WEB-1", "WEB-2");
        assertThat(en.get("WEB-1")).containsOnly("overdue by 4 hr (paused: outside working hours)");
        assertThat(en.get("WEB-2")).containsOnly("10 min left (paused: outside working hours)");
        Map<String, List<String>> ru = timeLeft("ru", "WEB-1", "WEB-2");
        assertThat(ru.get("WEB-1")).containsOnly("просрочено на 4 ч (пауза: нерабочее время)");
        assertThat(ru.get("WEB-2")).containsOnly("осталось 10 мин (пауза: нерабочее время)");
        browser.open(QUEUE + "?lang=en");
    }

    @Test
    @Order(4)
    void theGadgetIsForTheHeadAndTheOperatorOnly() {
        browser.login("head");
        openDashboard("en");
        assertThat(gadgetIssues()).containsExactly("WEB-1", "WEB-2");
        browser.login("ivanova");
        browser.open(DASHBOARD + "?lang=en");
        browser.waitReady("backstop-dashboard");
        assertThat(browser.findAll("#backstop-gadget-waiting")).isEmpty();
        assertThat(browser.findAll("#backstop-gadget-sla")).isNotEmpty();
    }
}
