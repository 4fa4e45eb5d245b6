package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator's queue in a browser, on a manual clock: a message joins the queue after queueAfter, is shown as
 * breached once the clock passes its due, the page reloads itself keeping its scroll, filters by manager and
 * client, and a manager sees only the issues the REST gives them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueuePageIT extends BrowserPages {


    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static List<String> keys() {
        return browser.findAll("#backstop-queue-rows tr").stream().map(row -> row.getAttribute("data-issue"))
                .collect(Collectors.toList());
    }

    private static void refresh() {
        String loads = browser.find("#backstop-queue").getAttribute("data-loads");
        browser.find("#backstop-queue-refresh").click();
        browser.waitFor(d -> !loads.equals(browser.find("#backstop-queue").getAttribute("data-loads")));
    }

    @Test
    @Order(1)
    void anAnonymousVisitorIsSentToTheLoginFormAndBack() {
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitFor(d -> !d.findElements(By.id("login-user")).isEmpty());
        browser.find("#login-user").sendKeys("operator");
        browser.find("#login-password").sendKeys("operator");
        browser.find("#login-submit").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/plugins/servlet/backstop/queue"));
        browser.waitReady("backstop-queue");
        assertThat(keys()).isEmpty();
        assertThat(browser.find("#backstop-queue-empty").isDisplayed()).isTrue();
    }

    @Test
    @Order(2)
    void theOperatorSeesAMessageJoinTheQueueAndBreach() {
        department.clockTo("2026-11-02T10:02");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.clockTo("2026-11-02T10:20");
        refresh();
        assertThat(keys()).as("before queueAfter (10:32)").isEmpty();

        department.clockTo("2026-11-02T10:40");
        refresh();
        assertThat(keys()).containsExactly("WEB-1");
        WebElement row = browser.find("#backstop-queue-rows tr");
        assertThat(row.findElement(By.cssSelector(".backstop-client")).getText()).isEqualTo("Romashka LLC");
        assertThat(row.findElement(By.cssSelector(".backstop-owner")).getText()).isEqualTo("ivanova");
        assertThat(row.findElement(By.cssSelector(".backstop-state")).getText()).isEqualToIgnoringCase("Due soon");
        assertThat(row.findElement(By.cssSelector(".backstop-left")).getText()).isEqualTo("22 min left");
        assertThat(row.getAttribute("class")).doesNotContain("backstop-row-breached");

        department.clockTo("2026-11-02T11:10"); // due 11:02; the 11:05 tick breaches it and hands it to the operator
        refresh();
        row = browser.find("#backstop-queue-rows tr");
        assertThat(row.getAttribute("class")).contains("backstop-row-breached");
        assertThat(row.findElement(By.cssSelector(".backstop-state")).getText()).isEqualToIgnoringCase("Breached");
        assertThat(row.findElement(By.cssSelector(".backstop-assignee")).getText()).isEqualTo("operator");
        assertThat(row.findElement(By.cssSelector(".backstop-left")).getText()).isEqualTo("overdue by 8 min");
        assertThat(row.findElement(By.cssSelector(".backstop-key a")).getAttribute("href"))
                .endsWith("/plugins/servlet/backstop/issue?key=WEB-1");
    }

    @Test
    @Order(3)
    void theQueueIsSortedByDueAndFiltersByManagerAndClient() {
        department.issue("WEB-2", "petrova", "Vasilek", "Invoice");     // 11:10, due 12:10
        department.issue("WEB-3", "sidorova", "Romashka Group", "Ads"); // 11:10, due 12:10
        department.clockTo("2026-11-02T11:45");
        refresh();
        assertThat(keys()).containsExactly("WEB-1", "WEB-2", "WEB-3");

        new Select(browser.find("#backstop-queue-owner")).selectByValue("petrova");
        assertThat(keys()).containsExactly("WEB-2");
        new Select(browser.find("#backstop-queue-owner")).selectByValue("");
        browser.find("#backstop-queue-client").sendKeys("romashka");
        assertThat(keys()).containsExactly("WEB-1", "WEB-3");
        refresh();
        assertThat(keys()).as("a reload keeps the filter").containsExactly("WEB-1", "WEB-3");
        browser.find("#backstop-queue-client").clear();
        browser.script("arguments[0].dispatchEvent(new Event('input'))", browser.find("#backstop-queue-client"));
        assertThat(keys()).hasSize(3);
    }

    @Test
    @Order(4)
    void theQueueReloadsItselfWithoutMovingThePage() {
        for (int i = 10; i < 50; i++) {
            department.issue("WEB-" + i, i % 2 == 0 ? "ivanova" : "sidorova", "Client " + i, "Question " + i);
        }
        department.clockTo("2026-11-02T12:30");
        browser.open("/plugins/servlet/backstop/queue?refresh=2");
        browser.waitFor(d -> keys().size() == 43);
        browser.script("window.scrollTo(0, 600)");
        long before = ((Number) browser.script("return window.scrollY")).longValue();
        assertThat(before).isEqualTo(600);
        String loads = browser.find("#backstop-queue").getAttribute("data-loads");
        browser.waitFor(d -> Integer.parseInt(browser.find("#backstop-queue").getAttribute("data-loads"))
                >= Integer.parseInt(loads) + 2);
        assertThat(((Number) browser.script("return window.scrollY")).longValue()).isEqualTo(before);
        assertThat(keys()).hasSize(43);
    }

    @Test
    @Order(5)
    void theOperatorTakesAnIssueWhichOpensAndLearnsWhenSomeoneWasQuicker() {
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        assertThat(browser.find("#backstop-queue-rows tr[data-issue='WEB-2'] .backstop-action").getText())
                .as("breached and handed to the operator already").isEqualToIgnoringCase("Yours");
        WebElement web10 = browser.find("#backstop-queue-rows tr[data-issue='WEB-10']");
        assertThat(web10.findElement(By.cssSelector(".backstop-assignee")).getText()).isEqualTo("ivanova");
        web10.findElement(By.cssSelector(".backstop-take")).click();
        // taking from a colleague asks first, then says whose it was (issue 18); the issue opens from there
        browser.find("#backstop-queue-rows tr[data-issue='WEB-10'] .backstop-take-confirm").click();
        browser.waitFor(d -> browser.find("#backstop-queue-flash").getText().startsWith("You took WEB-10 from ivanova."));
        browser.find("#backstop-queue-flash .backstop-taken-open").click();
        // its history says whom it was taken from
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/plugins/servlet/backstop/issue?key=WEB-10"));
        browser.waitReady("backstop-panel");
        assertThat(browser.find("#backstop-panel-assignee").getText()).isEqualTo("operator");
        assertThat(browser.find("#backstop-panel-timeline").getText())
                .contains("Moved from ivanova to operator: taken from the queue");
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        assertThat(browser.find("#backstop-queue-rows tr[data-issue='WEB-10'] .backstop-action").getText())
                .isEqualToIgnoringCase("Yours");

        // the head takes WEB-11 while the operator's screen still shows sidorova holding it
        assertThat(department.client.post("head", "rest/backstop/1.0/issues/WEB-11/take",
                java.util.Map.of("expectedAssignee", "sidorova")).status()).isEqualTo(200);
        browser.find("#backstop-queue-rows tr[data-issue='WEB-11'] .backstop-take").click();
        browser.find("#backstop-queue-rows tr[data-issue='WEB-11'] .backstop-take-confirm").click();
        browser.waitFor(d -> browser.find("#backstop-queue-flash").getText().startsWith("Someone took WEB-11"));
        browser.waitFor(d -> "head".equals(assignee("WEB-11")));
    }

    private static String assignee(String key) {
        return browser.find("#backstop-queue-rows tr[data-issue='" + key + "'] .backstop-assignee").getText();
    }

    @Test
    @Order(6)
    void aManagerSeesOnlyWhatTheRestGivesThem() {
        browser.login("petrova"); // owns WEB-2 and stands in for ivanova (deputy) and sidorova
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        List<String> seen = keys();
        assertThat(seen).contains("WEB-1", "WEB-2", "WEB-3");
        browser.login("sidorova"); // owns WEB-3 and odd WEB-n, deputy of petrova
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        assertThat(keys()).contains("WEB-3", "WEB-13").doesNotContain("WEB-1", "WEB-12");
    }
}
