package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17, point 1, by clicking, in English and in Russian: the head closes a month on the norm-hours gadget (a
 * manager sees its state and no button), and the work-log form shows a refused entry of more minutes than the time
 * present that day at its field.
 */
class NormsPagesIT extends PanelActionsPages {

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order? Third time I ask.");
        department.clockTo("2026-11-02T16:30");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static long earned(String person) {
        JsonNode people = rest("head", "results/norm-hours?from=2026-11-02&to=2026-11-02&person=" + person)
                .path("people");
        return people.isEmpty() ? 0 : people.get(0).path("total").path("earnedMinutes").asLong();
    }

    /** The dashboard's norm-hours gadget on last month (October), its month line once drawn. */
    private static WebElement lastMonth(String lang) {
        browser.open("/plugins/servlet/backstop/dashboard?lang=" + lang);
        browser.waitReady("backstop-dashboard");
        WebElement gadget = browser.find("#backstop-gadget-norm-hours");
        browser.waitFor(d -> "ready".equals(gadget.getAttribute("data-state")));
        DashboardPageIT.openSettings("norm-hours");
        new Select(gadget.findElement(org.openqa.selenium.By.cssSelector(".backstop-gadget-period")))
                .selectByValue("last");
        browser.waitFor(d -> "ready".equals(gadget.getAttribute("data-state"))
                && !browser.findAll("#backstop-gadget-norm-hours .backstop-gadget-month-state").isEmpty());
        return browser.find("#backstop-gadget-norm-hours .backstop-gadget-month-state");
    }

    private static void clickAndWait(String action, boolean closedAfter) {
        browser.find("#backstop-gadget-norm-hours button[data-month-action='" + action + "']").click();
        browser.waitFor(d -> !browser.findAll("#backstop-gadget-norm-hours .backstop-gadget-month-state[data-closed='"
                + closedAfter + "']").isEmpty());
    }

    private static void october(String how) {
        post("head", "results/months/2026-10/" + how, Map.of());
    }

    @Test
    void theHeadClosesLastMonthAndAManagerSeesItClosedWithoutAButton() {
        october("reopen");
        browser.login("head");
        assertThat(lastMonth("en").getText()).isEqualTo("October 2026 is open: everyone records their own operations.");
        assertThat(browser.find("#backstop-gadget-norm-hours button[data-month-action='close']").getText())
                .isEqualTo("Close October 2026");
        clickAndWait("close", true);
        assertThat(browser.find("#backstop-gadget-norm-hours .backstop-gadget-month-state").getText())
                .isEqualTo("October 2026 is closed by head: only the head writes operations into it, and each write is"
                        + " logged.");
        assertThat(rest("head", "results/months/2026-10").path("closed").asBoolean()).isTrue();

        browser.login("ivanova");
        assertThat(lastMonth("en").getAttribute("data-closed")).isEqualTo("true");
        assertThat(browser.findAll("#backstop-gadget-norm-hours button[data-month-action]")).isEmpty();
    }

    @Test
    void inRussianTheHeadClosesAndOpensTheMonthAgain() {
        october("reopen");
        browser.login("head");
        assertThat(lastMonth("ru").getText()).isEqualTo("Месяц октябрь 2026 г. открыт: каждый записывает свои операции.");
        clickAndWait("close", true);
        assertThat(browser.find("#backstop-gadget-norm-hours .backstop-gadget-month-state").getText())
                .startsWith("Месяц октябрь 2026 г. закрыт (head)");
        assertThat(browser.find("#backstop-gadget-norm-hours button[data-month-action='reopen']").getText())
                .isEqualTo("Открыть месяц снова: октябрь 2026 г.");
        clickAndWait("reopen", false);
        assertThat(rest("head", "results/months/2026-10").path("closed").asBoolean()).isFalse();
    }

    /** ivanova types in nine long letters (540 minutes) for Monday, when she was present 480. */
    private static void overTheCap(String lang) {
        browser.login("ivanova");
        openIssue("WEB-1", lang);
        action("work");
        choose("backstop-act-work-operation", "en".equals(lang)
                ? "Answer a long letter (a spec with many questions) (60 min)"
                : "Ответ на большое письмо (ТЗ со многими вопросами) (60 мин)");
        type("backstop-act-work-count", "9");
        browser.script("arguments[0].value = '2026-11-02';", browser.find("#backstop-act-work-day"));
    }

    @Test
    void aManagersEntryOfMoreMinutesThanHerPresentTimeIsRefusedAtTheCount() {
        long before = earned("ivanova");
        overTheCap("en");
        assertThat(send("work")).isEqualTo("Not saved: see the field marked above.");
        assertThat(errorAt("backstop-act-work-count"))
                .startsWith("More than is left of the time you were present that day.")
                .contains("min are left, this adds 540 min");
        assertThat(earned("ivanova")).isEqualTo(before);
        assertThat(browser.findAll("#backstop-act-work-operation option").stream().map(WebElement::getText))
                .as("offers, calls and library entries are credited from their record, not typed in")
                .noneMatch(t -> t.startsWith("Present an offer") || t.startsWith("Call a debtor"));
    }

    @Test
    void inRussianTheSameEntryIsRefusedInRussian() {
        long before = earned("ivanova");
        overTheCap("ru");
        assertThat(send("work")).isEqualTo("Не сохранено: см. отмеченное поле выше.");
        assertThat(errorAt("backstop-act-work-count"))
                .startsWith("Больше, чем осталось от вашего времени присутствия в этот день.");
        assertThat(earned("ivanova")).isEqualTo(before);
    }
}
