package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The answer library in the issue panel: a manager puts her reply in, finds it from another issue by another form
 * of the words and uses it (the answer lands in the box, the reuse counts); the head retires it; the head's list of
 * what the library is missing opens.
 */
class LibraryPanelIT extends BrowserPages {


    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Где счёт за ноябрь?"); // the client's opening message
        department.issue("WEB-2", "ivanova", "Lutik LLC", "Пришлите, пожалуйста, счёт");
        department.clockTo("2026-11-02T10:10");
        department.comment("WEB-1", "ivanova", "Счета выставляем до пятого числа, он в личном кабинете.");
        department.clockTo("2026-11-02T10:20");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static void openIssue(String key) {
        browser.open("/plugins/servlet/backstop/issue?key=" + key);
        browser.waitReady("backstop-panel");
    }

    private static void searchFor(String words) {
        String before = browser.find("#backstop-library").getAttribute("data-searched");
        browser.find("#backstop-library-q").clear();
        browser.find("#backstop-library-q").sendKeys(words);
        browser.find("#backstop-library-search button").click();
        browser.waitFor(d -> {
            String now = d.findElement(By.id("backstop-library")).getAttribute("data-searched");
            return now != null && !now.equals(before);
        });
    }

    @Test
    void aManagerPutsAReplyInFindsItElsewhereAndUsesItThenTheHeadRetiresIt() {
        browser.login("ivanova");
        openIssue("WEB-1");
        browser.find("#backstop-library-tags").sendKeys("Invoices, billing");
        browser.find("#backstop-library-mark").click();
        browser.waitFor(d -> d.findElement(By.id("backstop-library-status")).getText().startsWith("Added"));
        browser.find("#backstop-library-mark").click();
        browser.waitFor(d -> d.findElement(By.id("backstop-library-status")).getText().contains("already"));

        openIssue("WEB-2");
        browser.find("#backstop-library-mark").click();
        browser.waitFor(d -> d.findElement(By.id("backstop-library-status")).getText().contains("no staff reply"));
        searchFor("счетом");
        assertThat(browser.findAll("#backstop-library-results .backstop-library-entry")).hasSize(1);
        assertThat(browser.find(".backstop-library-question").getText()).isEqualTo("Question: Где счёт за ноябрь?");
        assertThat(browser.find(".backstop-library-no").getText()).contains("used 0 times").contains("invoices, billing");
        assertThat(browser.findAll(".backstop-library-retire")).as("a manager does not curate").isEmpty();
        String before = browser.find("#backstop-library").getAttribute("data-searched");
        browser.find(".backstop-library-use").click(); // counts the use, then searches again
        browser.waitFor(d -> !before.equals(d.findElement(By.id("backstop-library")).getAttribute("data-searched")));
        assertThat(browser.find(".backstop-library-no").getText()).contains("used 1 times");
        // into the reply box above, with its Send (issue 16: "Use" filled a box with no Send)
        assertThat(browser.find("#backstop-reply-text").getAttribute("value"))
                .isEqualTo("Счета выставляем до пятого числа, он в личном кабинете.");
        assertThat(browser.find("#backstop-library-status").getText()).isEqualTo(
                "The answer is in your reply above: check it and send it.");
        browser.waitFor(d -> d.findElement(By.id("backstop-reply-send")).isEnabled());
        assertThat(browser.findAll("#backstop-library-answer")).as("no second box to copy from").isEmpty();
        searchFor("реклама");
        assertThat(browser.find("#backstop-library-none").getText()).isEqualTo("Nothing found.");

        browser.login("head");
        openIssue("WEB-2");
        searchFor("счет");
        String searched = browser.find("#backstop-library").getAttribute("data-searched");
        browser.find(".backstop-library-retire").click();
        browser.waitFor(d -> !searched.equals(d.findElement(By.id("backstop-library")).getAttribute("data-searched")));
        assertThat(browser.find("#backstop-library-none").getText()).isEqualTo("Nothing found.");
        browser.find("#backstop-library-missing-show").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("#backstop-library-missing li")).isEmpty());
    }
}
