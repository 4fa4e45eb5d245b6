package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The issue page (the sandbox's issue with Backstop's panel beside it): the response clock and the timeline; and
 * markup in client names, summaries, comments and issue keys shown as text everywhere, never run.
 */
class IssuePageIT extends BrowserPages {

    static final String CLIENT = "<img src=x onerror=\"window.__xss='client'\">Romashka & \"Co\"";
    static final String SUMMARY = "<script>window.__xss='summary'</script>Order <b>now</b>";
    static final String COMMENT = "<b>bold</b><script>window.__xss='comment'</script>\n<a href=\"javascript:alert(1)\">x</a>";
    static final String ODD_KEY = "WEB-<i>9";


    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:02");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.issue("WEB-7", "ivanova", CLIENT, SUMMARY);
        // The tracker's REST refuses such a key now (keys as Jira writes them); one stored before still shows as text.
        assertThat(department.client.post("admin", "rest/sandbox/1.0/issues", Map.of("key", ODD_KEY,
                "owner", "petrova")).status()).isEqualTo(400);
        Instant at = department.sandbox.time().instant();
        var odd = department.sandbox.tracker().create(ODD_KEY, "key with markup", CLIENT, null, null, "petrova", at);
        department.sandbox.backstop().responses().issueCreated(odd.facts(), "client", at);
        department.clockTo("2026-11-02T10:30");
        department.comment("WEB-7", "client", COMMENT);
        department.clockTo("2026-11-02T11:10"); // WEB-1 breached at the 11:05 tick and handed to the operator
        department.comment("WEB-1", "operator", "We are on it.");
        department.clockTo("2026-11-02T11:20");
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("operator");
    }

    private static void openIssue(String key) {
        browser.open("/plugins/servlet/backstop/issue?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        browser.waitReady("backstop-panel");
    }

    @Test
    void thePanelShowsTheClockAndWhoHeldTheIssueAndWhy() {
        openIssue("WEB-1");
        assertThat(browser.find("#backstop-panel-state").getText()).isEqualToIgnoringCase("Answered");
        assertThat(browser.find("#backstop-panel-owner").getText()).isEqualTo("ivanova");
        assertThat(browser.find("#backstop-panel-assignee").getText()).isEqualTo("ivanova");
        List<String> events = browser.findAll("#backstop-panel-timeline .backstop-event-what").stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertThat(events).containsExactly(
                "The client opened the request",
                "The standard was breached (due Nov 2, 2026, 11:02 AM) while ivanova held the issue",
                "Moved from ivanova to operator: the answer was overdue",
                "operator answered",
                "Moved from operator to ivanova: back to the manager");
        assertThat(browser.find("#backstop-panel-timeline .backstop-event-staff_reply .backstop-event-detail").getText())
                .startsWith("1 hr 8 min of working time · late");
        assertThat(browser.find("#sandbox-issue-summary").getText()).isEqualTo("Where is my order?");
        assertThat(browser.find("#sandbox-issue-comments").getText()).contains("We are on it.");
    }

    @Test
    void anAwaitingIssueShowsSinceWhenItWaitsAndHowLateItIs() {
        openIssue("WEB-7");
        assertThat(browser.find("#backstop-panel-state").getText()).isEqualToIgnoringCase("Breached");
        // the client's second message (10:30) does not restart the wait that began at 10:02
        assertThat(browser.find("#backstop-panel-since").getText()).isEqualTo("Nov 2, 2026, 10:02 AM (1 hour ago)");
        assertThat(browser.find("#backstop-panel-due").getText()).isEqualTo("Nov 2, 2026, 11:02 AM");
        assertThat(browser.find("#backstop-panel-left").getText()).isEqualTo("overdue by 18 min");
        assertThat(browser.find("#backstop-panel-assignee").getText()).isEqualTo("operator");
    }

    @Test
    void thePanelShowsTheClientsDigestWithOpenWorkAndLastContacts() {
        openIssue("WEB-1");
        assertThat(browser.find("#backstop-digest-work").getText())
                .isEqualTo("WEB-1 Where is my order? · no date promised");
        List<String> contacts = browser.findAll("#backstop-digest-contacts li span").stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertThat(contacts).containsExactly("operator replied on WEB-1", "the client wrote on WEB-1");
        assertThat(browser.find("#backstop-digest-debt").getText()).isEqualTo("Owes nothing");

        openIssue("WEB-7"); // markup in the client's name and the summary stays text in the digest too
        assertThat(browser.find("#backstop-digest-work").getText()).contains("WEB-7 " + SUMMARY);
        assertThat(browser.findAll("#backstop-digest img, #backstop-digest script, #backstop-digest b")).isEmpty();
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void markupFromClientsAndCommentsIsShownAsText() {
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        WebElement row = browser.find("#backstop-queue-rows tr[data-issue='WEB-7']");
        assertThat(row.findElement(org.openqa.selenium.By.cssSelector(".backstop-client")).getText()).isEqualTo(CLIENT);
        assertThat(browser.findAll("#backstop-queue-rows img, #backstop-queue-rows script")).isEmpty();

        openIssue("WEB-7");
        assertThat(browser.find("#sandbox-issue-summary").getText()).isEqualTo(SUMMARY);
        assertThat(browser.find("#sandbox-issue-client").getText()).isEqualTo(CLIENT);
        assertThat(browser.find("#backstop-panel-client").getText()).isEqualTo(CLIENT);
        assertThat(browser.find("#sandbox-issue-comments .backstop-comment-body").getText())
                .isEqualTo(COMMENT.replace("\n", "\n"));
        assertThat(browser.findAll("#content img, #content script, #content b, #content i, #sandbox-issue-comments a"))
                .isEmpty();
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void anIssueKeyWithMarkupStaysText() {
        openIssue(ODD_KEY);
        assertThat(browser.find("#sandbox-issue-key").getText()).isEqualTo(ODD_KEY);
        assertThat(browser.find("#backstop-panel").getAttribute("data-issue")).isEqualTo(ODD_KEY);
        assertThat(browser.find("#backstop-panel-owner").getText()).isEqualTo("petrova");
        assertThat(browser.findAll("#content i, #content img")).isEmpty();
        assertThat(browser.driver().getTitle()).startsWith(ODD_KEY);

        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        WebElement link = browser.find("#backstop-queue-rows tr[data-issue='" + ODD_KEY + "'] .backstop-key a");
        assertThat(link.getText()).isEqualTo(ODD_KEY);
        link.click();
        browser.waitReady("backstop-panel");
        assertThat(browser.find("#sandbox-issue-key").getText()).isEqualTo(ODD_KEY);
        assertThat(browser.script("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void anUnknownIssueSaysSo() {
        openIssue("WEB-404");
        assertThat(browser.find("#sandbox-issue-unknown").isDisplayed()).isTrue();
        assertThat(browser.find("#backstop-panel-error").getText())
                .isEqualTo("Backstop has no response clock for this issue, or you may not see it.");
    }
}
