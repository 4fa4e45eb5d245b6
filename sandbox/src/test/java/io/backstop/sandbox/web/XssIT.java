package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.sandbox.host.SandboxClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Markup typed into Backstop by its users or their clients (client names, summaries, comments, people's names,
 * issue types, offers' and invoices' clients, complaint comments, operation names; codes of campaigns, services and
 * operations cannot hold markup at all)
 * shows as text on every screen and gadget and never runs. Each payload is an {@code <img src=x onerror=...>} or a
 * {@code <script>} that would set a window flag; the test checks the payload's text is on the screen, no element
 * of a payload is in the page, no flag is set, and the console holds no Content-Security-Policy complaint (an
 * injected inline handler that the policy blocked would leave one, so escaping is tested, not only the policy).
 */
class XssIT extends BrowserPages {

    static final String PERSON = "<img src=x onerror=window.__xss='person'>";
    static final String CLIENT = "<img src=x onerror=\"window.__xss='client'\">Romashka";
    static final String SUMMARY = "<script>window.__xss='summary'</script>Where is my order";
    static final String COMMENT = "<img src=x onerror=\"window.__xss='comment'\">thanks";
    static final String COMPLAINT = "<img src=x onerror=\"window.__xss='complaint'\">rude";
    // no double quotes in these two: the settings page shows them inside JSON, where a quote is escaped
    static final String OPERATION = "<img src=x onerror=window.__xss='operation'>Check";
    static final String TYPE = "<img src=x onerror=window.__xss='type'>Order";
    /** A client's message with a lexicon word: its excerpt is in the suspected complaints' lane. */
    static final String SUSPECT = "<img src=x onerror=window.__xss='suspect'>Безобразие";


    @BeforeAll
    static void aDepartmentFullOfMarkup() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        ObjectNode settings = (ObjectNode) Department.json(Department.SETTINGS);
        ((ArrayNode) settings.get("people")).addObject().put("name", PERSON).put("role", "MANAGER")
                .putArray("deputies").add("petrova");
        // People's names are logins now (PUT settings refuses markup: 400 naming the field); a department stored
        // before that rule is read as it was written, so every screen must still show such a name as text.
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings", settings).status()).isEqualTo(400);
        department.sandbox.backstop().settings().replace(SettingsDocument.readStored(settings.toString()));
        ObjectNode results = (ObjectNode) department.client.get("admin", "rest/backstop/1.0/results/settings").body();
        ((ArrayNode) results.get("catalog")).addObject().put("code", "xss-check").put("name", OPERATION)
                .put("minutes", 5);
        // codes (campaigns, operations, services, an offer's basis) are lower-case letters, digits and dashes:
        // markup cannot get in
        assertThat(department.client.put("admin", "rest/backstop/1.0/results/settings", campaign(results)).status())
                .isEqualTo(400);
        ((ObjectNode) results.get("replyOperations")).put(TYPE, "xss-check");
        ok(department.client.put("admin", "rest/backstop/1.0/results/settings", results));

