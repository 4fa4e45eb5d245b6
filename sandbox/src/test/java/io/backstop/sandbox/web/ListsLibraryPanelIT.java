package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The answer library's matches as a list (issue 18, point 4), in English and in Russian: the first ten, then every
 * match on request; sorted by how often an answer was used, as a number; downloaded as CSV with every match.
 */
class ListsLibraryPanelIT extends BrowserPages {

    /** Twelve answers about invoices; the n-th used n - 1 times. */
    private static final int ENTRIES = 12;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        for (int n = 1; n <= ENTRIES; n++) {
            department.issue("WEB-" + n, "ivanova", "Client " + n, "Где счёт номер " + n + "?");
        }
        department.clockTo("2026-11-02T10:10");
        for (int n = 1; n <= ENTRIES; n++) {
            department.comment("WEB-" + n, "ivanova", "Счёт номер " + n + " в личном кабинете.");
        }
        department.clockTo("2026-11-02T10:20");
        for (int n = 1; n <= ENTRIES; n++) {
            var answer = department.client.post("ivanova", "rest/backstop/1.0/library/entries", Map.of("issue", "WEB-" + n));
            assertThat(answer.status()).as(answer.body().toString()).isLessThan(300);
            long id = answer.body().path("id").asLong();
            for (int use = 1; use < n; use++) {
                assertThat(department.client.post("ivanova", "rest/backstop/1.0/library/entries/" + id + "/use", Map.of())
                        .status()).isLessThan(300);
            }
        }
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static void search(String lang, String words) {
        browser.open("/plugins/servlet/backstop/issue?key=WEB-1&lang=" + lang);
        browser.waitReady("backstop-panel");
        browser.find("#backstop-library-q").sendKeys(words);
        searched(() -> browser.find("#backstop-library-search button").click());
    }

    private static void searched(Runnable action) {
        String before = String.valueOf(browser.find("#backstop-library").getAttribute("data-searched"));
        action.run();
        browser.waitFor(d -> !before.equals(String.valueOf(d.findElement(By.id("backstop-library"))
                .getAttribute("data-searched"))));
    }

    private static List<String> reuses() {
        return browser.findAll("#backstop-library-results .backstop-library-reuses").stream()
                .map(td -> td.getText()).toList();
    }

    private static List<String> csv() throws IOException {
        browser.find("#backstop-library .backstop-list-csv").click();
        Path file = profile.resolve("downloads").resolve("backstop-library.csv");
        browser.waitFor(d -> Files.exists(file) && !Files.exists(file.resolveSibling("backstop-library.csv.crdownload")));
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
    }

    @Test
    void theFirstTenThenEveryMatchSortedByUseAndDownloaded() throws IOException {
        browser.login("ivanova");
        search("en", "счёт");
        assertThat(browser.findAll("#backstop-library-results .backstop-library-entry")).hasSize(10);
        assertThat(browser.find("#backstop-library-all").getText()).isEqualTo("Show every match");
        searched(() -> browser.find("#backstop-library-all").click());
        assertThat(browser.findAll("#backstop-library-results .backstop-library-entry")).as("a page of ten").hasSize(10);
        browser.find("#backstop-library .backstop-list-all").click();
        assertThat(browser.findAll("#backstop-library-results .backstop-library-entry")).hasSize(ENTRIES);
        assertThat(browser.find("#backstop-library-all").isDisplayed()).isFalse();
        browser.find("#backstop-library-table thead th:nth-child(2) button.backstop-sort").click();
        browser.find("#backstop-library-table thead th:nth-child(2) button.backstop-sort").click();
        assertThat(reuses()).as("as numbers: 11 before 2").startsWith("11", "10", "9");
        List<String> lines = csv();
        assertThat(lines.get(0)).isEqualTo("Answer,Used,Added");
        assertThat(lines).hasSize(ENTRIES + 1);
        assertThat(lines.get(1)).startsWith("Счёт номер 12 в личном кабинете.,11,");

        search("ru", "счёт");
        assertThat(browser.find("#backstop-library-all").getText()).isEqualTo("Показать все совпадения");
        searched(() -> browser.find("#backstop-library-all").click());
        browser.find("#backstop-library-table thead th:nth-child(2) button.backstop-sort").click();
        assertThat(browser.find("#backstop-library-table thead th:nth-child(2)").getAttribute("aria-sort"))
                .isEqualTo("ascending");
        lines = csv();
        assertThat(lines.get(0)).isEqualTo("Ответ;Использован;Добавлен");
        assertThat(lines).hasSize(ENTRIES + 1);
        assertThat(lines.get(1)).startsWith("Счёт номер 1 в личном кабинете.;0;");
    }
}
