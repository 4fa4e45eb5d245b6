package io.backstop.sandbox.web;

import static io.backstop.sandbox.web.DashboardPageIT.column;
import static io.backstop.sandbox.web.DashboardPageIT.openDashboard;
import static io.backstop.sandbox.web.DashboardPageIT.row;
import static io.backstop.sandbox.web.DashboardPageIT.state;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorecard gadget (issue 17, scorecard) on Wednesday 4 November 2026: the month is in progress, so it says
 * "month to date, prorated"; the head sees the managers', the operator's (weighed on timeliness, rescue speed and
 * quality only: receivables and upsells show "—") and her own, the department's; each person's formulas unfold with
 * their figures, in English and in Russian.
 */
class ScorecardGadgetPageIT extends BrowserPages {

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-04T15:00");
        post("office", "results/receivables", Map.of("id", "INV-1", "client", "Romashka LLC", "manager", "ivanova",
                "amountKopecks", 10_000_000, "issuedOn", "2026-09-01", "dueOn", "2026-09-15"));
        post("office", "results/payments", Map.of("receivable", "INV-1", "amountKopecks", 2_500_000,
                "paidOn", "2026-11-03"));
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    static JsonNode post(String user, String path, Object body) {
        SandboxClient.Answer answer = department.client.post(user, "rest/backstop/1.0/" + path, body);
        assertThat(answer.status()).as("POST " + path + " as " + user + ": " + answer.body()).isLessThan(300);
        return answer.body();
    }

    private static String text(String css) {
        return browser.find("#backstop-gadget-scorecard " + css).getText();
    }

    /** Unfolds the formulas and one person's part of them. */
    private static void unfold(String person) {
        browser.script("document.querySelector('#backstop-gadget-scorecard .backstop-scorecard-formulas').open = true;"
                + "document.querySelector(\"#backstop-gadget-scorecard details[data-person='\" + arguments[0] + \"']\")"
                + ".open = true;", person);
    }

    private static String formula(String person, String component) {
        return text("details[data-person='" + person + "'] li[data-component='" + component + "']");
    }

    @Test
    void theHeadSeesEveryRoleWithItsFormulasMonthToDate() {
        browser.login("head");
        openDashboard("?lang=en");
        browser.waitFor(d -> "ready".equals(state("scorecard")));
        assertThat(column("scorecard", 0)).containsExactly("operator", "ivanova", "petrova", "sidorova", "head");
        assertThat(text("thead")).contains("Role", "Total", "Output", "Collected", "Timeliness", "Quality",
                "Upsells", "Rescue speed");
        List<String> operator = row("scorecard", "operator");
        assertThat(operator.get(1)).isEqualTo("Operator");
        assertThat(operator.get(4)).as("receivables: not weighed").isEqualTo("—");
        assertThat(operator.get(7)).as("upsells: not weighed").isEqualTo("—");
        assertThat(operator.get(8)).as("rescue speed: nothing handed over").isEqualTo("100%");
        assertThat(row("scorecard", "head").get(1)).isEqualTo("Head (the department)");
        // 25 000 of the 100 000 roubles overdue on 1 November came in by the 3rd, against the month's share so
        // far (2 of its 20 working days: the 4th is a holiday), so 10 000: full marks, at most 100%
        assertThat(row("scorecard", "ivanova").get(4)).isEqualTo("100%");
        assertThat(text(".backstop-scorecard-period")).startsWith("Month to date, prorated: the targets are");
        assertThat(text(".backstop-gadget-after")).contains("Default weights, set by the head");

        unfold("operator");
        assertThat(formula("operator", "rescue")).contains("Rescue speed = 60 working minutes / median time");
        assertThat(formula("operator", "receivables")).startsWith("Collected: 100% x weight 0% = 0%");
        unfold("ivanova");
        assertThat(formula("ivanova", "receivables"))
                .contains("Receivables = overdue money collected in the month / overdue money at its start")
                .contains("25,000 /");
        assertThat(formula("ivanova", "upsells")).contains("up to 150% (the head's ceiling)");
        unfold("head");
        assertThat(text("details[data-person='head']")).contains("The department's figures");

        // the column's "?" (clicked by script: nine narrow columns leave the button partly under its neighbour)
        browser.script("arguments[0].click()", browser.find(
                "#backstop-gadget-scorecard th button[data-help='backstop.gadget.scorecard.component.output']"));
        assertThat(text(".backstop-gadget-help")).startsWith("Output: norm-hours earned / target");
    }

    @Test
    void theScorecardSpeaksRussian() {
        browser.login("head");
        openDashboard("?lang=ru");
        browser.waitFor(d -> "ready".equals(state("scorecard")));
        assertThat(text("thead")).contains("Роль", "Итого", "Скорость спасения");
        assertThat(row("scorecard", "operator").get(1)).isEqualTo("Оператор");
        assertThat(row("scorecard", "head").get(1)).isEqualTo("Руководитель (отдел)");
        assertThat(text(".backstop-scorecard-period")).startsWith("Месяц к текущей дате, пропорционально");
        unfold("operator");
        assertThat(formula("operator", "timeliness")).contains("Своевременность = доля ответов вовремя");
        unfold("head");
        assertThat(text("details[data-person='head']")).contains("Показатели отдела");
        browser.open("/plugins/servlet/backstop/dashboard?lang=en");
    }

    @Test
    void aManagerSeesOnlyHerOwnScorecard() {
        browser.login("ivanova");
        openDashboard("?lang=en");
        browser.waitFor(d -> "ready".equals(state("scorecard")));
        assertThat(column("scorecard", 0)).containsExactly("ivanova");
        assertThat(department.client.get("ivanova", "rest/backstop/1.0/results/scorecard?person=head").status())
                .isEqualTo(403);
    }
}
