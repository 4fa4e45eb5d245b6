package io.backstop.sandbox.web;

import static io.backstop.sandbox.web.DashboardPageIT.column;
import static io.backstop.sandbox.web.DashboardPageIT.openDashboard;
import static io.backstop.sandbox.web.DashboardPageIT.state;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18, the dashboard a person can read, in English and in Russian: charts at least 160 px high (on the
 * wallboard's grid and in a gadget as narrow as a Jira dashboard-item), no head or cell cut short, one "Settings"
 * button per gadget with its choices behind it, a "?" on every figure's column explaining it in the page's language,
 * the period's line marking a month in progress, the scorecard's every component on screen, a manager's dashboard
 * titled as hers with her own work first, and people by their display names.
 */
class DashboardReadableIT extends BrowserPages {

    /** Columns that name or date something rather than measure it: no formula to explain. */
    private static final List<String> NOT_FIGURES = List.of("person", "client", "issue", "operation", "instruction",
            "manager", "rank", "role", "by", "due", "holder", "about", "actions", "flagged", "week", "services",
            "caller", "outcome", "ordered");
    private static final List<String> COMPONENTS = List.of("output", "receivables", "timeliness", "quality",
            "upsells", "rescue");

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.sandbox.users().displayNames(login -> Optional.ofNullable(
                Map.of("ivanova", "Anna Ivanova", "petrova", "Maria Petrova").get(login)));
        DashboardPageIT.seed(); // Monday 2 November, 17:00: the month is in progress
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    /** The gadgets on the page, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> gadgets() {
        return (List<String>) browser.script("return Array.prototype.map.call(document.querySelectorAll("
                + "'#backstop-dashboard [data-gadget]'), function (g) { return g.getAttribute('data-gadget'); })");
    }

    private static void openReady(String lang) {
        openDashboard("?lang=" + lang);
        for (String gadget : gadgets()) {
            browser.waitFor(d -> !"loading".equals(state(gadget)));
        }
    }

    /** Each drawn chart's canvas height, by gadget. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> chartHeights() {
        return (Map<String, Long>) browser.script("var out = {}; document.querySelectorAll('[data-gadget]')"
                + ".forEach(function (g) { var c = g.querySelector('canvas'); if (c && Chart.getChart(c)"
                + " && c.offsetParent !== null) { out[g.getAttribute('data-gadget')] = c.clientHeight; } });"
                + " return out;");
    }

    /** Every head and cell of the gadgets' tables whose text does not fit: "gadget: text". */
    @SuppressWarnings("unchecked")
    private static List<String> cutCells() {
        return (List<String>) browser.script("var out = [];"
                + " document.querySelectorAll('[data-gadget] table.backstop-gadget-table').forEach(function (t) {"
                + "  if (t.offsetParent === null) { return; }"
                + "  t.querySelectorAll('th, td').forEach(function (c) {"
                + "   if (c.scrollWidth > c.clientWidth + 1) {"
                + "    out.push(t.closest('[data-gadget]').getAttribute('data-gadget') + ': ' + c.textContent + ' ('"
                + " + c.scrollWidth + ' > ' + c.clientWidth + ' px)'); } }); });"
                + " return out;");
    }

    @Test
    void chartsAreTallAndNothingIsCutInEnglish() {
        browser.login("head");
        openReady("en");
        assertThat(chartHeights()).as("charts drawn").containsKeys("sla", "norm-hours", "scorecard");
        assertThat(chartHeights()).allSatisfy((gadget, height) -> assertThat(height).as(gadget).isGreaterThanOrEqualTo(160));
        assertThat(cutCells()).isEmpty();
        assertThat(browser.find("#backstop-gadget-upsells th[data-column='backstop.gadget.upsells.col.roubles']")
                .getText()).contains("Sold, roubles");

        // a gadget as narrow as a Jira dashboard-item (one column of three): its chart keeps its height, its table
        // its texts (the complaints gadget, two columns wide, once squeezed the next ones into a 26 px column)
        Dimension wide = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(440, 900));
            openReady("en");
            assertThat(chartHeights()).isNotEmpty()
                    .allSatisfy((gadget, height) -> assertThat(height).as(gadget).isGreaterThanOrEqualTo(160));
            assertThat(cutCells()).isEmpty();
        } finally {
            browser.driver().manage().window().setSize(wide);
        }
    }

    @Test
    void nothingIsCutInRussian() {
        browser.login("head");
        openReady("ru");
        assertThat(cutCells()).isEmpty();
        assertThat(browser.find("#backstop-gadget-upsells th[data-column='backstop.gadget.upsells.col.roubles']")
                .getText()).contains("Продано, ₽");
        assertThat(chartHeights()).allSatisfy((gadget, height) -> assertThat(height).isGreaterThanOrEqualTo(160));
        // the settings speak Russian too
        WebElement settings = browser.find("#backstop-gadget-upsells .backstop-gadget-settings");
        assertThat(settings.getText()).isEqualTo("Настройки");
        settings.click();
        assertThat(new Select(browser.find("#backstop-gadget-upsells .backstop-gadget-period"))
                .getFirstSelectedOption().getText()).isEqualTo("Этот месяц");
        browser.open("/plugins/servlet/backstop/dashboard?lang=en");
    }

    @Test
    void eachGadgetsSettingsAreBehindOneButton() {
        browser.login("head");
        openReady("en");
        assertThat(browser.script("return Array.prototype.filter.call(document.querySelectorAll("
                + "'[data-gadget] select'), function (s) { return s.offsetParent !== null"
                + " && s.closest('.backstop-gadget-filters'); }).length")).as("dropdowns showing").isEqualTo(0L);
        for (String gadget : gadgets()) {
            List<WebElement> buttons = browser.findAll("#backstop-gadget-" + gadget + " .backstop-gadget-settings");
            assertThat(buttons).as(gadget).hasSize(1);
            assertThat(buttons.get(0).getText()).isEqualTo("Settings");
            buttons.get(0).click();
            assertThat(browser.find("#backstop-gadget-" + gadget + " .backstop-gadget-refresh").isDisplayed())
                    .as(gadget).isTrue();
            buttons.get(0).click();
            assertThat(browser.find("#backstop-gadget-" + gadget + " .backstop-gadget-refresh").isDisplayed())
                    .as(gadget).isFalse();
        }
        // the choices are as they were: a person by name, last month; the period's line says which
        WebElement line = browser.find("#backstop-gadget-sla .backstop-gadget-when");
        assertThat(line.getAttribute("data-partial")).isEqualTo("true");
        assertThat(line.getText()).startsWith("Period: November 1")
                .endsWith("2026, not over yet: the figures are to November 2, not the whole period's");
        DashboardPageIT.openSettings("sla");
        Select person = new Select(browser.find("#backstop-gadget-sla .backstop-gadget-person"));
        assertThat(person.getOptions()).extracting(WebElement::getText).contains("Anna Ivanova", "Maria Petrova");
        person.selectByValue("ivanova");
        browser.waitFor(d -> column("sla", 0).equals(List.of("Anna Ivanova")));
        new Select(browser.find("#backstop-gadget-sla .backstop-gadget-period")).selectByValue("last");
        browser.waitFor(d -> "false".equals(line.getAttribute("data-partial")) && "ready".equals(state("sla")));
        assertThat(line.getText()).startsWith("Period: October 1").endsWith("31, 2026 · Anna Ivanova");
        assertThat(browser.find("#backstop-gadget-scorecard .backstop-gadget-when").getText())
                .startsWith("Period: November 2026, not over yet");
    }

    @Test
    void everyFigureHasAQuestionMarkInThePagesLanguage() {
        browser.login("head");
        for (String lang : List.of("en", "ru")) {
            openReady(lang);
            int figures = 0;
            for (WebElement head : browser.findAll("[data-gadget] th[data-column]")) {
                String key = head.getAttribute("data-column");
                if (NOT_FIGURES.stream().anyMatch(word -> key.endsWith(".col." + word))) {
                    continue;
                }
                figures++;
                List<WebElement> help = head.findElements(org.openqa.selenium.By.cssSelector("button.backstop-help"));
                assertThat(help).as(lang + ": " + key + " has a \"?\"").hasSize(1);
                browser.script("arguments[0].click()", help.get(0));
                String text = (String) browser.script("return arguments[0].closest('[data-gadget]')"
                        + ".querySelector('.backstop-gadget-help').textContent", head);
                assertThat(text).as(key).doesNotContain(key).hasSizeGreaterThan(20);
                if (lang.equals("ru")) {
                    assertThat(text).as(key).containsPattern("[А-Яа-яЁё]{4}");
                } else {
                    assertThat(text).as(key).doesNotContainPattern("[А-Яа-яЁё]");
                }
                browser.script("arguments[0].click()", help.get(0));
            }
            assertThat(figures).as(lang + ": figures looked at").isGreaterThan(30);
        }
        browser.open("/plugins/servlet/backstop/dashboard?lang=en");
    }

    @Test
    void theScorecardShowsEveryComponent() {
        browser.login("head");
        openReady("en");
        browser.waitFor(d -> "ready".equals(state("scorecard")));
        for (String component : COMPONENTS) {
            WebElement head = browser.find("#backstop-gadget-scorecard th[data-column="
                    + "'backstop.gadget.scorecard.component." + component + "']");
            assertThat(head.isDisplayed()).as(component).isTrue();
            assertThat(browser.script("var r = arguments[0].getBoundingClientRect(), g = arguments[1]"
                    + ".getBoundingClientRect(); return r.width > 20 && r.left >= g.left && r.right <= g.right",
                    head, browser.find("#backstop-gadget-scorecard"))).as(component + " within the gadget")
                    .isEqualTo(true);
        }
        assertThat(column("scorecard", 0)).contains("Anna Ivanova", "Maria Petrova", "operator");
    }

    @Test
    void aManagersDashboardIsHersWithHerOwnWorkFirst() {
        browser.login("ivanova");
        openReady("en");
        assertThat(browser.find("#backstop-dashboard h1").getText()).isEqualTo("Anna Ivanova's dashboard");
        List<String> order = gadgets();
        assertThat(order.get(0)).isEqualTo("scorecard");
        assertThat(order.indexOf("sla")).isLessThan(order.indexOf("learning-order"));
        assertThat(column("sla", 0)).containsExactly("Anna Ivanova");
        openReady("ru");
        assertThat(browser.find("#backstop-dashboard h1").getText()).isEqualTo("Панель: Anna Ivanova");
        assertThat(browser.find("#backstop-gadget-sla .backstop-gadget-when").getText())
                .startsWith("Период: 1").contains("2 ноября 2026 г., ещё не закончился: цифры по 2 ноября");
        browser.login("head");
        openReady("en");
        assertThat(browser.find("#backstop-dashboard h1").getText()).isEqualTo("Department dashboard");
        assertThat(gadgets().get(0)).isEqualTo("sla");
    }
}
