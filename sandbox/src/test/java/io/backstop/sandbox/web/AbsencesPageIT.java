package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16, point 7: absences from screens, at Monday 2 November 2026, 09:30 in Moscow. The head approves petrova's
 * afternoon after seeing what it would do (in Russian): sidorova, petrova's first deputy, is on vacation, so petrova's
 * waiting WEB-7 would go to ivanova. The office manager records absences for others, whole days and "sick today", a
 * bad range shown next to its field (in English). A manager asks for a day off and withdraws it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AbsencesPageIT extends BrowserPages {

    private static final String ABSENCES = "/plugins/servlet/backstop/absences";
    private static String petrovasRequest;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T09:00");
        department.issue("WEB-7", "petrova", "Romashka LLC", "Where is my order?");
        post("office", "absences", Map.of("person", "sidorova", "kind", "VACATION",
                "from", "2026-11-02T00:00:00+03:00", "until", "2026-11-06"));
        petrovasRequest = post("petrova", "absences/requests", Map.of("from", "2026-11-02T14:00:00+03:00",
                "to", "2026-11-02T18:00:00+03:00", "kind", "STUDY", "reason", "driving school")).path("id").asText();
        department.clockTo("2026-11-02T09:30");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    static JsonNode post(String user, String path, Object body) {
        var answer = department.client.post(user, "rest/backstop/1.0/" + path, body);
        assertThat(answer.status()).as("POST " + path + " as " + user + ": " + answer.body()).isLessThan(300);
        return answer.body();
    }

    private static void open(String lang) {
        browser.open(ABSENCES + "?lang=" + lang);
        browser.waitReady("backstop-absences-page");
    }

    private static void setValue(String css, String value) {
        browser.script("arguments[0].value = arguments[1]", browser.find(css), value);
    }

    private static List<WebElement> rows(String person) {
        return browser.findAll("#backstop-absence-rows tr.backstop-absence").stream()
                .filter(tr -> tr.findElement(By.className("backstop-absence-person")).getText().equals(person)).toList();
    }

    private static WebElement request(String id) {
        return browser.find("#backstop-absence-requests tr.backstop-request[data-id='" + id + "']");
    }

    @Test
    @Order(1)
    void inRussianTheHeadSeesWhatApprovingWouldMoveThenApproves() {
        browser.login("head");
        open("ru");
        assertThat(browser.find("h1").getText()).isEqualTo("Отсутствия");
        request(petrovasRequest).findElement(By.className("backstop-request-approve")).click();
        browser.waitFor(d -> !browser.findAll("tr.backstop-request-conflicts").isEmpty());
        WebElement conflicts = browser.find("tr.backstop-request-conflicts");
        assertThat(conflicts.findElement(By.tagName("h3")).getText())
                .isEqualTo("Перед тем как одобрить отсутствие: petrova");
        assertThat(conflicts.findElement(By.cssSelector(".backstop-conflicts-away li")).getText())
                .startsWith("sidorova · Отпуск · ");
        assertThat(conflicts.findElements(By.cssSelector(".backstop-conflicts-moves li")).stream()
                .map(WebElement::getText).toList()).containsExactly("WEB-7 (Romashka LLC) перейдёт к ivanova");
        assertThat(conflicts.findElement(By.className("backstop-conflicts-new")).getText())
                .isEqualTo("Новые сообщения клиентов petrova будут получать: ivanova.");
        assertThat(request(petrovasRequest).getAttribute("data-status")).as("nothing decided yet").isEqualTo("REQUESTED");

        conflicts.findElement(By.className("backstop-conflicts-approve")).click();
        browser.waitFor(d -> "APPROVED".equals(request(petrovasRequest).getAttribute("data-status")));
        assertThat(request(petrovasRequest).findElement(By.className("backstop-request-status")).getText())
                .isEqualTo("Одобрена");
        browser.waitFor(d -> !rows("petrova").isEmpty());
        assertThat(rows("petrova").get(0).findElement(By.className("backstop-absence-kind")).getText())
                .isEqualTo("Учёба");
    }

    @Test
    @Order(2)
    void theOfficeManagerRecordsWholeDaysAndSickTodayForOthers() {
        browser.login("office");
        browser.open("/plugins/servlet/backstop/dashboard?lang=en");
        browser.find("#nav-absences").click();
        browser.waitReady("backstop-absences-page");
        assertThat(browser.find("#backstop-absences h2").getText()).isEqualTo("Record an absence");
        assertThat(browser.findAll("#backstop-absence-requests .backstop-request-approve"))
                .as("the office manager does not decide requests").isEmpty();

        new Select(browser.find("#backstop-absence-person")).selectByValue("ivanova");
        new Select(browser.find("#backstop-absence-kind")).selectByValue("VACATION");
        setValue("#backstop-absence-first", "2026-11-12");
        setValue("#backstop-absence-last", "2026-11-10");
        browser.find("#backstop-absence-add").click();
        browser.waitFor(d -> "refused".equals(browser.find("#backstop-absences").getAttribute("data-state")));
        WebElement note = browser.find("#backstop-absence-last + .backstop-absence-error");
        assertThat(note.getAttribute("data-for")).isEqualTo("until");
        assertThat(note.getText()).contains("before");
        assertThat(rows("ivanova")).isEmpty();

        setValue("#backstop-absence-first", "2026-11-10");
        setValue("#backstop-absence-last", "2026-11-12");
        browser.find("#backstop-absence-add").click();
        browser.waitFor(d -> !rows("ivanova").isEmpty());
        WebElement vacation = rows("ivanova").get(0);
        assertThat(vacation.findElement(By.className("backstop-absence-kind")).getText()).isEqualTo("Vacation");
        assertThat(vacation.findElement(By.className("backstop-absence-from")).getAttribute("data-value"))
                .isEqualTo("2026-11-10T00:00:00+03:00");
        assertThat(vacation.findElement(By.className("backstop-absence-to")).getAttribute("data-value"))
                .as("the last day included").isEqualTo("2026-11-13T00:00:00+03:00");
        assertThat(browser.findAll(".backstop-absence-error")).isEmpty();

        new Select(browser.find("#backstop-absence-person")).selectByValue("operator");
        browser.find("#backstop-absence-sick").click();
        browser.waitFor(d -> !rows("operator").isEmpty());
        WebElement sick = rows("operator").get(0);
        assertThat(sick.findElement(By.className("backstop-absence-kind")).getText()).isEqualTo("Sick");
        assertThat(sick.findElement(By.className("backstop-absence-from")).getAttribute("data-value"))
                .as("from now").isEqualTo("2026-11-02T09:30:00+03:00");
        assertThat(sick.findElement(By.className("backstop-absence-to")).getAttribute("data-value"))
                .as("to the end of today").isEqualTo("2026-11-03T00:00:00+03:00");
        assertThat(department.client.get("admin", "rest/backstop/1.0/people").body().findValues("absentNow")
                .stream().filter(JsonNode::asBoolean).count()).as("sidorova and the operator").isEqualTo(2);
    }

    @Test
    @Order(3)
    void aManagerAsksForADayOffAndWithdrawsIt() {
        browser.login("ivanova");
        open("en");
        assertThat(browser.find("#backstop-absences h2").getText()).isEqualTo("My absences");
        assertThat(browser.findAll("#backstop-absence-form")).as("she records nobody's absence").isEmpty();
        assertThat(rows("ivanova")).as("her vacation, recorded by the office manager").hasSize(1);
        assertThat(rows("petrova")).as("only her own").isEmpty();

        setValue("#backstop-request-first", "2026-11-20");
        new Select(browser.find("#backstop-request-kind")).selectByValue("TIME_OFF");
        browser.find("#backstop-request-reason").sendKeys("family");
        browser.find("#backstop-request-ask").click();
        browser.waitFor(d -> !browser.findAll("#backstop-absence-requests tr.backstop-request").isEmpty());
        WebElement mine = browser.find("#backstop-absence-requests tr.backstop-request");
        String id = mine.getAttribute("data-id");
        assertThat(mine.findElement(By.className("backstop-request-status")).getText()).isEqualTo("Waiting");
        assertThat(mine.findElements(By.className("backstop-request-approve"))).isEmpty();
        JsonNode asked = department.client.get("ivanova", "rest/backstop/1.0/absences/requests").body().get(0);
        assertThat(asked.path("from").asText()).isEqualTo("2026-11-20T00:00:00+03:00");
        assertThat(asked.path("to").asText()).as("one whole day").isEqualTo("2026-11-21T00:00:00+03:00");

        mine.findElement(By.className("backstop-request-withdraw")).click();
        browser.waitFor(d -> "WITHDRAWN".equals(request(id).getAttribute("data-status")));
        assertThat(request(id).findElement(By.className("backstop-request-status")).getText()).isEqualTo("Withdrawn");
        assertThat(request(id).findElements(By.className("backstop-request-withdraw"))).isEmpty();
        assertThat(department.client.get("head", "rest/backstop/1.0/absences/requests").body().findValuesAsText("status"))
                .contains("WITHDRAWN", "APPROVED");
    }
}