        department.clockTo("2026-11-02T10:00");
        ok(department.client.post("admin", "rest/sandbox/1.0/issues", Map.of("key", "XSS-1", "owner", PERSON,
                "client", CLIENT, "summary", SUMMARY, "issueType", TYPE)));
        ok(department.client.post("admin", "rest/sandbox/1.0/issues", Map.of("key", "XSS-2", "owner", PERSON,
                "client", CLIENT, "summary", SUMMARY)));
        ok(department.client.post("admin", "rest/sandbox/1.0/issues/XSS-1/comments",
                Map.of("author", "client", "body", COMMENT)));
        department.clockTo("2026-11-02T10:20");
        ok(department.client.post("admin", "rest/sandbox/1.0/issues/XSS-2/comments",
                Map.of("author", PERSON, "body", COMMENT)));
        department.clockTo("2026-11-02T11:00");
        ok(department.client.post("admin", "rest/sandbox/1.0/issues/XSS-2/comments",
                Map.of("author", "client", "body", SUSPECT)));
        ok(department.client.post("admin", "rest/backstop/1.0/results/operations",
                Map.of("person", PERSON, "day", "2026-11-02", "operation", "xss-check", "count", 3, "client", CLIENT)));
        ok(department.client.post("admin", "rest/backstop/1.0/results/offers", Map.of("issue", "XSS-1",
                "client", CLIENT, "basis", "site-support", "service", "seo", "amountKopecks", 100_000, "by", PERSON)));
        ok(department.client.post("admin", "rest/backstop/1.0/results/receivables", Map.of("id", "INV-<b>1</b>",
                "client", CLIENT, "manager", PERSON, "service", "seo", "amountKopecks", 5_000_000,
                "issuedOn", "2026-08-20", "dueOn", "2026-09-01")));
        ok(department.client.post("admin", "rest/backstop/1.0/results/complaints", Map.of("client", CLIENT,
                "issue", "XSS-1", "about", PERSON, "comment", COMPLAINT)));
        ok(department.client.post("admin", "rest/backstop/1.0/absences", Map.of("person", PERSON,
                "from", "2026-11-20T00:00:00+03:00", "to", "2026-11-21T00:00:00+03:00", "kind", "STUDY")));
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("admin");
    }

    @Test
    void theQueueShowsMarkupAsText() {
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        browser.waitFor(d -> browser.find("#backstop-queue-suspected").isDisplayed());
        assertShownAsTextAndInert(CLIENT, PERSON, SUSPECT);
    }

    @Test
    void theIssuePageAndItsPanelShowMarkupAsText() {
        browser.open("/plugins/servlet/backstop/issue?key=XSS-2");
        browser.waitReady("backstop-panel");
        assertShownAsTextAndInert(CLIENT, PERSON, SUMMARY, COMMENT);
    }

    @Test
    void theSettingsPageShowsMarkupAsText() {
        browser.open("/plugins/servlet/backstop/admin");
        browser.waitReady("backstop-settings");
        // people's names in their inputs, absences in their list, the results settings as JSON
        assertShownAsTextAndInert(PERSON, OPERATION, TYPE);
    }

    @Test
    void everyGadgetOfTheDashboardShowsMarkupAsText() {
        browser.open("/plugins/servlet/backstop/dashboard");
        browser.waitReady("backstop-dashboard");
        for (String gadget : DashboardPageIT.GADGETS) {
            browser.waitFor(d -> !"loading".equals(browser.find("#backstop-gadget-" + gadget)
                    .getAttribute("data-state")));
            assertThat(browser.find("#backstop-gadget-" + gadget).getAttribute("data-state")).as(gadget)
                    .isEqualTo("ready");
            if (!gadget.equals("debtors")) {
                assertThat(browser.find("#backstop-gadget-" + gadget).getText()).as(gadget + " names the person")
                        .contains(PERSON);
            }
        }
        assertThat(browser.find("#backstop-gadget-debtors").getText()).contains(CLIENT);
        // the waiting list (administrators get it too): XSS-1 breached at 11:00 and went to the operator
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-waiting").getAttribute("data-state")));
        assertThat(browser.find("#backstop-gadget-waiting tbody").getText()).contains("XSS-1");
        assertShownAsTextAndInert(PERSON, CLIENT);
    }

    /** Every text is visible as typed (in the page's text or a field's value); nothing of any payload took effect. */
    private static void assertShownAsTextAndInert(String... texts) {
        try {
            browser.waitFor(d -> {
                String shown = shownText();
                return List.of(texts).stream().allMatch(shown::contains);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown = shownText();
            throw new AssertionError("not shown as text: " + List.of(texts).stream()
                    .filter(text -> !shown.contains(text)).toList(), e);
        }
        assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"], [onerror], script:not([src])')"
                + ".length")).as("elements of a payload in the page").isEqualTo(0L);
        assertThat(browser.script("return window.__xss === undefined")).as("a payload ran").isEqualTo(true);
        assertThat(cspViolations()).as("the console's Content-Security-Policy complaints").isEmpty();
    }

    /** The page's text and the values of its fields. */
    private static String shownText() {
        return (String) browser.script("var parts = [document.body.innerText];"
                + "document.querySelectorAll('input, textarea').forEach(function (f) { parts.push(f.value); });"
                + "return parts.join('\\n');");
    }

    /** As DashboardPageIT's: a probe first shows the console is read. */
    private static List<String> cspViolations() {
        browser.script("console.error('backstop-console-probe')");
        List<String> messages = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(messages).as("the browser's console").anyMatch(m -> m.contains("backstop-console-probe"));
        return messages.stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .collect(Collectors.toList());
    }

    private static ObjectNode campaign(ObjectNode results) {
        ObjectNode copy = results.deepCopy();
        copy.putArray("campaigns").addObject().put("code", "<img src=x onerror=\"window.__xss='campaign'\">")
                .put("ordered", "seo").put("offer", "ads");
        return copy;
    }

    private static JsonNode ok(SandboxClient.Answer answer) {
        assertThat(answer.status()).as("" + answer.body()).isLessThan(300);
        return answer.body();
    }
}
