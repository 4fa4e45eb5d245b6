package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A value the server refuses is said in the page's language and names the field by its label on the screen, not by
 * its JSON path (issue 18, point 2): on the settings page and on the issue panel, in English and in Russian. The
 * browser asks for English; the Russian comes from the language the person chose on the pages.
 */
class ErrorsPageIT extends PanelActionsPages {

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.clockTo("2026-11-02T10:30");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    /** Phrases without a letter are refused by the server (the page sends them as typed). */
    private static String refusedPhrase(String lang) {
        browser.login("admin");
        browser.open("/plugins/servlet/backstop/admin?lang=" + lang);
        browser.waitReady("backstop-settings");
        WebElement phrases = browser.find("#backstop-holding-phrases");
        phrases.clear();
        phrases.sendKeys("получили\n!!!");
        browser.find("#backstop-settings-save").click();
        browser.waitFor(d -> "refused".equals(browser.find("#backstop-settings").getAttribute("data-state")));
        assertThat(browser.find(".backstop-field-error").getAttribute("data-for"))
                .isEqualTo("holdingReplies.phrases[1]");
        return browser.find("#backstop-settings-error").getText();
    }

    @Test
    void aRefusedSettingNamesItsFieldByItsLabelInEnglish() {
        assertThat(refusedPhrase("en")).isEqualTo("Not saved: Holding phrases, row 2: must contain a letter or a digit,"
                + " got \"!!!\"");
    }

    @Test
    void aRefusedSettingNamesItsFieldByItsLabelInRussian() {
        assertThat(refusedPhrase("ru")).isEqualTo("Не сохранено: Фразы промежуточного ответа, строка 2: должно"
                + " содержать букву или цифру, указано «!!!»");
    }

    /** Ten client meetings (600 min) are more than the 480 min the manager is present: the server refuses the count. */
    private static String refusedWork(String lang, String meeting) {
        browser.login("ivanova");
        openIssue("WEB-1", lang);
        action("work");
        choose("backstop-act-work-operation", meeting);
        type("backstop-act-work-count", "10");
        send("work");
        browser.waitFor(d -> !errorAt("backstop-act-work-count").isEmpty());
        return errorAt("backstop-act-work-count");
    }

    @Test
    void aRefusedPanelValueNamesItsFieldByItsLabelInEnglish() {
        assertThat(refusedWork("en", "Meet a client (in person or by video) (60 min)"))
                .startsWith("More than is left of the time you were present that day. Count: manual operations of a"
                        + " day may add up to the time present");
    }

    @Test
    void aRefusedPanelValueNamesItsFieldByItsLabelInRussian() {
        assertThat(refusedWork("ru", "Встреча с клиентом (лично или по видео) (60 мин)"))
                .startsWith("Больше, чем осталось от вашего времени присутствия в этот день. Количество: ручные операции"
                        + " за день не могут превышать время присутствия");
    }
}
