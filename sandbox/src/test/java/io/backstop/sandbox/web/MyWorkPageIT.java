package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16, point 6: a manager's "My work", in English and Russian, at one pinned instant (Monday 2 November 2026,
 * 10:30 in Moscow; answers within a working hour, complaints within two). ivanova's: WEB-1 breached at 10:00 and
 * held by the operator since, WEB-5 due at 11:05, the complaint WEB-6 due at 12:20, her promise on WEB-4; never
 * petrova's WEB-2. The head looks at petrova's.
 */
class MyWorkPageIT extends BrowserPages {

    private static final String MY_WORK = "/plugins/servlet/backstop/mywork";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T09:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.issue("WEB-2", "petrova", "Vasilek", "Invoice");
        department.issue("WEB-4", "ivanova", "Kolokolchik", "Hosting");
        department.clockTo("2026-11-02T09:10");
        department.comment("WEB-4", "ivanova", "Получили, ответим до четверга"); // holding: a promise for Thursday
        department.clockTo("2026-11-02T10:05");
        department.issue("WEB-5", "ivanova", "Lyutik", "Report");
        department.clockTo("2026-11-02T10:20");
        assertThat(department.client.post("admin", "rest/sandbox/1.0/issues", Map.of("key", "WEB-6",
                "owner", "ivanova", "client", "Gvozdika", "summary", "Third time I ask", "issueType", "Complaint"))
                .status()).isEqualTo(201);
        department.clockTo("2026-11-02T10:30");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static void open(String lang) {
        browser.open(MY_WORK + "?lang=" + lang);
        browser.waitReady("backstop-mywork");
    }

    /** The rows of a lane: each row's cells. */
    private static List<List<String>> lane(String id) {
        return browser.findAll("#" + id + " tbody tr").stream().map(row -> row.findElements(By.tagName("td"))
                .stream().map(WebElement::getText).toList()).toList();
    }

    @Test
    void aManagerSeesHerBreachedDueSoonAndWaitingIssuesHerPromisesAndHerClientsDigests() {
        browser.login("ivanova");
        browser.open("/plugins/servlet/backstop/queue?lang=en");
        browser.find("#nav-mywork").click();
        browser.waitReady("backstop-mywork");
        assertThat(browser.find("h1").getText()).isEqualTo("My work");
        assertThat(browser.findAll("#backstop-mywork-person")).as("a manager sees only her own").isEmpty();

        List<List<String>> breached = lane("backstop-mywork-breached");
        assertThat(breached).hasSize(1);
        assertThat(breached.get(0).get(0)).isEqualTo("WEB-1");
        assertThat(breached.get(0).get(1)).isEqualTo("Romashka LLC");
        assertThat(breached.get(0).get(4)).isEqualTo("overdue by 30 min");
        assertThat(breached.get(0).get(5)).as("held by the operator since it breached").isEqualTo("operator");
        assertThat(breached.get(0).get(6)).as("a lozenge, in capitals").isEqualToIgnoringCase("Breached");
        assertThat(lane("backstop-mywork-soon")).extracting(row -> row.subList(0, 2) + " " + row.get(4) + " " + row.get(5))
                .containsExactly("[WEB-5, Lyutik] 35 min left you");
        List<List<String>> waiting = lane("backstop-mywork-waiting");
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get(0)).isEqualTo("WEB-6");
        assertThat(waiting.get(0).get(4)).isEqualTo("1 hr 50 min left");
        assertThat(waiting.get(0).get(6)).startsWithIgnoringCase("Complaint");
        List<List<String>> promises = lane("backstop-mywork-promises");
        assertThat(promises).hasSize(1);
        assertThat(promises.get(0).get(0)).isEqualTo("WEB-4");
        assertThat(promises.get(0).get(2)).startsWith("promised by ").endsWith(", ivanova");
        assertThat(promises.get(0).get(3)).startsWithIgnoringCase("Open");
        assertThat(browser.find("#backstop-mywork-counts").getText())
                .isEqualTo("ivanova: breached 1, due soon 1, waiting 1, promises 1");
        assertThat(browser.find("#backstop-mywork").getText()).doesNotContain("WEB-2").doesNotContain("Vasilek");

        List<String> clients = browser.findAll(".backstop-mywork-client-name").stream().map(WebElement::getText).toList();
        assertThat(clients).containsExactly("Romashka LLC", "Lyutik", "Gvozdika", "Kolokolchik");
        WebElement digest = browser.find(".backstop-mywork-client[data-client='Kolokolchik'] .backstop-mywork-digest");
        assertThat(digest.getText()).isEqualTo("Digest");
        assertThat(digest.getAttribute("href")).endsWith("/plugins/servlet/backstop/issue?key=WEB-4#backstop-digest");
        digest.click();
        browser.waitReady("backstop-panel");
        browser.waitFor(d -> browser.find("#backstop-digest").isDisplayed());
        assertThat(browser.find("#backstop-digest h3").getText()).isEqualTo("Client digest");
    }

    @Test
    void inRussianTheHeadLooksAtAManagersWork() {
        browser.login("head");
        open("ru");
        assertThat(browser.find("h1").getText()).isEqualTo("Моя работа");
        assertThat(browser.find("#backstop-mywork-breached h2").getText()).isEqualTo("Норматив нарушен");
        assertThat(browser.find("#backstop-mywork-breached .backstop-mywork-none").getText()).isEqualTo("Нарушений нет.");
        assertThat(browser.find("#backstop-mywork-breached thead").getAttribute("textContent"))
                .as("the heads of a lane with nothing in it, hidden").contains("Задача", "Клиент", "У кого");

        String loads = browser.find("#backstop-mywork").getAttribute("data-loads");
        new Select(browser.find("#backstop-mywork-person")).selectByValue("petrova");
        browser.waitFor(d -> !loads.equals(browser.find("#backstop-mywork").getAttribute("data-loads"))
                && "ready".equals(browser.find("#backstop-mywork").getAttribute("data-state")));
        List<List<String>> breached = lane("backstop-mywork-breached");
        assertThat(breached).extracting(row -> row.get(0) + " " + row.get(1) + " " + row.get(5))
                .containsExactly("WEB-2 Vasilek operator");
        assertThat(breached.get(0).get(4)).isEqualTo("просрочено на 30 мин");
        assertThat(browser.find("#backstop-mywork-counts").getText())
                .isEqualTo("petrova: норматив нарушен 1, скоро срок 0, ждут 0, обещаний 0");
        assertThat(browser.find("#backstop-mywork-promises .backstop-mywork-none").getText())
                .isEqualTo("Открытых обещаний нет.");
        assertThat(browser.find(".backstop-mywork-client .backstop-mywork-digest").getText()).isEqualTo("Сводка");
        assertThat(browser.find("#backstop-mywork").getText()).doesNotContain("WEB-1").doesNotContain("WEB-5");
    }
}
