package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What the issue panel's action tests share: open an issue in a language, open one action's form, fill and send it
 * as a person would, read what it says back (the status line, the error at a field) and what the REST holds.
 */
abstract class PanelActionsPages extends BrowserPages {

    static final String REST = "rest/backstop/1.0/";

    static void openIssue(String key, String lang) {
        browser.open("/plugins/servlet/backstop/issue?key=" + key + "&lang=" + lang);
        browser.waitReady("backstop-panel");
        browser.waitReady("backstop-actions");
    }

    /** Opens one action ("complaint", "offer", "work", "dunning"), as a click on its title does. */
    static WebElement action(String family) {
        WebElement section = browser.find("#backstop-act-" + family);
        if (section.getAttribute("open") == null) {
            browser.find("#backstop-act-" + family + " summary").click();
        }
        return browser.find("#backstop-act-" + family + "-form");
    }

    static void choose(String id, String shown) {
        new Select(browser.find("#" + id)).selectByVisibleText(shown);
    }

    static String chosen(String id) {
        return new Select(browser.find("#" + id)).getFirstSelectedOption().getText();
    }

    static void type(String id, String text) {
        browser.find("#" + id).clear();
        browser.find("#" + id).sendKeys(text);
    }

    /** Sends the form and waits until the panel shows what changed; the form's status line. */
    static String send(String family) {
        browser.find("#backstop-act-" + family + "-form button[type=submit]").click();
        browser.waitReady("backstop-actions");
        return status(family);
    }

    static String status(String family) {
        return browser.find("#backstop-act-" + family + "-form .backstop-act-status").getText();
    }

    /** The error shown at the field, or "" when there is none. */
    static String errorAt(String id) {
        WebElement box = browser.find(".backstop-field-error[data-for='" + id + "']");
        return box.isDisplayed() ? box.getText() : "";
    }

    static JsonNode rest(String user, String path) {
        SandboxClient.Answer answer = department.client.get(user, REST + path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    static JsonNode post(String user, String path, Object body) {
        SandboxClient.Answer answer = department.client.post(user, REST + path, body);
        assertThat(answer.status()).as(path + ": " + answer.body()).isLessThan(300);
        return answer.body();
    }
}
