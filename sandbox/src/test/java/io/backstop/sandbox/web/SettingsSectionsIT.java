package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.users.SandboxUsers;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18, point 3, in English and Russian: the settings page in parts with its contents on top (each entry, followed
 * by the keyboard, unfolds its part and lands on it, the contents still in view), a deputy picked by the name people
 * know her by and saved as her login, and the absence form's person picker naming people by display name.
 */
class SettingsSectionsIT extends BrowserPages {

    private static final Map<String, Map<String, String>> NAMES = Map.of(
            "en", Map.of("ivanova", "Anna Ivanova", "petrova", "Maria Petrova", "sidorova", "Elena Sidorova"),
            "ru", Map.of("ivanova", "Анна Иванова", "petrova", "Мария Петрова", "sidorova", "Елена Сидорова"));
    private static final String SIDOROVA_DEPUTIES = "[data-field='people[5].deputies']";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("admin");
    }

    /** Each test starts from the department's settings, whatever the one before saved. */
    @AfterEach
    void restoreTheSettings() {
        assertThat(department.client.put("admin", "rest/backstop/1.0/settings", Department.json(Department.SETTINGS))
                .status()).isEqualTo(200);
    }

    /**
     * Gives the department's people display names, as the demo does (this department is no demo). Through the
     * sandbox's private field: Sandbox.java is at its size limit and no screen needs the accessor.
     */
    private static void displayNames(Map<String, String> names) {
        try {
            Field users = Sandbox.class.getDeclaredField("users");
            users.setAccessible(true);
            ((SandboxUsers) users.get(department.sandbox)).displayNames(login -> Optional.ofNullable(names.get(login)));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void openSettings(String lang) {
        displayNames(NAMES.get(lang));
        browser.open("/plugins/servlet/backstop/admin?lang=" + lang);
        browser.waitReady("backstop-settings");
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-results").getAttribute("data-state")));
    }

    private static boolean inView(WebElement node) {
        return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight;", node);
    }

    private static long height() {
        return ((Number) browser.script("return document.documentElement.scrollHeight;")).longValue();
    }

    private static boolean open(String partId) {
        return (Boolean) browser.script("var t = document.getElementById(arguments[0]);"
                + "var d = t.tagName === 'DETAILS' ? t : t.querySelector('details.backstop-part'); return d.open;", partId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theContentsLeadToEveryPartFoldedOrNotAndStayInView(String lang) {
        openSettings(lang);
        assertThat(browser.find("#backstop-settings-toc-title").getText()).isEqualTo(lang.equals("ru") ? "Содержание" : "Contents");
        List<WebElement> entries = browser.findAll("#backstop-settings-toc li");
        List<WebElement> shown = entries.stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown.stream().map(li -> li.findElement(By.tagName("a")).getAttribute("href").replaceAll(".*#", "")))
                .as("the sandbox has no setup: no entry for it")
                .containsExactly("backstop-part-calendar", "backstop-part-policy", "backstop-part-people",
                        "backstop-part-holding", "backstop-part-complaints", "backstop-part-other", "backstop-absences",
                        "backstop-absence-requests", "backstop-results");
        assertThat(shown.get(1).getText()).isEqualTo(lang.equals("ru") ? "Норматив ответа и нормативы по задачам"
                : "Response standard and goals");

        long unfolded = height();
        WebElement fold = browser.find("#backstop-settings-fold");
        fold.sendKeys(Keys.ENTER);
        assertThat(browser.findAll("details.backstop-part").stream().filter(d -> d.getAttribute("open") != null))
                .as("folded: the page is its contents and titles").isEmpty();
        assertThat(height()).as("folded, of " + unfolded + " px").isLessThan(unfolded / 4);
        assertThat(fold.getText()).isEqualTo(lang.equals("ru") ? "Развернуть всё" : "Unfold all");

        for (WebElement entry : shown) {
            WebElement link = entry.findElement(By.tagName("a"));
            String id = link.getAttribute("href").replaceAll(".*#", "");
            link.sendKeys(Keys.ENTER);
            browser.waitFor(d -> open(id));
            WebElement part = browser.find("#" + id);
            WebElement summary = part.findElement(By.cssSelector("summary"));
            assertThat(browser.script("return document.activeElement === arguments[0];", summary))
                    .as(id + ": the keyboard goes on from its title").isEqualTo(true);
            assertThat(inView(summary)).as(id + " is in view").isTrue();
            assertThat(inView(browser.find("#backstop-settings-toc"))).as("the contents stay on top").isTrue();
            assertThat(browser.script("return arguments[0].getBoundingClientRect().top"
                    + " >= document.getElementById('backstop-settings-toc').getBoundingClientRect().bottom;", summary))
                    .as(id + "'s title is not under the contents").isEqualTo(true);
        }
        // a title folds its part from the keyboard too
        WebElement people = browser.find("#backstop-part-people summary");
        people.sendKeys(Keys.ENTER);
        browser.waitFor(d -> !open("backstop-part-people"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aDeputyPickedByDisplayNameIsSavedAsTheLogin(String lang) {
        openSettings(lang);
        Map<String, String> names = NAMES.get(lang);
        // display names beside the logins: petrova's row and her deputies
        browser.waitFor(d -> browser.find("[data-field='people[4].name'] ~ .backstop-user-names").isDisplayed());
        assertThat(browser.find("[data-field='people[4].name'] ~ .backstop-user-names").getText())
                .isEqualTo(names.get("petrova") + " (petrova)");
        assertThat(browser.find("[data-field='people[4].deputies'] ~ .backstop-user-names").getText())
                .isEqualTo(names.get("sidorova") + " (sidorova), " + names.get("ivanova") + " (ivanova)");

        WebElement deputies = browser.find(SIDOROVA_DEPUTIES);
        deputies.clear();
        String firstName = names.get("ivanova").split(" ")[0]; // "Anna": in her display name, not in her login
        deputies.sendKeys(firstName);
        browser.waitFor(d -> !browser.findAll("#" + deputies.getAttribute("aria-controls") + " li[data-login]").isEmpty());
        List<WebElement> offered = browser.findAll("#" + deputies.getAttribute("aria-controls") + " li[data-login]");
        assertThat(offered).extracting(WebElement::getText).containsExactly(names.get("ivanova") + " (ivanova)");
        deputies.sendKeys(Keys.ARROW_DOWN);
        deputies.sendKeys(Keys.ENTER);
        assertThat(deputies.getAttribute("value")).isEqualTo("ivanova");
        assertThat(browser.find(SIDOROVA_DEPUTIES + " ~ .backstop-user-names").getText())
                .isEqualTo(names.get("ivanova") + " (ivanova)");
        assertThat(browser.find("#backstop-settings").getAttribute("data-state"))
                .as("Enter picked, it did not save").isEqualTo("ready");

        browser.find("#backstop-settings-save").click();
        browser.waitFor(d -> "saved".equals(browser.find("#backstop-settings").getAttribute("data-state")));
        JsonNode stored = department.client.get("admin", "rest/backstop/1.0/settings").body();
        assertThat(stored.at("/people/5/deputies").toString()).isEqualTo("[\"ivanova\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theAbsenceFormOffersPeopleByDisplayNameAndRecordsTheLogin(String lang) {
        openSettings(lang);
        Map<String, String> names = NAMES.get(lang);
        Select person = new Select(browser.find("#backstop-absence-person"));
        browser.waitFor(d -> person.getOptions().stream().anyMatch(o -> o.getText().equals(names.get("petrova") + " (petrova)")));
        assertThat(person.getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactlyInAnyOrder("head", "operator", "office", "ivanova", "petrova", "sidorova");
        person.selectByVisibleText(names.get("petrova") + " (petrova)");
        browser.script("arguments[0].value = '2026-12-14T09:00'", browser.find("#backstop-absence-from"));
        browser.script("arguments[0].value = '2026-12-18T18:00'", browser.find("#backstop-absence-to"));
        browser.find("#backstop-absence-add").click();
        browser.waitFor(d -> !browser.findAll("#backstop-absence-rows tr.backstop-absence").isEmpty());
        JsonNode absences = department.client.get("admin", "rest/backstop/1.0/absences").body();
        assertThat(absences.findValuesAsText("person")).containsExactly("petrova");
        department.client.delete("admin", "rest/backstop/1.0/absences/" + absences.get(0).path("id").asText());

        // the absences page's form names them the same way (GET people's displayName)
        assertThat(browser.find("#backstop-absences-page-link").getAttribute("href"))
                .endsWith("/plugins/servlet/backstop/absences");
        browser.find("#backstop-absences-page-link").click();
        browser.waitReady("backstop-absences-page");
        Select onPage = new Select(browser.find("#backstop-absence-person"));
        assertThat(onPage.getOptions()).extracting(WebElement::getText).contains(names.get("sidorova") + " (sidorova)");
    }
}
