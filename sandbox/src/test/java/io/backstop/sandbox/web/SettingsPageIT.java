package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The settings page: an administrator edits the document and gets the 400's message next to the field it names
 * (nothing stored); good changes are stored; export and import of the whole document; nobody else may open it.
 */
class SettingsPageIT {

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    @TempDir
    static Path downloads;
    static Department department;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        browser = Browser.start(department.base(), profile, "en-US,en", downloads);
        browser.login("admin");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (department != null) {
            department.sandbox.close();
        }
    }

    @BeforeEach
    void openSettings() {
        browser.open("/plugins/servlet/backstop/admin");
        browser.waitReady("backstop-settings");
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
        assertThat(browser.find("#backstop-queue-after").getAttribute("value")).isEqualTo("PT30M");
        assertThat(browser.find("#backstop-return-to-owner").isSelected()).isTrue();
        assertThat(browser.findAll("#backstop-people tr")).hasSize(6);
        assertThat(new Select(browser.find("[data-field='people[4].role']")).getFirstSelectedOption().getText())
                .isEqualTo("Account manager");
        assertThat(browser.find("[data-field='people[4].deputies']").getAttribute("value")).isEqualTo("sidorova, ivanova");
        assertThat(browser.find("[data-field='goals[0].issueTypes']").getAttribute("value")).isEqualTo("Complaint");
    }

    @Test
    void aBadPolicyValueIsShownNextToItsFieldAndNothingIsStored() {
        type("#backstop-respond-within", "soon");
        save();
        WebElement note = browser.find(".backstop-field-error");
        assertThat(note.getAttribute("data-for")).isEqualTo("policy.respondWithin");
        assertThat(note.getText()).contains("ISO-8601 duration").contains("soon");
        assertThat(browser.find("#backstop-respond-within").getAttribute("aria-invalid")).isEqualTo("true");
        WebElement sibling = browser.find("#backstop-respond-within + .backstop-field-error");
        assertThat(sibling).isEqualTo(note);
        assertThat(browser.find("#backstop-settings-error").getText()).contains("policy.respondWithin");
        assertThat(stored().at("/policy/respondWithin").asText()).isEqualTo("PT1H");
    }

    @Test
    void aBadDeputyIsShownInItsPersonsRow() {
        type("[data-field='people[3].deputies']", "petrova, nobody");
        save();
        WebElement note = browser.find(".backstop-field-error");
        assertThat(note.getAttribute("data-for")).isEqualTo("people[3].deputies[1]");
        assertThat(browser.find("[data-field='people[3].deputies'] + .backstop-field-error")).isEqualTo(note);
        assertThat(stored().at("/people/3/deputies").toString()).isEqualTo("[\"petrova\"]");
    }

    @Test
    void aGoodChangeIsStored() {
        type("#backstop-respond-within", "PT2H");
        browser.find("#backstop-goal-add").click();
        type("[data-field='goals[1].priorities']", "Highest, High");
        type("[data-field='goals[1].queueAfter']", "PT10M");
        type("#backstop-week-SAT", "10:00-14:00");
        save();
        assertThat(browser.find("#backstop-settings-saved").getText()).isEqualTo("Saved.");
        JsonNode settings = stored();
        assertThat(settings.at("/policy/respondWithin").asText()).isEqualTo("PT2H");
        assertThat(settings.at("/goals/1/priorities").toString()).isEqualTo("[\"Highest\",\"High\"]");
        assertThat(settings.at("/goals/1/queueAfter").asText()).isEqualTo("PT10M");
        assertThat(settings.at("/calendar/week/SAT").toString()).isEqualTo("[\"10:00-14:00\"]");
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
        assertThat(stored().get("tick").asText()).as("imported, not yet saved").isEqualTo("PT5M");
        save();
        assertThat(stored().get("tick").asText()).isEqualTo("PT2M");
        assertThat(stored().at("/policy/queueAfter").asText()).isEqualTo("PT15M");
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings",
                Department.json(Department.SETTINGS)).status()).isEqualTo(200);

        Path broken = Files.writeString(downloads.resolve("broken.json"), "{ not json");
        browser.find("#backstop-settings-import").sendKeys(broken.toAbsolutePath().toString());
        browser.waitFor(d -> browser.find("#backstop-settings-error").isDisplayed());
        assertThat(browser.find("#backstop-settings-error").getText()).contains("not a JSON settings document");
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
