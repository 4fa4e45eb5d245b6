package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The settings page: an administrator edits the document and gets the 400's message next to the field it names
 * (nothing stored); good changes are stored; export and import of the whole document; nobody else may open it. The
 * holding replies' settings (issue 15.4: the promise's answerWithin in the policy and per goal, remindBefore, a
 * person's coversFrom, the holding phrases and their length limit) in English and Russian.
 */
class SettingsPageIT extends BrowserPages {

    @TempDir
    static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        browser = Browser.start(department.base(), profile, "en-US,en", downloads);
        browser.login("admin");
    }

    /** In English: a test that asked for Russian leaves the session speaking it. */
    @BeforeEach
    void openSettings() {
        openSettings("en");
    }

    private static JsonNode stored() {
        return department.client.get("admin", "rest/backstop/1.0/settings").body();
    }

    private static void type(String css, String text) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(text);
    }

    private static void save() {
        browser.find("#backstop-settings-save").click();
        browser.waitFor(d -> {
            String state = browser.find("#backstop-settings").getAttribute("data-state");
            return "saved".equals(state) || "refused".equals(state);
        });
    }

    @Test
    void theFormShowsTheStoredSettings() {
        assertThat(browser.find("#backstop-zone").getAttribute("value")).isEqualTo("Europe/Moscow");
        assertThat(browser.find("#backstop-week-MON").getAttribute("value")).isEqualTo("09:00-13:00, 14:00-18:00");
        assertThat(browser.find("#backstop-week-SAT").getAttribute("value")).isEmpty();
        assertThat(browser.find("#backstop-holidays").getAttribute("value")).isEqualTo("2026-11-04");
        assertThat(browser.find("#backstop-queue-after").getAttribute("value")).isEqualTo("30m");
        assertThat(browser.find("#backstop-return-to-owner").isSelected()).isTrue();
        assertThat(browser.findAll("#backstop-people tr")).hasSize(6);
        assertThat(new Select(browser.find("[data-field='people[4].role']")).getFirstSelectedOption().getText())
                .isEqualTo("Account manager");
        assertThat(browser.find("[data-field='people[4].deputies']").getAttribute("value")).isEqualTo("sidorova, ivanova");
        assertThat(browser.find("[data-field='goals[0].issueTypes']").getAttribute("value")).isEqualTo("Complaint");
    }

    /** A duration as the page shows it in its language (issue 18): the server writes "1d 4h", a Russian page "1 д 4 ч". */
    private static String inWords(String lang, String english, String russian) {
        return "ru".equals(lang) ? russian : english;
    }

    /** Types a bad value into {@code input} and saves: the note shown right after the input names {@code field}. */
    private static WebElement refused(String input, String value, String field) {
        type(input, value);
        save();
        WebElement note = browser.find(".backstop-field-error");
        assertThat(note.getAttribute("data-for")).isEqualTo(field);
        assertThat(browser.find(input + " + .backstop-field-error")).isEqualTo(note);
        return note;
    }

    @Test
    void aBadPolicyValueIsShownNextToItsFieldAndNothingIsStored() {
        WebElement note = refused("#backstop-respond-within", "soon", "policy.respondWithin");
        assertThat(note.getText()).contains("expected a duration such as 8h, 1d 4h or 30m").contains("soon");
        assertThat(browser.find("#backstop-respond-within").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#backstop-settings-error").getText()).contains("Answer within: ");
        assertThat(stored().at("/policy/respondWithin").asText()).isEqualTo("1h");
    }

    @Test
    void aBadProjectKeyIsShownAtTheProjectsField() {
        refused("#backstop-projects", "WEB, seo", "projects[1]");
        assertThat(stored().get("projects").isEmpty()).isTrue();
    }

    @Test
    void aBadOwnAbsenceLimitIsShownAtItsField() {
        refused("#backstop-own-absence-days", "a week", "ownAbsenceDays");
        assertThat(stored().get("ownAbsenceDays").asInt()).isEqualTo(3);
    }

    @Test
    void aBadDeputyIsShownInItsPersonsRow() {
        refused("[data-field='people[3].deputies']", "petrova, nobody", "people[3].deputies[1]");
        assertThat(stored().at("/people/3/deputies").toString()).isEqualTo("[\"petrova\"]");
    }

    @Test
    void aGoodChangeIsStored() {
        type("#backstop-respond-within", "PT2H");
        browser.find("#backstop-goal-add").click();
        type("[data-field='goals[1].priorities']", "Highest, High");
        type("[data-field='goals[1].queueAfter']", "PT10M");
        type("#backstop-week-SAT", "10:00-14:00");
        type("#backstop-projects", "WEB, SEO");
        type("#backstop-own-absence-days", "5");
        Select notes = new Select(browser.find("#backstop-notes-language"));
        assertThat(notes.getFirstSelectedOption().getText()).isEqualTo("Russian");
        notes.selectByValue("en");
        save();
        assertThat(browser.find("#backstop-settings-saved").getText()).isEqualTo("Saved.");
        JsonNode settings = stored();
        assertThat(settings.at("/policy/respondWithin").asText()).isEqualTo("2h");
        assertThat(settings.at("/goals/1/priorities").toString()).isEqualTo("[\"Highest\",\"High\"]");
        assertThat(settings.at("/goals/1/queueAfter").asText()).isEqualTo("10m");
        assertThat(settings.at("/calendar/week/SAT").toString()).isEqualTo("[\"10:00-14:00\"]");
        assertThat(settings.at("/projects").toString()).isEqualTo("[\"WEB\",\"SEO\"]");
        assertThat(settings.at("/ownAbsenceDays").asInt()).isEqualTo(5);
        assertThat(settings.at("/notesLanguage").asText()).isEqualTo("en");
        browser.find("#backstop-settings-reload").click();
        browser.waitFor(d -> "en".equals(browser.find("#backstop-notes-language").getAttribute("value")));
        // back as it was, for the other tests
        ObjectNode original = (ObjectNode) Department.json(Department.SETTINGS);
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings", original).status()).isEqualTo(200);
    }

    @Test
    void exportDownloadsTheStoredDocumentAndImportFillsTheForm() throws Exception {
        browser.find("#backstop-settings-export").click();
        Path exported = downloads.resolve("backstop-settings.json");
        browser.waitFor(d -> Files.exists(exported) && exported.toFile().length() > 0);
        JsonNode document = Department.json(Files.readString(exported));
        assertThat(document).isEqualTo(stored());

        ObjectNode changed = document.deepCopy();
        changed.put("tick", "PT2M");
        ((ObjectNode) changed.get("policy")).put("queueAfter", "PT15M");
        Path file = Files.writeString(downloads.resolve("import.json"), changed.toPrettyString());
        browser.find("#backstop-settings-import").sendKeys(file.toAbsolutePath().toString());
        browser.waitFor(d -> "imported".equals(browser.find("#backstop-settings").getAttribute("data-state")));
        assertThat(browser.find("#backstop-tick").getAttribute("value")).isEqualTo("PT2M");
        assertThat(browser.find("#backstop-queue-after").getAttribute("value")).isEqualTo("PT15M");
        assertThat(stored().get("tick").asText()).as("imported, not yet saved").isEqualTo("5m");
        save();
        assertThat(stored().get("tick").asText()).isEqualTo("2m");
        assertThat(stored().at("/policy/queueAfter").asText()).isEqualTo("15m");
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings",
                Department.json(Department.SETTINGS)).status()).isEqualTo(200);

        Path broken = Files.writeString(downloads.resolve("broken.json"), "{ not json");
        browser.find("#backstop-settings-import").sendKeys(broken.toAbsolutePath().toString());
        browser.waitFor(d -> browser.find("#backstop-settings-error").isDisplayed());
        assertThat(browser.find("#backstop-settings-error").getText()).contains("not a JSON settings document");
    }

    private static void waitSection(String id) {
        browser.waitFor(d -> {
            String state = browser.find("#" + id).getAttribute("data-state");
            return "ready".equals(state) || "refused".equals(state);
        });
    }

    private static void setValue(String css, String value) {
        browser.script("arguments[0].value = arguments[1];", browser.find(css), value);
    }

    private static List<WebElement> absenceRows(String person) {
        return browser.findAll("#backstop-absence-rows tr.backstop-absence").stream()
                .filter(tr -> tr.findElement(By.cssSelector(".backstop-absence-person")).getText().equals(person))
                .toList();
    }

    @Test
    void anAbsenceIsAddedListedAndDeleted() {
        waitSection("backstop-absences");
        assertThat(absenceRows("petrova")).isEmpty();
        new Select(browser.find("#backstop-absence-person")).selectByValue("petrova");
        setValue("#backstop-absence-from", "2026-12-14T09:00");
        setValue("#backstop-absence-to", "2026-12-18T18:00");
        new Select(browser.find("#backstop-absence-kind")).selectByValue("STUDY");
        browser.find("#backstop-absence-add").click();
        waitSection("backstop-absences");
        WebElement row = absenceRows("petrova").get(0);
        assertThat(row.findElement(By.cssSelector(".backstop-absence-kind")).getText()).isEqualTo("Study");
        assertThat(row.findElement(By.cssSelector(".backstop-absence-from")).getAttribute("data-value"))
                .startsWith("2026-12-14T09:00").endsWith("+03:00");
        JsonNode listed = department.client.get("admin", "rest/backstop/1.0/absences").body();
        JsonNode stored = null;
        for (JsonNode absence : listed) {
            if (absence.path("person").asText().equals("petrova")) {
                stored = absence;
            }
        }
        assertThat(stored).isNotNull();
        assertThat(java.time.OffsetDateTime.parse(stored.path("to").asText()).toInstant())
                .isEqualTo(java.time.OffsetDateTime.parse("2026-12-18T18:00:00+03:00").toInstant());
        assertThat(stored.path("kind").asText()).isEqualTo("STUDY");

        row.findElement(By.cssSelector(".backstop-absence-delete")).click();
        waitSection("backstop-absences");
        assertThat(absenceRows("petrova")).isEmpty();
        JsonNode after = department.client.get("admin", "rest/backstop/1.0/absences").body();
        for (JsonNode absence : after) {
            assertThat(absence.path("person").asText()).isNotEqualTo("petrova");
        }
    }

    @Test
    void anAbsenceEndingBeforeItStartsIsShownNextToItsField() {
        waitSection("backstop-absences");
        int before = browser.findAll("#backstop-absence-rows tr.backstop-absence").size();
        new Select(browser.find("#backstop-absence-person")).selectByValue("sidorova");
        setValue("#backstop-absence-from", "2026-12-14T09:00");
        setValue("#backstop-absence-to", "2026-12-10T18:00");
        browser.find("#backstop-absence-add").click();
        browser.waitFor(d -> "refused".equals(browser.find("#backstop-absences").getAttribute("data-state")));
        WebElement note = browser.find("#backstop-absence-to + .backstop-absence-error");
        assertThat(note.getAttribute("data-for")).isEqualTo("to");
        assertThat(note.getText()).contains("before");
        assertThat(browser.find("#backstop-absence-to").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#backstop-absences-error").getText()).contains("To: "); // the field's label
        assertThat(browser.findAll("#backstop-absence-rows tr.backstop-absence")).hasSize(before);
    }

    @Test
    void holidaysFromAnIcsFileAreAddedToTheFormUntilSaved() throws Exception {
        Path ics = Files.writeString(downloads.resolve("holidays.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
                "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20270107", "SUMMARY:Christmas", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20261231", "SUMMARY:New Year's Eve", "END:VEVENT",
                "BEGIN:VEVENT", "UID:3", "DTSTART;TZID=Europe/Moscow:20261104T000000", "SUMMARY:Unity Day", "END:VEVENT",
                "BEGIN:VEVENT", "UID:4", "DTSTART:20270101T000000Z", "SUMMARY:New Year", "END:VEVENT",
                "BEGIN:VEVENT", "UID:5", "DTSTART;VALUE=DATE:20270102", "DTEND;VALUE=DATE:20270105",
                "SUMMARY:New Year holidays", "END:VEVENT",
                "BEGIN:VEVENT", "UID:6", "DTSTART;VALUE=DATE:20270308", "RRULE:FREQ=YEARLY;COUNT=2",
                "SUMMARY:Women's Day", "END:VEVENT",
                "BEGIN:VEVENT", "UID:7", "DTSTART;VALUE=DATE:20270612", "RRULE:FREQ=YEARLY;UNTIL=20280101",
                "SUMMARY:Russia Day", "END:VEVENT",
                "END:VCALENDAR", ""));
        browser.find("#backstop-holidays-ics").sendKeys(ics.toAbsolutePath().toString());
        browser.waitFor(d -> "ics-imported".equals(browser.find("#backstop-settings").getAttribute("data-state")));
        // a multi-day event gives each of its days; a yearly one each year up to its COUNT or UNTIL
        assertThat(browser.find("#backstop-holidays").getAttribute("value")).isEqualTo(String.join("\n",
                "2026-11-04", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-07",
                "2027-03-08", "2027-06-12", "2028-03-08"));
        assertThat(browser.find("#backstop-holidays-ics-note").getText()).contains("9");
        assertThat(stored().at("/calendar/holidays").toString()).as("not saved yet").isEqualTo("[\"2026-11-04\"]");
        save();
        assertThat(stored().at("/calendar/holidays").toString()).isEqualTo("[\"2026-11-04\",\"2026-12-31\","
                + "\"2027-01-01\",\"2027-01-02\",\"2027-01-03\",\"2027-01-04\",\"2027-01-07\",\"2027-03-08\","
                + "\"2027-06-12\",\"2028-03-08\"]");
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings",
                Department.json(Department.SETTINGS)).status()).isEqualTo(200);
    }

    /** The ICS parser is pure (settings-ics.js): the file's text and this year in, the days out. */
    @Test
    void theIcsParserTurnsEventsIntoDays() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20260101",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:2026", " 0105", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260202", "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART:20260410T090000Z", "DTEND:20260411T180000Z", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20260530", "RRULE:FREQ=MONTHLY;UNTIL=20260731", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20281230", "RRULE:FREQ=DAILY", "END:VEVENT",
                "END:VCALENDAR");
        // folded lines joined; every other week three times; a timed end counts its day; monthly up to UNTIL; a
        // rule without an end stops at the end of the year two years after this one; nothing outside an event
        assertThat(browser.script("return Backstop.icsDates(arguments[0], 2026);", ics)).asList().containsExactly(
                "2026-01-05", "2026-02-02", "2026-02-16", "2026-03-02", "2026-04-10", "2026-04-11", "2026-05-30",
                "2026-06-30", "2026-07-30", "2028-12-30", "2028-12-31");
        assertThat(browser.script("return Backstop.icsDates('not a calendar', 2026);")).asList().isEmpty();
    }

    private static void saveResults(String button) {
        browser.find(button).click();
        browser.waitFor(d -> {
            String state = browser.find("#backstop-results").getAttribute("data-state");
            return "saved".equals(state) || "refused".equals(state);
        });
    }

    private static WebElement resultsInput(String path) {
        return browser.find("#backstop-results-form input[data-path='" + path + "']");
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void theResultsFormEditsTheDocumentAndABadValueIsMarkedAtItsField() {
        waitSection("backstop-results");
        JsonNode original = department.client.get("admin", "rest/backstop/1.0/results/settings").body();
        assertThat(browser.findAll("[data-section='catalog'] tbody tr")).hasSize(original.get("catalog").size());
        assertThat(resultsInput("catalog[0].code").getAttribute("value"))
                .isEqualTo(original.at("/catalog/0/code").asText());
        assertThat(resultsInput("largeClientKopecks").getAttribute("value"))
                .isEqualTo(String.valueOf(original.get("largeClientKopecks").asLong() / 100));
        try {
            type(resultsInput("catalog[0].minutes"), "17");
            type(resultsInput("largeClientKopecks"), "750000");
            browser.find("[data-add='lotoCards']").click();
            int last = original.get("lotoCards").size();
            type(resultsInput("lotoCards[" + last + "].service"), "hosting");
            type(resultsInput("lotoCards[" + last + "].offers"), "site-support, seo");
            saveResults("#backstop-results-save");
            assertThat(browser.find("#backstop-results-saved").getText()).isEqualTo("Results settings saved.");
            JsonNode stored = department.client.get("admin", "rest/backstop/1.0/results/settings").body();
            assertThat(stored.at("/catalog/0/minutes").asInt()).isEqualTo(17);
            assertThat(stored.get("largeClientKopecks").asLong()).isEqualTo(75_000_000L);
            assertThat(stored.at("/lotoCards/" + last).toString())
                    .isEqualTo("{\"service\":\"hosting\",\"offers\":[\"site-support\",\"seo\"]}");

            type(resultsInput("weights.MANAGER.output"), "0.9");
            saveResults("#backstop-results-save");
            assertThat(browser.find("#backstop-results-error").getAttribute("data-for")).startsWith("weights");
            assertThat(browser.find("[data-section='weights']").getAttribute("aria-invalid")).isEqualTo("true");
            type(resultsInput("weights.MANAGER.output"), String.valueOf(stored.at("/weights/MANAGER/output").asDouble()));
            type(resultsInput("catalog[1].minutes"), "many");
            saveResults("#backstop-results-save");
            assertThat(browser.find("#backstop-results-error").getText()).contains("catalog[1].minutes");
            assertThat(resultsInput("catalog[1].minutes").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(department.client.get("admin", "rest/backstop/1.0/results/settings").body()).isEqualTo(stored);
        } finally {
            assertThat(department.client.put("admin", "rest/backstop/1.0/results/settings", original).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void resultsSettingsRoundTripAsJsonAndABadValueNamesItsField() {
        browser.open("/plugins/servlet/backstop/admin");
        browser.waitReady("backstop-settings");
        waitSection("backstop-results");
        JsonNode original = department.client.get("admin", "rest/backstop/1.0/results/settings").body();
        browser.find("#backstop-results-advanced summary").click();
        JsonNode shown = Department.json(browser.find("#backstop-results-json").getAttribute("value"));
        // the browser's JSON writes 3.0 as 3: the same document, numbers compared by value
        assertThat(shown.equals((a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble()) : a.equals(b) ? 0 : 1, original)).isTrue();
        try {
            ObjectNode changed = original.deepCopy();
            long large = original.get("largeClientKopecks").asLong() + 100;
            changed.put("largeClientKopecks", large);
            setValue("#backstop-results-json", changed.toPrettyString());
            saveResults("#backstop-results-save-json");
            assertThat(browser.find("#backstop-results-saved").getText()).isEqualTo("Results settings saved.");
            assertThat(department.client.get("admin", "rest/backstop/1.0/results/settings").body()
                    .get("largeClientKopecks").asLong()).isEqualTo(large);

            ObjectNode bad = changed.deepCopy();
            ((ObjectNode) bad.get("weights").get("MANAGER")).put("output", 0.9);
            setValue("#backstop-results-json", bad.toPrettyString());
            saveResults("#backstop-results-save-json");
            WebElement note = browser.find("#backstop-results-error");
            assertThat(note.isDisplayed()).isTrue();
            assertThat(note.getAttribute("data-for")).startsWith("weights");
            assertThat(note.getText()).contains("weights");
            assertThat(department.client.get("admin", "rest/backstop/1.0/results/settings").body()
                    .at("/weights/MANAGER/output").asDouble()).isEqualTo(original.at("/weights/MANAGER/output").asDouble());

            setValue("#backstop-results-json", "{ not json");
            saveResults("#backstop-results-save-json");
            assertThat(browser.find("#backstop-results-error").getText()).contains("not valid JSON");
        } finally {
            assertThat(department.client.put("admin", "rest/backstop/1.0/results/settings", original).status())
                    .isEqualTo(200);
        }
    }

    // The holding replies' settings (issue 15.4).

    private static final Map<String, List<String>> TEXTS = Map.of(
            "en", List.of("Answer a holding reply within", "Remind the holder before the due time",
                    "Covers colleagues from", "a newcomer who cannot yet work with clients",
                    "Restore the default phrases", "the date is not complete"),
            "ru", List.of("Полный ответ после промежуточного за", "Напомнить ответственному до срока за",
                    "Подменяет коллег с", "новичка, который пока не может работать с клиентами",
                    "Вернуть фразы по умолчанию", "дата введена не полностью"));

    private static final String SIDOROVA_COVERS = "[data-field='people[5].coversFrom']";
    private static final String COMPLAINT_ANSWER = "[data-field='goals[0].answerWithin']";

    private static void openSettings(String lang) {
        browser.open("/plugins/servlet/backstop/admin?lang=" + lang);
        browser.waitReady("backstop-settings");
    }

    private static String value(String css) {
        return browser.find(css).getAttribute("value");
    }

    /** A day picked in a date picker, as picking fires it ("" clears it). */
    private static void pickDay(String css, String day) {
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.find(css), day);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }

    private static void restoreTheDepartment() {
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings",
                Department.json(Department.SETTINGS)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru"})
    void theHoldingSettingsAreSavedKeptAndEmptiedInBothLanguages(String lang) {
        List<String> defaults = texts(stored().at("/holdingReplies/phrases"));
        assertThat(defaults).contains("получили", "we'll get back");
        openSettings(lang);
        List<String> words = TEXTS.get(lang);
        assertThat(browser.find("label[for='backstop-answer-within']").getText()).isEqualTo(words.get(0));
        assertThat(browser.find("label[for='backstop-remind-before']").getText()).isEqualTo(words.get(1));
        assertThat(browser.find("#backstop-people").findElement(By.xpath("../thead")).getText()).contains(words.get(2));
        assertThat(browser.find("#backstop-covers-from-help").getText()).contains(words.get(3));
        assertThat(browser.find("#backstop-holding-defaults").getText()).isEqualTo(words.get(4));
        assertThat(value("#backstop-answer-within")).as("the default").isEqualTo(inWords(lang, "2d", "2 д"));
        assertThat(value("#backstop-remind-before")).isEmpty();
        assertThat(value("#backstop-holding-phrases")).isEqualTo(String.join("\n", defaults));
        assertThat(value("#backstop-holding-limit")).isEqualTo("300");
        try {
            type("#backstop-answer-within", "PT8H");
            type("#backstop-remind-before", "PT30M");
            type(COMPLAINT_ANSWER, "PT4H");
            pickDay(SIDOROVA_COVERS, "2027-02-01");
            type("#backstop-holding-phrases", "получили\nwe got it, thanks\n\n  уточним и вернёмся  ");
            type("#backstop-holding-limit", "200");
            save();
            assertThat(browser.find("#backstop-settings").getAttribute("data-state")).isEqualTo("saved");
            JsonNode settings = stored();
            assertThat(settings.at("/policy/answerWithin").asText()).isEqualTo("1d");
            assertThat(settings.at("/policy/remindBefore").asText()).isEqualTo("30m");
            assertThat(settings.at("/goals/0/answerWithin").asText()).isEqualTo("4h");
            assertThat(instant(settings.at("/people/5/coversFrom"))).as("the start of the day in Moscow")
                    .isEqualTo(OffsetDateTime.parse("2027-02-01T00:00:00+03:00").toInstant());
            assertThat(settings.at("/people/4/coversFrom").isMissingNode()).isTrue();
            assertThat(texts(settings.at("/holdingReplies/phrases")))
                    .containsExactly("получили", "we got it, thanks", "уточним и вернёмся");
            assertThat(settings.at("/holdingReplies/limit").asInt()).isEqualTo(200);

            openSettings(lang);
            assertThat(value("#backstop-answer-within")).isEqualTo(inWords(lang, "1d", "1 д"));
            assertThat(value("#backstop-remind-before")).isEqualTo(inWords(lang, "30m", "30 мин"));
            assertThat(value(COMPLAINT_ANSWER)).isEqualTo(inWords(lang, "4h", "4 ч"));
            assertThat(value(SIDOROVA_COVERS)).isEqualTo("2027-02-01");
            assertThat(value("[data-field='people[4].coversFrom']")).isEmpty();
            assertThat(value("#backstop-holding-phrases")).isEqualTo("получили\nwe got it, thanks\nуточним и вернёмся");
            assertThat(value("#backstop-holding-limit")).isEqualTo("200");

            // emptied: no reminders, the policy's time, from the start; the default phrases back
            browser.find("#backstop-remind-before").clear();
            browser.find(COMPLAINT_ANSWER).clear();
            pickDay(SIDOROVA_COVERS, "");
            browser.find("#backstop-holding-defaults").click();
            assertThat(value("#backstop-holding-phrases")).isEqualTo(String.join("\n", defaults));
            save();
            settings = stored();
            assertThat(settings.at("/policy/remindBefore").isMissingNode()).isTrue();
            assertThat(settings.at("/goals/0/answerWithin").isMissingNode()).isTrue();
            assertThat(settings.at("/people/5/coversFrom").isMissingNode()).isTrue();
            assertThat(texts(settings.at("/holdingReplies/phrases"))).isEqualTo(defaults);
            assertThat(settings.at("/policy/answerWithin").asText()).isEqualTo("1d");
            assertThat(settings.at("/holdingReplies/limit").asInt()).isEqualTo(200);
        } finally {
            restoreTheDepartment();
        }
    }

    /**
     * Saving the page keeps what it shows but nobody touched, exactly: a coversFrom stored over REST at noon stays
     * at noon (the picker shows its day), the holding phrases and the promise's times stay as they were.
     */
    @Test
    void savingThePageKeepsTheHoldingSettingsAsStored() {
        ObjectNode doc = (ObjectNode) Department.json(Department.SETTINGS);
        ((ObjectNode) doc.get("policy")).put("answerWithin", "PT8H").put("remindBefore", "PT30M");
        ((ObjectNode) doc.at("/goals/0")).put("answerWithin", "PT4H");
        ((ObjectNode) doc.at("/people/5")).put("coversFrom", "2027-02-01T12:00:00+03:00");
        ObjectNode holding = doc.putObject("holdingReplies");
        holding.putArray("phrases").add("получили").add("we got it");
        holding.put("limit", 120);
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings", doc).status()).isEqualTo(200);
        try {
            JsonNode before = stored();
            openSettings("en");
            save();
            assertThat(browser.find("#backstop-settings").getAttribute("data-state")).isEqualTo("saved");
            assertThat(stored()).isEqualTo(before);
            assertThat(value(SIDOROVA_COVERS)).as("the day of noon").isEqualTo("2027-02-01");
        } finally {
            restoreTheDepartment();
        }
    }

    /** The picked day starts where the calendar's zone starts it, also when midnight is skipped (Chile, September). */
    @Test
    void aPickedDayIsStoredAsTheStartOfThatDayInTheCalendarsZone() {
        try {
            type("#backstop-zone", "America/Santiago");
            pickDay(SIDOROVA_COVERS, "2026-09-06");
            pickDay("[data-field='people[4].coversFrom']", "2027-01-15");
            save();
            assertThat(browser.find("#backstop-settings").getAttribute("data-state")).isEqualTo("saved");
            ZoneId chile = ZoneId.of("America/Santiago");
            JsonNode settings = stored();
            assertThat(instant(settings.at("/people/5/coversFrom")))
                    .isEqualTo(LocalDate.parse("2026-09-06").atStartOfDay(chile).toInstant());
            assertThat(instant(settings.at("/people/4/coversFrom")))
                    .isEqualTo(LocalDate.parse("2027-01-15").atStartOfDay(chile).toInstant());
            openSettings("en");
            assertThat(value(SIDOROVA_COVERS)).isEqualTo("2026-09-06");
            assertThat(value("[data-field='people[4].coversFrom']")).isEqualTo("2027-01-15");
        } finally {
            restoreTheDepartment();
        }
    }

    static Stream<Arguments> badHoldingSettings() {
        return Stream.of(
                Arguments.of("#backstop-answer-within", "PT0S", "policy.answerWithin", "longer than zero"),
                Arguments.of("#backstop-remind-before", "half an hour", "policy.remindBefore", "expected a duration such as 8h"),
                Arguments.of(COMPLAINT_ANSWER, "soon", "goals[0].answerWithin", "expected a duration such as 8h"),
                Arguments.of("#backstop-holding-limit", "0", "holdingReplies.limit", "between 1 and 10000"),
                Arguments.of("#backstop-holding-limit", "many", "holdingReplies.limit", "whole number"),
                Arguments.of("#backstop-holding-phrases", "получили\n!!!", "holdingReplies.phrases[1]",
                        "letter or a digit"));
    }

    @ParameterizedTest(name = "{2} = {1}")
    @MethodSource("badHoldingSettings")
    void aBadHoldingSettingIsShownNextToItsFieldAndNothingIsStored(String input, String bad, String field,
                                                                    String says) {
        JsonNode before = stored();
        WebElement note = refused(input, bad, field);
        assertThat(note.getText()).contains(says);
        assertThat(browser.find(input).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#backstop-settings-error").getText()).contains(note.getText()); // under its label
        assertThat(stored()).isEqualTo(before);
    }

    /** A day half typed in the picker is said at the picker before anything is sent, not saved as "from the start". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru"})
    void aHalfTypedDayIsNamedAtItsPickerAndNothingIsSent(String lang) {
        JsonNode before = stored();
        openSettings(lang);
        type("#backstop-answer-within", "PT9H");
        WebElement picker = browser.find(SIDOROVA_COVERS);
        picker.click();
        picker.sendKeys("02");
        assertThat(browser.script("return arguments[0].validity.badInput;", picker)).isEqualTo(true);
        save();
        assertThat(browser.find("#backstop-settings").getAttribute("data-state")).isEqualTo("refused");
        WebElement note = browser.find(SIDOROVA_COVERS + " + .backstop-field-error");
        assertThat(note.getAttribute("data-for")).isEqualTo("people[5].coversFrom");
        assertThat(note.getText()).startsWith(TEXTS.get(lang).get(5));
        assertThat(picker.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void nobodyButAnAdministratorMayOpenTheSettings() {
        try {
            for (String user : List.of("ivanova", "head", "operator")) {
                browser.login(user);
                browser.open("/plugins/servlet/backstop/admin");
                assertThat(browser.findAll("#backstop-settings")).as(user).isEmpty();
                assertThat(browser.find("#backstop-message").getText()).as(user)
                        .isEqualTo("Only administrators may change Backstop's settings.");
                assertThat(browser.findAll("#nav-settings")).as(user + " has no settings link").isEmpty();
            }
        } finally {
            browser.login("admin");
        }
        assertThat(browser.findAll("#nav-settings")).isNotEmpty();
    }
}
