package io.backstop.sandbox.web;

import static io.backstop.sandbox.web.DashboardPageIT.column;
import static io.backstop.sandbox.web.DashboardPageIT.openDashboard;
import static io.backstop.sandbox.web.DashboardPageIT.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17, point 3, by clicking, in English and in Russian: on the campaigns gadget each row to call has a caller
 * (the client's manager, or whom the head picks) and an outcome the caller picks; a manager cannot record a row she
 * does not call. On Monday 2 November Romashka LLC (ivanova's) and Vasilek (petrova's) ordered SEO in October; the
 * campaign offers them Direct.
 */
class CampaignCallsPageIT extends BrowserPages {

    private static final String CAMPAIGN = "direct-after-seo";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        check(department.client.put("admin", "rest/backstop/1.0/results/settings", Map.of("campaigns",
                List.of(Map.of("code", CAMPAIGN, "ordered", "seo", "offer", "direct")))), "campaigns");
        department.clockTo("2026-11-02T10:00");
        paidSeo("SEO-1", "Romashka LLC", "ivanova");
        paidSeo("SEO-2", "Vasilek", "petrova");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static void paidSeo(String id, String client, String manager) {
        check(department.client.post("office", "rest/backstop/1.0/results/receivables", Map.of("id", id, "client",
                client, "manager", manager, "service", "seo", "amountKopecks", 3_000_000, "issuedOn", "2026-10-01",
                "dueOn", "2026-10-15")), "invoice " + id);
        check(department.client.post("office", "rest/backstop/1.0/results/payments", Map.of("receivable", id,
                "amountKopecks", 3_000_000, "paidOn", "2026-10-10")), "payment " + id);
    }

    private static JsonNode check(SandboxClient.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isLessThan(300);
        return answer.body();
    }

    /** The head's view of a client's row, from the REST the gadget reads. */
    private static JsonNode rowOf(String client) {
        for (JsonNode row : check(department.client.get("head", "rest/backstop/1.0/results/campaigns/" + CAMPAIGN),
                "call list").path("calls")) {
            if (row.path("client").asText().equals(client)) {
                return row;
            }
        }
        throw new AssertionError("no row " + client);
    }

    private static Select picker(String what, String client) {
        return new Select(browser.find("#backstop-gadget-campaigns select.backstop-campaign-" + what
                + "[data-client='" + client + "']"));
    }

    /** Picks an option and waits for the gadget to read the list again. */
    private static void pick(String what, String client, String shown) {
        WebElement before = browser.find("#backstop-gadget-campaigns select.backstop-campaign-" + what
                + "[data-client='" + client + "']");
        picker(what, client).selectByVisibleText(shown);
        browser.waitFor(d -> {
            try {
                before.isEnabled();
                return false; // still the old element: not redrawn yet
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return "ready".equals(state("campaigns"));
            }
        });
    }

    @Test
    void aManagerRecordsTheOutcomeOfHerCall() {
        browser.login("ivanova");
        openDashboard("?lang=en");
        assertThat(column("campaigns", 0)).containsExactly("Romashka LLC");
        assertThat(browser.findAll("#backstop-gadget-campaigns select.backstop-campaign-caller")).as("the head's")
                .isEmpty();
        assertThat(column("campaigns", 1)).containsExactly("ivanova");
        List<String> options = picker("outcome", "Romashka LLC").getOptions().stream().map(WebElement::getText).toList();
        assertThat(options).containsExactly("Not called yet", "Reached, offer made", "Declined", "Call later",
                "Not reached");

        pick("outcome", "Romashka LLC", "Not reached");

        assertThat(picker("outcome", "Romashka LLC").getFirstSelectedOption().getText()).isEqualTo("Not reached");
        assertThat(rowOf("Romashka LLC").path("outcome").asText()).isEqualTo("NOT_REACHED");
        assertThat(rowOf("Romashka LLC").path("outcomeBy").asText()).isEqualTo("ivanova");
        // Vasilek's row is petrova's: ivanova neither sees it nor may record it
        assertThat(department.client.post("ivanova", "rest/backstop/1.0/results/campaigns/" + CAMPAIGN + "/outcome",
                Map.of("client", "Vasilek", "outcome", "DECLINED")).status()).isEqualTo(403);
        assertThat(rowOf("Vasilek").path("outcome").isNull()).isTrue();
    }

    @Test
    void inRussianTheHeadGivesARowToAnotherCallerAndTheManagerThenOnlyReadsIt() {
        browser.login("head");
        openDashboard("?lang=ru");
        assertThat(browser.find("#backstop-gadget-campaigns thead").getText()).contains("Кто звонит", "Итог звонка");
        assertThat(picker("caller", "Vasilek").getFirstSelectedOption().getText()).isEqualTo("petrova");

        pick("caller", "Vasilek", "sidorova");

        assertThat(picker("caller", "Vasilek").getFirstSelectedOption().getText()).isEqualTo("sidorova");
        assertThat(rowOf("Vasilek").path("caller").asText()).isEqualTo("sidorova");
        assertThat(picker("outcome", "Vasilek").getFirstSelectedOption().getText()).isEqualTo("Ещё не звонили");

        browser.login("petrova");
        openDashboard("?lang=ru");
        assertThat(column("campaigns", 0)).containsExactly("Vasilek");
        assertThat(column("campaigns", 1)).containsExactly("sidorova");
        assertThat(browser.findAll("#backstop-gadget-campaigns tbody select")).as("not hers to record").isEmpty();
        assertThat(column("campaigns", 3)).containsExactly("Ещё не звонили");

        browser.login("sidorova");
        openDashboard("?lang=ru");
        assertThat(column("campaigns", 0)).containsExactly("Vasilek");
        pick("outcome", "Vasilek", "Перезвонить позже");
        assertThat(rowOf("Vasilek").path("outcome").asText()).isEqualTo("LATER");
    }
}
