package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17, point 7: the head's catalogues from the screen. In English the head imports a CSV file of norms (one
 * changed, one added), sees the dry run and applies it (a file with a code twice refused first); in Russian a file
 * with a negative norm is refused with its row and column, nothing changed, a bad cell typed into the table is
 * marked, then put right, previewed and applied; the head raises the upsell ceiling on the rules (out of range
 * refused first); a manager reads and downloads only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CataloguesPageIT extends BrowserPages {

    private static final String PAGE = "/plugins/servlet/backstop/catalogues";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static void open(String lang) {
        browser.open(PAGE + "?lang=" + lang);
        browser.waitReady("backstop-catalogues-page");
    }

    private static void waitState(String state) {
        browser.waitFor(d -> state.equals(browser.find("#backstop-catalogues-page").getAttribute("data-state")));
    }

    private static String csv(String user) {
        return department.client.page(user, "rest/backstop/1.0/results/catalogues/norms.csv").body();
    }

    private static List<String> texts(String css) {
        return browser.findAll(css).stream().map(WebElement::getText).toList();
    }

    private static WebElement minutesOf(String code) {
        for (WebElement row : browser.findAll("#backstop-catalogue-table tbody tr")) {
            if (row.findElement(By.cssSelector("input[data-column='code']")).getAttribute("value").equals(code)) {
                return row.findElement(By.cssSelector("input[data-column='minutes']"));
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    @Order(1)
    void inEnglishTheHeadImportsAFileSeesTheDryRunAndApplies() throws Exception {
        browser.login("head");
        open("en");
        assertThat(browser.find("h1").getText()).isEqualTo("Catalogues");
        assertThat(browser.findAll("#backstop-catalogue-table tbody tr")).hasSize(16);
        assertThat(browser.find("#backstop-catalogue-download").getAttribute("href")).endsWith("/norms.csv");
        String good = csv("head").replace("Answer a client question,15", "Answer a client question,20")
                + "price-list,Send the price list,5,\r\n";
        Path twice = data.resolve("twice.csv");
        Files.writeString(twice, good + "price-list,Send the price list again,5,\r\n");
        browser.find("#backstop-catalogue-file").sendKeys(twice.toString());
        waitState("refused");
        assertThat(texts("#backstop-catalogue-errors-list li"))
                .containsExactly("Row 19, column Code: \"price-list\" is listed twice (first in row 18)");
        assertThat(browser.find("#backstop-catalogue-diff").isDisplayed()).isFalse();

        Path file = data.resolve("norms.csv");
        Files.writeString(file, good);
        browser.find("#backstop-catalogue-file").sendKeys(file.toString());
        waitState("previewed");
        assertThat(browser.find("#backstop-catalogue-diff-counts").getText())
                .isEqualTo("1 added, 1 changed, 0 removed, 15 unchanged.");
        assertThat(texts("#backstop-catalogue-changed li")).containsExactly(
                "Row 2 (client-question): Minutes: 15 \u2192 20");
        assertThat(texts("#backstop-catalogue-added li")).containsExactly(
                "Row 18: Code: price-list; Name: Send the price list; Minutes: 5; Instruction: (empty)");
        assertThat(minutesOf("client-question").getAttribute("value")).as("nothing applied yet").isEqualTo("15");

        browser.find("#backstop-catalogue-apply").click();
        waitState("applied");
        assertThat(browser.find("#backstop-catalogue-done").getText()).isEqualTo("Applied: 1 added, 1 changed, 0 removed.");
        assertThat(minutesOf("client-question").getAttribute("value")).isEqualTo("20");
        assertThat(browser.findAll("#backstop-catalogue-table tbody tr")).hasSize(17);
        assertThat(csv("ivanova")).contains("price-list,Send the price list,5,");
    }

    @Test
    @Order(2)
    void inRussianABadRowIsNamedByRowAndColumnAndNothingChanges() {
        String before = csv("head");
        open("ru");
        assertThat(browser.find("h1").getText()).isEqualTo("Справочники");
        browser.script("arguments[0].value = arguments[1]", browser.find("#backstop-catalogue-csv"),
                before.replace("Answer a long letter (a spec with many questions),60",
                        "Answer a long letter (a spec with many questions),-5"));
        browser.find("#backstop-catalogue-preview-file").click();
        waitState("refused");
        assertThat(browser.find("#backstop-catalogue-errors-title").getText())
                .isEqualTo("Ничего не изменено: исправьте и посмотрите снова (ошибок: 1).");
        assertThat(texts("#backstop-catalogue-errors-list li"))
                .containsExactly("Строка 3, столбец «Минут»: должно быть больше 0; указано -5");
        assertThat(browser.find("#backstop-catalogue-diff").isDisplayed()).isFalse();
        assertThat(csv("head")).isEqualTo(before);

        // the same mistake typed into the table: the cell is marked
        WebElement minutes = minutesOf("long-letter");
        minutes.clear();
        minutes.sendKeys("полчаса");
        browser.find("#backstop-catalogue-preview-table").click();
        waitState("refused");
        assertThat(texts("#backstop-catalogue-errors-list li")).containsExactly(
                "Строка 3, столбец «Минут»: должно быть целым числом минут; указано «полчаса»");
        assertThat(minutesOf("long-letter").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(csv("head")).isEqualTo(before);

        // put right in the table, previewed and applied
        minutesOf("long-letter").clear();
        minutesOf("long-letter").sendKeys("30");
        browser.find("#backstop-catalogue-preview-table").click();
        waitState("previewed");
        assertThat(browser.find("#backstop-catalogue-diff-counts").getText())
                .isEqualTo("Добавится: 0, изменится: 1, удалится: 0, без изменений: 16.");
        assertThat(texts("#backstop-catalogue-changed li")).containsExactly("Строка 3 (long-letter): Минут: 60 \u2192 30");
        browser.find("#backstop-catalogue-apply").click();
        waitState("applied");
        assertThat(browser.find("#backstop-catalogue-done").getText())
                .isEqualTo("Применено: добавлено 0, изменено 1, удалено 0.");
        assertThat(csv("head")).contains("Answer a long letter (a spec with many questions),30,");
    }

    @Test
    @Order(3)
    void inRussianTheHeadRaisesTheUpsellCeilingAsARule() {
        open("ru");
        new Select(browser.find("#backstop-catalogue-pick")).selectByValue("rules");
        browser.waitFor(d -> browser.find("#backstop-catalogue-download").getAttribute("href").endsWith("/rules.csv"));
        waitState("ready");
        assertThat(texts("#backstop-catalogue-table thead th")).startsWith("Правило", "Значение");
        assertThat(valueOf("scoring.upsellCeiling").getAttribute("value")).isEqualTo("1.5");

        valueOf("scoring.upsellCeiling").clear();
        valueOf("scoring.upsellCeiling").sendKeys("5");
        browser.find("#backstop-catalogue-preview-table").click();
        waitState("refused");
        assertThat(texts("#backstop-catalogue-errors-list li")).singleElement().asString()
                .startsWith("Строка 2, столбец «Значение»:");
        assertThat(valueOf("scoring.upsellCeiling").getAttribute("aria-invalid")).isEqualTo("true");

        valueOf("scoring.upsellCeiling").clear();
        valueOf("scoring.upsellCeiling").sendKeys("2,5");
        browser.find("#backstop-catalogue-preview-table").click();
        waitState("previewed");
        assertThat(texts("#backstop-catalogue-changed li")).containsExactly(
                "Строка 2 (scoring.upsellCeiling): Значение: 1.5 \u2192 2.5");
        browser.find("#backstop-catalogue-apply").click();
        waitState("applied");
        assertThat(department.client.page("head", "rest/backstop/1.0/results/catalogues/rules.csv").body())
                .contains("scoring.upsellCeiling,2.5\r\n");
    }

    private static WebElement valueOf(String rule) {
        for (WebElement row : browser.findAll("#backstop-catalogue-table tbody tr")) {
            if (row.findElement(By.cssSelector("input[data-column='rule']")).getAttribute("value").equals(rule)) {
                return row.findElement(By.cssSelector("input[data-column='value']"));
            }
        }
        throw new AssertionError("no rule " + rule);
    }

    @Test
    @Order(4)
    void aManagerReadsAndDownloadsButCannotChange() {
        browser.login("ivanova");
        browser.open("/plugins/servlet/backstop/queue?lang=en");
        browser.find("#nav-catalogues").click(); // the menu leads there
        browser.waitReady("backstop-catalogues-page");
        assertThat(browser.find("#backstop-catalogues-readonly").getText())
                .isEqualTo("Only the head and administrators change the catalogues; you may read them and download them.");
        assertThat(browser.findAll("#backstop-catalogue-table input")).isEmpty();
        assertThat(browser.findAll("#backstop-catalogue-import")).isEmpty();
        assertThat(browser.findAll("#backstop-catalogue-preview-table")).isEmpty();
        new Select(browser.find("#backstop-catalogue-pick")).selectByValue("weights");
        browser.waitFor(d -> browser.find("#backstop-catalogue-download").getAttribute("href").endsWith("/weights.csv"));
        browser.waitReady("backstop-catalogues-page");
        assertThat(texts("#backstop-catalogue-table thead th")).containsExactly("Role", "Component", "Weight");
        assertThat(texts("#backstop-catalogue-table tbody tr:first-child td")).containsExactly("MANAGER", "output", "0.35");
    }
}
