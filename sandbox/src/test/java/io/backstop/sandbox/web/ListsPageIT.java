package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Lists people can work with (issue 18, point 4), in English and in Russian: the queue sorted by a click on a column's
 * heading (aria-sort says how), "mine only", downloaded as CSV (every row, UTF-8 with a BOM; semicolons in Russian),
 * taking from a colleague asks first naming them by their display name and then says whose it was, with "give it
 * back"; the absences filtered (upcoming, current, past), whole days shown as inclusive dates, a page at a time or all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListsPageIT extends BrowserPages {

    private static final Map<String, Map<String, String>> NAMES = Map.of(
            "en", Map.of("ivanova", "Anna Ivanova", "petrova", "Olga Petrova", "sidorova", "Irina Sidorova"),
            "ru", Map.of("ivanova", "Анна Иванова", "petrova", "Ольга Петрова", "sidorova", "Ирина Сидорова"));

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        browser = Browser.start(department.base(), profile, "en-US,en");
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Vasilek", "Where is my order?");   // due 11:30
        department.clockTo("2026-11-02T10:05");
        department.issue("WEB-2", "petrova", "Avrora", "Invoice");               // due 11:35
        department.clockTo("2026-11-02T10:10");
        department.issue("WEB-3", "sidorova", "Magnolia", "Ads");                // due 11:40
        department.clockTo("2026-11-02T10:50");
    }

    private static void names(String lang) {
        department.sandbox.users().displayNames(login -> Optional.ofNullable(NAMES.get(lang).get(login)));
    }

    private static List<String> keys() {
        return browser.findAll("#backstop-queue-rows tr").stream().map(row -> row.getAttribute("data-issue"))
                .collect(Collectors.toList());
    }

    private static void openQueue(String lang) {
        browser.open("/plugins/servlet/backstop/queue?lang=" + lang);
        browser.waitReady("backstop-queue");
        browser.waitFor(d -> keys().size() == 3);
    }

    /** The file the page downloaded last under that name, once Chrome has finished writing it. */
    private static byte[] downloaded(String name) throws IOException {
        Path file = profile.resolve("downloads").resolve(name);
        browser.waitFor(d -> Files.exists(file) && !Files.exists(file.resolveSibling(name + ".crdownload")));
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static WebElement head(String table, int column) {
        return browser.findAll(table + " thead th").get(column);
    }

    @Test
    @Order(1)
    void theQueueSortsByAColumnAndSaysSo() {
        names("en");
        browser.login("operator");
        openQueue("en");
        assertThat(keys()).as("the server's order: soonest due first").containsExactly("WEB-1", "WEB-2", "WEB-3");
        WebElement client = head("#backstop-queue-table", 1);
        assertThat(client.getAttribute("aria-sort")).isEqualTo("none");
        client.findElement(By.cssSelector("button.backstop-sort")).click();
        assertThat(keys()).containsExactly("WEB-2", "WEB-3", "WEB-1"); // Avrora, Magnolia, Vasilek
        assertThat(head("#backstop-queue-table", 1).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.find("#backstop-queue .backstop-list-said").getAttribute("textContent"))
                .isEqualTo("Sorted by Client, ascending");
        head("#backstop-queue-table", 1).findElement(By.cssSelector("button.backstop-sort")).click();
        assertThat(keys()).containsExactly("WEB-1", "WEB-3", "WEB-2");
        assertThat(head("#backstop-queue-table", 1).getAttribute("aria-sort")).isEqualTo("descending");
        head("#backstop-queue-table", 5).findElement(By.cssSelector("button.backstop-sort")).click(); // due, a date
        assertThat(keys()).containsExactly("WEB-1", "WEB-2", "WEB-3");
        assertThat(head("#backstop-queue-table", 1).getAttribute("aria-sort")).isEqualTo("none");
        assertThat(browser.find("#backstop-queue-rows tr[data-issue='WEB-1'] .backstop-owner").getText())
                .isEqualTo("Anna Ivanova (ivanova)");
    }

    @Test
    @Order(2)
    void takingFromAColleagueAsksNamingThemThenSaysWhoseItWasAndGivesItBack() {
        String row = "#backstop-queue-rows tr[data-issue='WEB-1']";
        browser.find(row + " .backstop-take").click();
        assertThat(browser.waitFor(d -> browser.find(row + " .backstop-take-question-text")).getText())
                .isEqualTo("Take WEB-1 from Anna Ivanova (ivanova)?");
        browser.find(row + " .backstop-take-cancel").click();
        assertThat(browser.find(row + " .backstop-assignee").getText()).isEqualTo("Anna Ivanova (ivanova)");

        browser.find(row + " .backstop-take").click();
        browser.find(row + " .backstop-take-confirm").click();
        browser.waitFor(d -> browser.find("#backstop-queue-flash").getText().startsWith("You took WEB-1 from Anna Ivanova"));
        browser.waitFor(d -> browser.find(row + " .backstop-action").getText().equalsIgnoreCase("Yours"));
        assertThat(browser.find("#backstop-queue-flash .backstop-taken-open").getAttribute("href"))
                .endsWith("/plugins/servlet/backstop/issue?key=WEB-1");

        // mine only: what the operator holds
        browser.find("#backstop-queue-mine").click();
        assertThat(keys()).containsExactly("WEB-1");
        browser.find("#backstop-queue-mine").click();
        assertThat(keys()).hasSize(3);

        browser.find("#backstop-queue-flash .backstop-take-undo").click();
        browser.waitFor(d -> browser.find("#backstop-queue-flash").getText()
                .equals("WEB-1 is back with Anna Ivanova (ivanova)."));
        browser.waitFor(d -> browser.find(row + " .backstop-assignee").getText().equals("Anna Ivanova (ivanova)"));
        browser.find("#backstop-queue-mine").click();
        assertThat(keys()).isEmpty();
        browser.find("#backstop-queue-mine").click();
    }

    @Test
    @Order(3)
    void theQueueDownloadsAsCsvWithEveryRow() throws IOException {
        browser.find("#backstop-queue .backstop-list-csv").click();
        byte[] file = downloaded("backstop-queue.csv");
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(file, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Issue,Client,Manager,Assignee,Waiting since,Due,Time left,State");
        assertThat(lines).hasSize(keys().size() + 1);
        assertThat(lines.get(1)).startsWith("WEB-1,Vasilek,Anna Ivanova (ivanova),Anna Ivanova (ivanova),");
    }

    @Test
    @Order(4)
    void inRussianTheQuestionNamesTheColleagueAndTheFileUsesSemicolons() throws IOException {
        names("ru");
        openQueue("ru");
        String row = "#backstop-queue-rows tr[data-issue='WEB-2']";
        assertThat(browser.find(row + " .backstop-owner").getText()).isEqualTo("Ольга Петрова (petrova)");
        head("#backstop-queue-table", 1).findElement(By.cssSelector("button.backstop-sort")).click();
        assertThat(keys()).containsExactly("WEB-2", "WEB-3", "WEB-1");
        assertThat(browser.find("#backstop-queue .backstop-list-said").getAttribute("textContent"))
                .isEqualTo("Отсортировано по столбцу «Клиент», по возрастанию");
        browser.find(row + " .backstop-take").click();
        assertThat(browser.waitFor(d -> browser.find(row + " .backstop-take-question-text")).getText())
                .isEqualTo("Забрать WEB-2 у сотрудника Ольга Петрова (petrova)?");
        browser.find(row + " .backstop-take-confirm").click();
        browser.waitFor(d -> browser.find("#backstop-queue-flash").getText()
                .startsWith("Вы забрали WEB-2 у сотрудника Ольга Петрова (petrova)."));
        browser.find("#backstop-queue-mine").click();
        assertThat(keys()).containsExactly("WEB-2");
        browser.find("#backstop-queue-mine").click();

        browser.find("#backstop-queue .backstop-list-csv").click();
        byte[] file = downloaded("backstop-queue.csv");
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(file, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Задача;Клиент;Менеджер;Исполнитель;Ждёт с;Срок;Осталось;Состояние");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("WEB-2;Avrora;Ольга Петрова (petrova);operator;");
    }

    /** Whole days from the first to the last (inclusive), as the absence form sends them. */
    private static void absence(String person, String first, String last) {
        assertThat(department.client.post("head", "rest/backstop/1.0/absences", Map.of("person", person,
                "kind", "VACATION", "from", first + "T00:00:00+03:00", "until", last)).status()).isEqualTo(201);
    }

    private static List<WebElement> absenceRows() {
        return browser.findAll("#backstop-absence-rows tr.backstop-absence");
    }

    @Test
    @Order(5)
    void absencesAreFilteredAndWholeDaysShownAsInclusiveDatesAPageAtATimeOrAll() {
        names("en");
        absence("petrova", "2026-10-19", "2026-10-23");   // past
        absence("sidorova", "2026-11-02", "2026-11-03");  // current (Monday 2 November)
        for (int day = 10; day <= 35; day++) {            // 26 upcoming one-day absences, into December
            String date = day <= 30 ? "2026-11-" + day : "2026-12-0" + (day - 30);
            absence("ivanova", date, date);
        }
        absence("petrova", "2026-12-14", "2026-12-18");   // upcoming, five days
        // a request for two whole days (16 and 17 November), as the form sends it: to the midnight after the last
        assertThat(department.client.post("sidorova", "rest/backstop/1.0/absences/requests", Map.of("from",
                "2026-11-16T00:00:00+03:00", "to", "2026-11-18T00:00:00+03:00", "reason", "family")).status())
                .isEqualTo(201);
        browser.login("head");
        browser.open("/plugins/servlet/backstop/absences?lang=en");
        browser.waitReady("backstop-absences-page");
        assertThat(absenceRows()).as("a page").hasSize(25);
        assertThat(browser.find("#backstop-absences .backstop-list-range").getText()).isEqualTo("Rows 1–25 of 29");
        browser.find("#backstop-absences .backstop-list-next").click();
        assertThat(absenceRows()).as("the next page").hasSize(4);
        assertThat(browser.find("#backstop-absences .backstop-list-range").getText()).isEqualTo("Rows 26–29 of 29");
        assertThat(browser.find("#backstop-absences .backstop-list-next").isEnabled()).isFalse();
        browser.find("#backstop-absences .backstop-list-all").click();
        assertThat(absenceRows()).hasSize(29);

        new Select(browser.find("#backstop-absences-filter")).selectByValue("PAST");
        assertThat(absenceRows()).hasSize(1);
        WebElement past = absenceRows().get(0);
        assertThat(past.findElement(By.className("backstop-absence-person")).getText()).isEqualTo("Olga Petrova (petrova)");
        assertThat(past.findElement(By.className("backstop-absence-from")).getText()).isEqualTo("Oct 19, 2026");
        assertThat(past.findElement(By.className("backstop-absence-to")).getText()).as("inclusive").isEqualTo("Oct 23, 2026");
        assertThat(past.findElement(By.className("backstop-absence-to")).getAttribute("data-value"))
                .as("stored exclusive").isEqualTo("2026-10-24T00:00:00+03:00");
        new Select(browser.find("#backstop-absences-filter")).selectByValue("CURRENT");
        assertThat(absenceRows()).extracting(tr -> tr.findElement(By.className("backstop-absence-to")).getText())
                .containsExactly("Nov 3, 2026");
        new Select(browser.find("#backstop-absences-filter")).selectByValue("UPCOMING");
        assertThat(absenceRows()).hasSize(27);
        WebElement request = browser.find(".backstop-requests-rows tr.backstop-request");
        assertThat(request.findElement(By.className("backstop-request-person")).getText())
                .isEqualTo("Irina Sidorova (sidorova)");
        assertThat(request.findElement(By.className("backstop-request-from")).getText()).isEqualTo("Nov 16, 2026");
        assertThat(request.findElement(By.className("backstop-request-to")).getText()).as("inclusive")
                .isEqualTo("Nov 17, 2026");
    }

    @Test
    @Order(6)
    void inRussianTheAbsencesSayTheirLastDayAndSortAndDownload() throws IOException {
        names("ru");
        browser.open("/plugins/servlet/backstop/absences?lang=ru");
        browser.waitReady("backstop-absences-page");
        new Select(browser.find("#backstop-absences-filter")).selectByValue("PAST");
        WebElement past = absenceRows().get(0);
        assertThat(past.findElement(By.className("backstop-absence-person")).getText()).isEqualTo("Ольга Петрова (petrova)");
        assertThat(past.findElement(By.className("backstop-absence-to")).getText()).startsWith("23 окт. 2026");
        new Select(browser.find("#backstop-absences-filter")).selectByValue("");
        head("#backstop-absences table", 2).findElement(By.cssSelector("button.backstop-sort")).click(); // to
        head("#backstop-absences table", 2).findElement(By.cssSelector("button.backstop-sort")).click(); // latest first
        assertThat(head("#backstop-absences table", 2).getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(absenceRows().get(0).findElement(By.className("backstop-absence-to")).getAttribute("data-day"))
                .isEqualTo("2026-12-18");
        browser.find("#backstop-absences .backstop-list-csv").click();
        byte[] file = downloaded("backstop-absences.csv");
        List<String> lines = new String(file, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Сотрудник;С;По;Вид");
        assertThat(lines).as("every absence, not the page").hasSize(29 + 1);
        assertThat(lines.get(1)).isEqualTo("Ольга Петрова (petrova);2026-12-14;2026-12-18;Отпуск");
        try (Stream<Path> left = Files.list(profile.resolve("downloads"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    @Order(7)
    void theHeadReadsTheAuditTrailNewestFirstWithDisplayNamesAndDownloadsIt() throws IOException {
        names("en");
        browser.open("/plugins/servlet/backstop/catalogues?lang=en");
        browser.find("#backstop-audit .backstop-audit-show").click();
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-audit").getAttribute("data-state")));
        List<WebElement> rows = browser.findAll("#backstop-audit tr.backstop-audit-row");
        assertThat(rows).isNotEmpty();
        List<String> at = rows.stream().map(tr -> tr.findElement(By.className("backstop-audit-at"))
                .getAttribute("data-value")).toList();
        assertThat(at).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // WEB-2 taken from petrova in Russian (test 4): who, from whom, to whom, by display name
        assertThat(rows).extracting(tr -> tr.findElement(By.className("backstop-audit-subject")).getText() + ": "
                + tr.findElement(By.className("backstop-audit-from")).getText() + " -> "
                + tr.findElement(By.className("backstop-audit-to")).getText())
                .contains("WEB-2: Olga Petrova (petrova) -> operator", "WEB-1: Anna Ivanova (ivanova) -> operator",
                        "WEB-1: operator -> Anna Ivanova (ivanova)");
        browser.find("#backstop-audit .backstop-list-csv").click();
        List<String> lines = new String(downloaded("backstop-audit.csv"), StandardCharsets.UTF_8).substring(1)
                .lines().toList();
        assertThat(lines.get(0)).isEqualTo("When,Issue or catalogue,From,To,Why,Detail");
        assertThat(lines).hasSize(Integer.parseInt(browser.find("#backstop-audit table")
                .getAttribute("data-list-rows")) + 1);

        browser.open("/plugins/servlet/backstop/catalogues?lang=ru");
        browser.find("#backstop-audit .backstop-audit-show").click();
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-audit").getAttribute("data-state")));
        assertThat(browser.find("#backstop-audit-title").getText()).isEqualTo("Журнал изменений");
        head("#backstop-audit table", 1).findElement(By.cssSelector("button.backstop-sort")).click();
        assertThat(head("#backstop-audit table", 1).getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.findAll("#backstop-audit tr.backstop-audit-row").get(0)
                .findElement(By.className("backstop-audit-subject")).getText()).isEqualTo("WEB-1");
    }

    @Test
    @Order(8)
    void aManagerHasNoAuditTrailOnTheirPage() {
        browser.login("ivanova");
        browser.open("/plugins/servlet/backstop/catalogues?lang=en");
        browser.waitFor(d -> !d.findElements(By.id("backstop-catalogues-page")).isEmpty());
        assertThat(browser.findAll("#backstop-audit")).isEmpty();
        assertThat(department.client.get("ivanova", "rest/backstop/1.0/audit").status()).isEqualTo(403);
    }
}
