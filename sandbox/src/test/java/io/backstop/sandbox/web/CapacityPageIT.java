package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.sandbox.host.SandboxClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The head's capacity gadget and what-if on the dashboard. A week of history (130 norm-hours of client questions
 * by ivanova in the week of 26 October) makes the expected work 130 a week; the department's capacity falls short
 * in the week of the 4 November holiday and in petrova's vacation week, and fits the week between. A late reply
 * on 2 November is on time with a four-hour threshold.
 */
class CapacityPageIT extends BrowserPages {


    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        // the week before: 520 client questions (130 norm-hours) on one day, more than anyone's present time, so
        // written as history from the record (the desk's own write), not typed in (issue 17 caps that)
        department.sandbox.backstop().results().norms().recordOperation("ivanova",
                java.time.LocalDate.parse("2026-10-27"), "client-question", 520);
        post("head", "absences", Map.of("person", "petrova", "kind", "VACATION",
                "from", "2026-11-16T00:00:00+03:00", "to", "2026-11-21T00:00:00+03:00"));
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "petrova", "Vasilek", "Invoice");
        department.clockTo("2026-11-02T12:30");
        department.comment("WEB-1", "petrova", "Sorry, here it is.");
        department.clockTo("2026-11-03T09:00");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    static void post(String user, String path, Object body) {
        SandboxClient.Answer answer = department.client.post(user, "rest/backstop/1.0/" + path, body);
        assertThat(answer.status()).as("POST " + path + " as " + user + ": " + answer.body()).isLessThan(300);
    }

    @Test
    void theHeadSeesShortWeeksFlaggedAndComparesAWhatIfSideBySide() {
        browser.login("head");
        browser.open("/plugins/servlet/backstop/dashboard");
        browser.waitReady("backstop-dashboard");
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-capacity").getAttribute("data-state")));
        assertThat(browser.find("#backstop-gadget-capacity h2").getText()).isEqualTo("Capacity ahead");
        assertThat(browser.findAll("#backstop-gadget-capacity .backstop-gadget-period")).isEmpty();
        assertThat(browser.script("return !!Chart.getChart(arguments[0])",
                browser.find("#backstop-gadget-capacity canvas"))).isEqualTo(true);
        List<WebElement> rows = browser.findAll("#backstop-gadget-capacity tbody tr");
        assertThat(rows).hasSize(6); // eight weeks, six in the table
        // 130 norm-hours arrived in the five working days of the week of 26 October: 26 a working day, and the
        // week of 2 November has four (4 November is a holiday)
        assertThat(cells(rows.get(0))).startsWith("Nov 2 \u00b7 holidays", "104.0", "0.0");
        assertThat(browser.find("#backstop-gadget-capacity thead").getText())
                .contains("Demand", "Carried over", "Short by", "Operator h / manager h");
        for (WebElement row : rows) {
            List<String> cells = cells(row);
            if (cells.get(4).endsWith(" n/h")) {
                assertThat(cells.get(5)).matches("[0-9.]+ / [0-9.]+");
            } else {
                assertThat(cells.get(4)).isEqualTo("Fits");
            }
        }
        assertThat(cells(rows.get(2)).get(0)).isEqualTo("Nov 16");
        assertThat(cells(rows.get(2)).get(4)).endsWith(" n/h");
        assertThat(rows.get(2).findElement(By.cssSelector(".backstop-capacity-flagged")).isDisplayed()).isTrue();
        assertThat(browser.findAll("#backstop-gadget-capacity [data-line='past']")).hasSize(4);
        assertThat(browser.find("#backstop-gadget-capacity [data-line='backlog']").getText())
                .isEqualTo("Unanswered now: 0 messages, 0.0 n/h, carried into this week");
        // the test department has weeks of history, not a year: the forecast cannot be tried on the past yet
        browser.waitFor(d -> !browser.findAll("#backstop-gadget-capacity [data-line='backtest']").isEmpty());
        assertThat(browser.find("#backstop-gadget-capacity [data-line='backtest']").getText())
                .isEqualTo("Not tried on past weeks yet: the history does not reach a year and a week back");

        // a promotion: first without a name, then a week of +50 %
        WebElement gadget = browser.find("#backstop-gadget-capacity");
        assertThat(gadget.findElement(By.cssSelector(".backstop-promotion-list")).getText())
                .isEqualTo("No promotions planned");
        browser.script("arguments[0].value = '2026-11-09'; arguments[1].value = '2026-11-13';",
                browser.find("#backstop-promotion-from"), browser.find("#backstop-promotion-to"));
        browser.find("#backstop-promotion-amount").sendKeys("50");
        browser.find(".backstop-promotion-add").click();
        browser.waitFor(d -> browser.find(".backstop-promotion-form .backstop-field-error[data-field='name']")
                .isDisplayed());
        assertThat(browser.find(".backstop-promotion-form .backstop-field-error[data-field='name']").getText())
                .contains("required");
        browser.find("#backstop-promotion-name").sendKeys("Black Friday");
        browser.find(".backstop-promotion-add").click();
        browser.waitFor(d -> browser.findAll(".backstop-promotion-list li[data-promotion]").size() == 1);
        assertThat(browser.find(".backstop-promotion-list li[data-promotion]").getText())
                .startsWith("Black Friday: Nov 9 \u2013 Nov 13, +50.0 %");
        browser.waitFor(d -> cells(browser.findAll("#backstop-gadget-capacity tbody tr").get(1)).get(1)
                .endsWith("(promotion 65.0)"));

        assertThat(browser.script("var g = arguments[0]; return g.scrollWidth <= g.clientWidth",
                browser.find("#backstop-gadget-capacity"))).as("the gadget fits its box").isEqualTo(true);

        // what if the threshold were four working hours on Monday the 2nd?
        WebElement whatIf = browser.find("#backstop-whatif");
        browser.waitFor(d -> "ready".equals(whatIf.getAttribute("data-state")));
        browser.script("arguments[0].value = '2026-11-02'; arguments[1].value = '2026-11-02';",
                browser.find(".backstop-whatif-from"), browser.find(".backstop-whatif-to"));
        WebElement hours = browser.find(".backstop-whatif-hours");
        hours.clear();
        browser.find(".backstop-whatif-run").click();
        browser.waitFor(d -> browser.find(".backstop-field-error[data-field='respondWithin']").isDisplayed());
        assertThat(browser.find(".backstop-field-error[data-field='respondWithin']").getText()).contains("required");

        hours.sendKeys("4h"); // issue 18: a duration as people write it
        browser.find(".backstop-whatif-run").click();
        browser.waitFor(d -> browser.find(".backstop-whatif-result").isDisplayed());
        assertThat(browser.find(".backstop-field-error[data-field='respondWithin']").isDisplayed()).isFalse();
        List<WebElement> compared = browser.findAll(".backstop-whatif-rows tr");
        assertThat(compared.get(0).getText()).isEqualTo("Breaches 1 0");
        assertThat(compared.get(2).getText()).isEqualTo("Median waiting 2.5 working h 2.5 working h");
        assertThat(browser.findAll(".backstop-whatif-differs")).isNotEmpty();
        assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing needs a scrollbar sideways").isEqualTo(true);

        new Select(browser.find(".backstop-whatif-change")).selectByValue("operator");
        assertThat(browser.find(".backstop-whatif-hours").isDisplayed()).isFalse();
        assertThat(new Select(browser.find(".backstop-whatif-person")).getOptions()).extracting(WebElement::getText)
                .contains("office", "ivanova");

        browser.open("/plugins/servlet/backstop/dashboard?lang=ru");
        browser.waitReady("backstop-dashboard");
        assertThat(browser.find("#backstop-gadget-capacity h2").getText()).isEqualTo("Загрузка на недели вперёд");
        assertThat(browser.find("#backstop-whatif h2").getText()).isEqualTo("Что если…");
        assertThat(browser.find("label[for='backstop-whatif-name']").getAttribute("textContent")).isEqualTo("Имя нового менеджера");
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-capacity").getAttribute("data-state")));
        assertThat(browser.find("#backstop-gadget-capacity thead").getText()).contains("Не хватает", "Спрос", "Перенос");
        assertThat(browser.find("#backstop-gadget-capacity tbody tr").getText()).contains("праздники");
        assertThat(browser.findAll("#backstop-gadget-capacity tbody tr").get(1).getText()).contains("(акция 65,0)");
        assertThat(browser.find(".backstop-promotion-list li[data-promotion]").getText()).contains("+50,0 %");
        assertThat(browser.find("label[for='backstop-promotion-name']").getText()).isEqualTo("Название");
        assertThat(browser.find("#backstop-gadget-capacity [data-line='backlog']").getText()).startsWith("Без ответа");
        browser.waitFor(d -> !browser.findAll("#backstop-gadget-capacity [data-line='backtest']").isEmpty());
        assertThat(browser.find("#backstop-gadget-capacity [data-line='backtest']").getText())
                .startsWith("На прошлых неделях ещё не проверен");
        browser.find(".backstop-promotion-delete").click();
        browser.waitFor(d -> browser.findAll(".backstop-promotion-list li[data-promotion]").isEmpty());
    }

    @Test
    void aManagerHasNeitherTheGadgetNorTheWhatIf() {
        browser.login("ivanova");
        browser.open("/plugins/servlet/backstop/dashboard");
        browser.waitReady("backstop-dashboard");
        assertThat(browser.findAll("#backstop-gadget-capacity")).isEmpty();
        assertThat(browser.findAll("#backstop-whatif")).isEmpty();
        browser.login("head");
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }
}
