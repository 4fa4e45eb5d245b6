package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The debtors' table as a list (issue 18, point 4), in English and in Russian: six a page, every debtor on request,
 * sorted by the money overdue as a number (not as text: "9 000" after "10 000"), managers by display name, and the
 * CSV with every debtor the head may see; and a gadget's "…and N more" shows them all (the waiting gadget).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListsDebtorsPageIT extends BrowserPages {

    private static final String GADGET = "#backstop-gadget-debtors";
    /** Eight clients overdue by different amounts (roubles); A to D are ivanova's, the rest petrova's. */
    private static final Map<String, Integer> OWED = Map.of("Avrora", 9_000, "Berezka", 120_000, "Chaika", 10_000,
            "Dubrava", 55_000, "Elochka", 3_000, "Fialka", 700_000, "Gvozdika", 21_000, "Kalina", 1_000);

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        int n = 0;
        for (Map.Entry<String, Integer> owed : OWED.entrySet()) {
            n++;
            assertThat(department.client.post("office", "rest/backstop/1.0/results/receivables", Map.of("id", "INV-" + n,
                    "client", owed.getKey(), "manager", owed.getKey().compareTo("E") < 0 ? "ivanova" : "petrova",
                    "amountKopecks", owed.getValue() * 100L, "issuedOn", "2026-09-01", "dueOn", "2026-09-15"))
                    .status()).isLessThan(300);
        }
        // one client owes but nothing is overdue yet: listed only with "every client who owes"
        assertThat(department.client.post("office", "rest/backstop/1.0/results/receivables", Map.of("id", "INV-NEW",
                "client", "Zabava", "manager", "petrova", "amountKopecks", 5_000_00L, "issuedOn", "2026-11-01",
                "dueOn", "2026-12-31")).status()).isLessThan(300);
        // twelve clients waiting: the waiting gadget lists ten "…and 2 more"
        department.clockTo("2026-11-02T10:00");
        for (int i = 1; i <= 12; i++) {
            department.issue("WEB-" + i, "ivanova", "Client " + i, "Question " + i);
        }
        department.clockTo("2026-11-02T10:40");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static void names(String ivanova, String petrova) {
        department.sandbox.users().displayNames(login -> Optional.ofNullable(
                Map.of("ivanova", ivanova, "petrova", petrova).get(login)));
    }

    private static List<String> clients() {
        return browser.findAll(GADGET + " tbody tr").stream().map(tr -> tr.getAttribute("data-client")).toList();
    }

    private static List<String> csv(String lang) throws IOException {
        browser.find(GADGET + " .backstop-list-csv").click();
        Path file = profile.resolve("downloads").resolve("backstop-debtors.csv");
        browser.waitFor(d -> Files.exists(file) && !Files.exists(file.resolveSibling("backstop-debtors.csv.crdownload")));
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        assertThat(bytes).as(lang + ": a byte-order mark for Excel").startsWith(0xEF, 0xBB, 0xBF);
        return new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
    }

    private static void open(String lang) {
        browser.open("/plugins/servlet/backstop/dashboard?lang=" + lang);
        browser.waitReady("backstop-dashboard");
        browser.waitFor(d -> "ready".equals(browser.find(GADGET).getAttribute("data-state")));
    }

    @Test
    @Order(1)
    void sixAPageAllOnRequestSortedByMoneyAsANumberAndEveryDebtorInTheFile() throws IOException {
        names("Anna Ivanova", "Olga Petrova");
        browser.login("head");
        open("en");
        assertThat(clients()).as("a page").hasSize(6);
        assertThat(browser.find(GADGET + " .backstop-list-range").getText()).isEqualTo("Rows 1–6 of 8");
        browser.find(GADGET + " .backstop-list-all").click();
        assertThat(clients()).hasSize(8);
        browser.find(GADGET + " thead th:nth-child(3) button.backstop-sort").click(); // overdue, least first
        assertThat(browser.find(GADGET + " thead th:nth-child(3)").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(clients()).containsExactly("Kalina", "Elochka", "Avrora", "Chaika", "Gvozdika", "Dubrava",
                "Berezka", "Fialka");
        assertThat(browser.findAll(GADGET + " tbody tr").get(0).findElements(By.tagName("td")).get(1).getText())
                .isEqualTo("Olga Petrova (petrova)");
        List<String> lines = csv("en");
        assertThat(lines.get(0)).startsWith("Client,Manager,");
        assertThat(lines).hasSize(OWED.size() + 1);
        assertThat(lines.get(1)).startsWith("Kalina,Olga Petrova (petrova),");
        browser.find(GADGET + " .backstop-list-all").click();
        assertThat(clients()).as("a page again").hasSize(6);
        String rows = GADGET + " table.backstop-list";
        // the server's show=all, kept by the list; the gadget redraws the switch when it refreshes, so a click may
        // meet a stale one: waitFor tries again
        browser.waitFor(d -> { browser.find("#backstop-gadget-debtors-all").click(); return true; });
        browser.waitFor(d -> "9".equals(browser.find(rows).getAttribute("data-list-rows")));
        browser.waitFor(d -> { browser.find("#backstop-gadget-debtors-all").click(); return true; });
        browser.waitFor(d -> "8".equals(browser.find(rows).getAttribute("data-list-rows")));
    }

    @Test
    @Order(2)
    void inRussianTooWithSemicolons() throws IOException {
        names("Анна Иванова", "Ольга Петрова");
        open("ru");
        assertThat(browser.find(GADGET + " .backstop-list-all").getText()).isEqualTo("Показать все (8)");
        browser.find(GADGET + " thead th:nth-child(3) button.backstop-sort").click();
        browser.find(GADGET + " thead th:nth-child(3) button.backstop-sort").click(); // most overdue first
        assertThat(browser.find(GADGET + " thead th:nth-child(3)").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(clients().subList(0, 3)).containsExactly("Fialka", "Berezka", "Dubrava");
        List<String> lines = csv("ru");
        assertThat(lines.get(0)).startsWith("Клиент;Менеджер;");
        assertThat(lines).hasSize(OWED.size() + 1);
        assertThat(lines.get(1)).startsWith("Fialka;Ольга Петрова (petrova);");
    }

    @Test
    @Order(3)
    void aGadgetsAndNMoreShowsThemAllAndFewerAgain() {
        String waiting = "#backstop-gadget-waiting";
        for (String lang : List.of("en", "ru")) {
            open(lang);
            browser.waitFor(d -> "ready".equals(browser.find(waiting).getAttribute("data-state")));
            assertThat(browser.findAll(waiting + " tbody tr")).as(lang).hasSize(10);
            assertThat(browser.find(waiting + " .backstop-gadget-more").getText()).as(lang).isEqualTo(lang.equals("en")
                    ? "…and 2 more Show all 12" : "…и ещё 2 Показать все (12)");
            browser.find(waiting + " .backstop-more-toggle").click();
            assertThat(browser.findAll(waiting + " tbody tr")).as(lang).hasSize(12);
            assertThat(browser.find(waiting + " .backstop-more-toggle").getAttribute("aria-expanded")).isEqualTo("true");
            browser.find(waiting + " .backstop-more-toggle").click();
            assertThat(browser.findAll(waiting + " tbody tr")).as(lang).hasSize(10);
        }
    }
}
