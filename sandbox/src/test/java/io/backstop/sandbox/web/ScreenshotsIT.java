package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import io.backstop.sandbox.host.SandboxOptions;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every screen over the demo department, in English and in Russian (the browser's Accept-Language), as
 * screenshots: target/screenshots, and docs/screenshots with {@code -Dscreenshots.dir=../docs/screenshots}.
 */
class ScreenshotsIT {

    @TempDir
    static Path data;
    @TempDir
    static Path profiles;
    static Sandbox sandbox;
    static String breachedIssue;
    /** The head's screens of issue 16.6, each a gadget on the dashboard. */
    static final List<String> HEAD_SCREENS = List.of("loto-cards", "campaigns", "hotspots", "cheap-orders");

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        // Thursday 12 November 2026, 11:40 in Moscow, after ten working days of the demo department's history.
        sandbox = Sandbox.start(new SandboxOptions(0, data, true,
                OffsetDateTime.parse("2026-11-12T11:40:00+03:00").toInstant(), 1, true));
        JsonNode queue = new SandboxClient(sandbox.url()).get("operator", "rest/backstop/1.0/queue").body();
        assertThat(queue.size()).isPositive();
        breachedIssue = queue.get(0).get("issue").asText();
        for (JsonNode entry : queue) {
            if (entry.get("breached").asBoolean()) {
                breachedIssue = entry.get("issue").asText();
                break;
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void english() throws Exception {
        tour("en", "en-US,en");
    }

    @Test
    void russian() throws Exception {
        tour("ru", "ru-RU,ru");
    }

    private static void tour(String lang, String acceptLanguage) throws Exception {
        try (Browser browser = Browser.start(sandbox.url().toString(), profiles.resolve(lang), acceptLanguage)) {
            browser.open("/");
            browser.waitFor(d -> !d.findElements(By.id("login-user")).isEmpty());
            browser.screenshot("login-" + lang);

            browser.login("operator");
            browser.screenshot("home-" + lang);
            browser.open("/plugins/servlet/backstop/queue");
            browser.waitReady("backstop-queue");
            browser.screenshot("queue-" + lang);
            // the suspected complaints above the queue, a dismissal asking why
            browser.waitFor(d -> browser.find("#backstop-queue-suspected").isDisplayed());
            browser.find("#backstop-queue-suspected .backstop-suspected-dismiss").click();
            browser.waitFor(d -> browser.find("#backstop-queue-suspected form[data-action='dismiss']"))
                    .findElement(By.cssSelector("button[type='submit']")).click();
            browser.waitFor(d -> browser.find("#backstop-queue-suspected [data-error-for='reason']").isDisplayed());
            browser.script("document.getElementById('backstop-queue-suspected').scrollIntoView()");
            browser.screenshot("suspected-" + lang);

            browser.open("/plugins/servlet/backstop/issue?key=" + breachedIssue);
            browser.waitReady("backstop-panel");
            browser.driver().manage().window().setSize(new Dimension(1280, 1100));
            browser.screenshot("issue-" + lang);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            // the reply box: a public reply or an internal note, what the client wrote, the library below
            browser.waitReady("backstop-reply");
            browser.script("document.getElementById('backstop-reply').scrollIntoView()");
            browser.screenshot("reply-" + lang);

            browser.login("head");
            issueActions(browser, lang);
            browser.open("/plugins/servlet/backstop/dashboard");
            browser.waitReady("backstop-dashboard");
            browser.driver().manage().window().setSize(new Dimension(1280, 1100));
            browser.screenshot("dashboard-" + lang);
            // the people gadgets and the absence requests, below the results
            browser.driver().manage().window().setSize(new Dimension(1280, 1400));
            browser.script("document.getElementById('backstop-gadget-absences').scrollIntoView()");
            browser.screenshot("dashboard-people-" + lang);
            // the capacity gadget and a what-if: one more manager over the replayed days
            browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-capacity").getAttribute("data-state"))
                    && "ready".equals(browser.find("#backstop-whatif").getAttribute("data-state")));
            browser.script("arguments[0].value = '2026-11-02'; arguments[1].value = '2026-11-11';",
                    browser.find(".backstop-whatif-from"), browser.find(".backstop-whatif-to"));
            new org.openqa.selenium.support.ui.Select(browser.find(".backstop-whatif-change")).selectByValue("manager");
            browser.find(".backstop-whatif-run").click();
            browser.waitFor(d -> browser.find(".backstop-whatif-result").isDisplayed());
            browser.script("arguments[0].scrollIntoView()", browser.find("#backstop-gadget-capacity"));
            browser.screenshot("capacity-" + lang);
            // the complaints lane: open ones with unflag and close, the log of reasons (issue 16)
            browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-complaints").getAttribute("data-state")));
            browser.script("arguments[0].scrollIntoView()", browser.find("#backstop-gadget-complaints"));
            browser.screenshot("complaints-" + lang);
            // the head's screens (issue 16.6): the demo fills each, managers by their full names; a "?" opened
            for (String gadget : HEAD_SCREENS) {
                assertThat(browser.findAll("#backstop-gadget-" + gadget + " tbody tr")).as(gadget).isNotEmpty();
            }
            assertThat(browser.find("#backstop-gadget-loto-cards tbody").getText()).contains("Anna Ivanova");
            assertThat(browser.find("#backstop-gadget-campaigns li[data-reason='WAITING_FOR_ANSWER']").getText())
                    .isNotBlank();
            browser.driver().manage().window().setSize(new Dimension(1280, 1250));
            browser.find("#backstop-gadget-loto-cards [data-help$='col.coverage']").click();
            browser.script("arguments[0].scrollIntoView()", browser.find("#backstop-gadget-loto-cards"));
            browser.screenshot("head-screens-" + lang);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            browser.login("client"); // the clients' side: a new request, or a message on an issue
            browser.screenshot("request-" + lang);

            browser.login("ivanova");
            browser.open("/plugins/servlet/backstop/admin");
            browser.screenshot("settings-refused-" + lang);
            // a manager's own work, and the head weighing her request for a day off before approving it
            browser.open("/plugins/servlet/backstop/mywork");
            browser.waitReady("backstop-mywork");
            browser.driver().manage().window().setSize(new Dimension(1280, 1300));
            browser.screenshot("mywork-" + lang);
            assertThat(new SandboxClient(sandbox.url()).post("ivanova", "rest/backstop/1.0/absences/requests",
                    java.util.Map.of("from", "2026-11-16T00:00:00+03:00", "to", "2026-11-17T00:00:00+03:00",
                            "reason", "family")).status()).isEqualTo(201);
            browser.login("head");
            browser.open("/plugins/servlet/backstop/absences");
            browser.waitReady("backstop-absences-page");
            browser.find("#backstop-absence-requests .backstop-request-approve").click();
            browser.waitFor(d -> !d.findElements(By.cssSelector("tr.backstop-request-conflicts")).isEmpty());
            browser.script("arguments[0].scrollIntoView()", browser.find("#backstop-absence-requests"));
            browser.screenshot("absences-" + lang);
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            catalogues(browser, lang);

            browser.login("admin");
            browser.open("/plugins/servlet/backstop/admin");
            browser.waitReady("backstop-settings");
            browser.driver().manage().window().setSize(new Dimension(1280, 2400));
            browser.screenshot("settings-" + lang);
            browser.find("#backstop-respond-within").clear();
            browser.find("#backstop-respond-within").sendKeys("tomorrow");
            browser.find("#backstop-settings-save").click();
            browser.waitFor(d -> !d.findElements(By.cssSelector(".backstop-field-error")).isEmpty());
            browser.script("window.scrollTo(0, 0)");
            browser.screenshot("settings-error-" + lang);
        }
    }

    /** The head's catalogues (issue 17): the norms, and the dry run of an import that changes one and adds one. */
    private static void catalogues(Browser browser, String lang) throws Exception {
        browser.open("/plugins/servlet/backstop/catalogues");
        browser.waitReady("backstop-catalogues-page");
        String file = new SandboxClient(sandbox.url()).page("head", "rest/backstop/1.0/results/catalogues/norms.csv")
                .body();
        String changed = file.replace("Answer a long letter (a spec with many questions),60",
                "Answer a long letter (a spec with many questions),45")
                + "price-list,Send the price list,5,https://wiki.example/price-list\r\n";
        browser.script("arguments[0].value = arguments[1]", browser.find("#backstop-catalogue-csv"), changed);
        browser.find("#backstop-catalogue-preview-file").click();
        browser.waitFor(d -> "previewed".equals(browser.find("#backstop-catalogues-page").getAttribute("data-state")));
        browser.driver().manage().window().setSize(new Dimension(1280, 1100));
        browser.script("arguments[0].scrollIntoView()", browser.find("#backstop-catalogue-import"));
        browser.screenshot("catalogues-" + lang);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /** The issue panel's actions (the head's): the offers made on the issue, and a call to a debtor with its script. */
    private static void issueActions(Browser browser, String lang) throws Exception {
        browser.open("/plugins/servlet/backstop/issue?key=" + breachedIssue);
        browser.waitReady("backstop-panel");
        browser.waitReady("backstop-actions");
        browser.driver().manage().window().setSize(new Dimension(1280, 1400));
        for (String action : new String[] {"offer", "dunning"}) {
            browser.find("#backstop-act-" + action + " summary").click();
        }
        new org.openqa.selenium.support.ui.Select(browser.find("#backstop-act-dunning-action")).selectByValue("CALL");
        browser.script("document.getElementById('backstop-actions').scrollIntoView()");
        browser.screenshot("issue-actions-" + lang);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
