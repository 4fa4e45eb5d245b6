package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The head asks the department's question on the dashboard's what-if, in English and Russian: "an operator who sees
 * a message after 10 minutes: do clients hear back sooner, and by how much?". Monday 2 November: ivanova answers
 * WEB-1 after 30 minutes, the operator answers petrova's WEB-2 30 minutes after it entered the queue, sidorova
 * answers WEB-3 after 2.5 hours. With the queue after 10 minutes the operator answers WEB-2 and WEB-3 at 10:40.
 */
class WhatIfPageIT extends BrowserPages {

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Vasilek", "Invoice");
        department.issue("WEB-2", "petrova", "Romashka", "Banner");
        department.issue("WEB-3", "sidorova", "Lilia", "Report");
        department.clockTo("2026-11-02T10:30");
        department.comment("WEB-1", "ivanova", "The invoice is attached.");
        department.clockTo("2026-11-02T11:00");
        department.comment("WEB-2", "operator", "The banner is up since this morning.");
        department.clockTo("2026-11-02T12:30");
        department.comment("WEB-3", "sidorova", "The report is in your inbox.");
        department.clockTo("2026-11-03T09:00");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    @Test
    void anOperatorWhoSeesMessagesAfterTenMinutesInBothLanguages() {
        browser.login("head");
        ask("/plugins/servlet/backstop/dashboard", "10m");
        assertThat(browser.find(".backstop-whatif-sooner").getText()).isEqualTo(
                "Clients hear back sooner: by 0.3 working h at the median, by 1.8 working h at the 90th percentile.");
        List<WebElement> rows = browser.findAll(".backstop-whatif-rows tr");
        assertThat(rows.get(0).getText()).isEqualTo("Breaches 1 0");
        assertThat(rows.get(2).getText()).isEqualTo("Median waiting 1 working h 0.7 working h");
        assertThat(rows.get(4).getText()).isEqualTo("Broken promises 0 0");
        assertThat(browser.find(".backstop-whatif-load-row[data-person='operator']").getText())
                .isEqualTo("operator 1 / 2 0 / 0");
        assertThat(browser.find(".backstop-whatif-load-row[data-person='sidorova']").getText())
                .isEqualTo("sidorova 1 / 0 1 / 0");
        assertThat(browser.find(".backstop-whatif-assumptions [data-kind='pace']").getText())
                .contains("operator: — as holder, 0.5 working h from the queue");
        assertThat(browser.find(".backstop-whatif-summary").getText()).endsWith("replies decided again: 2")
                .as("the period in words, not ISO dates (issue 18)").startsWith("Nov 2, 2026 – Nov 6, 2026;");
        assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing needs a scrollbar sideways").isEqualTo(true);

        // a stand-in shows the seed and the unplanned rate it was drawn with
        new Select(browser.find(".backstop-whatif-change")).selectByValue("standIn");
        assertThat(browser.find(".backstop-whatif-queue").isDisplayed()).isFalse();
        assertThat(browser.find(".backstop-whatif-seed").isDisplayed()).isTrue();
        // a name already in the department: the 400 goes next to the name
        browser.find(".backstop-whatif-name").sendKeys("ivanova");
        browser.find(".backstop-whatif-run").click();
        browser.waitFor(d -> browser.find("#backstop-whatif .backstop-field-error[data-field='name']").isDisplayed());
        assertThat(browser.find("#backstop-whatif .backstop-field-error[data-field='name']").getText()).contains("in the department already");
        browser.find(".backstop-whatif-name").clear();
        browser.find(".backstop-whatif-seed").sendKeys("7");
        browser.find(".backstop-whatif-run").click();
        browser.waitFor(d -> !browser.findAll(".backstop-whatif-assumptions [data-kind='rate']").isEmpty());
        assertThat(browser.find(".backstop-whatif-assumptions [data-kind='rate']").getText())
                .startsWith("The new person stand-in is away").contains("seed 7");

        ask("/plugins/servlet/backstop/dashboard?lang=ru", "10 мин");
        assertThat(browser.find(".backstop-whatif-summary").getText()).startsWith("2 нояб. 2026 г. – 6 нояб. 2026 г.;");
        assertThat(browser.find(".backstop-whatif-hours").getAttribute("value")).as("the threshold's default, in words")
                .isEqualTo("4 ч");
        assertThat(browser.find(".backstop-whatif-sooner").getText()).isEqualTo(
                "Клиенты получают ответ раньше: на 0,3 раб. ч по медиане, на 1,8 раб. ч по 90-му процентилю.");
        assertThat(browser.find("#backstop-whatif .backstop-whatif-load").getText())
                .contains("Ответы: как было / с изменением");
        assertThat(browser.find(".backstop-whatif-assumptions [data-kind='pace']").getText())
                .contains("operator: — как держатель, 0,5 раб. ч из очереди");
        assertThat(browser.find("option[value='standIn']").getAttribute("textContent")).isEqualTo("Подменный менеджер");
    }

    /** The question on the page at {@code path}: the operator, the queue after 10 minutes (as typed), Monday the 2nd. */
    private static void ask(String path, String queueAfter) {
        browser.open(path);
        browser.waitReady("backstop-dashboard");
        WebElement whatIf = browser.find("#backstop-whatif");
        browser.waitFor(d -> "ready".equals(whatIf.getAttribute("data-state")));
        new Select(browser.find(".backstop-whatif-change")).selectByValue("operator");
        new Select(browser.find(".backstop-whatif-person")).selectByValue("operator");
        browser.find(".backstop-whatif-queue").sendKeys(queueAfter);
        browser.script("arguments[0].value = '2026-11-02'; arguments[1].value = '2026-11-06';",
                browser.find(".backstop-whatif-from"), browser.find(".backstop-whatif-to"));
        browser.find(".backstop-whatif-run").click();
        browser.waitFor(d -> browser.find(".backstop-whatif-result").isDisplayed()
                && !browser.find(".backstop-whatif-sooner").getText().isEmpty());
        assertThat(browser.findAll(".backstop-whatif-load-row")).extracting(e -> e.findElement(By.tagName("th")).getText())
                .contains("operator", "ivanova");
    }
}
