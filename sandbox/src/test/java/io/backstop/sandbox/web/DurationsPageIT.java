package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;

/**
 * Issue 18, point 1: durations on the settings page as the department writes them. A head types "1 д 4 ч" on the
 * Russian page or "8h" on the English one; the document stores the human form and the page shows it back in its own
 * language; a duration the server cannot read is named at its field with the forms it takes.
 */
class DurationsPageIT extends BrowserPages {

    private static final String SETTINGS = "rest/backstop/1.0/settings";
    private static final String RESULTS = "rest/backstop/1.0/results/settings";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("admin");
    }

    @AfterEach
    void backToTheDepartment() {
        assertThat(department.client.put("admin", SETTINGS, Department.json(Department.SETTINGS)).status())
                .isEqualTo(200);
    }

    private static void open(String lang) {
        browser.open("/plugins/servlet/backstop/admin?lang=" + lang);
        browser.waitReady("backstop-settings");
    }

    private static JsonNode stored(String path) {
        return department.client.get("admin", path).body();
    }

    private static String value(String css) {
        return browser.find(css).getAttribute("value");
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    private static String save() {
        browser.find("#backstop-settings-save").click();
        browser.waitFor(d -> {
            String state = browser.find("#backstop-settings").getAttribute("data-state");
            return "saved".equals(state) || "refused".equals(state);
        });
        return browser.find("#backstop-settings").getAttribute("data-state");
    }

    @Test
    void theRussianPageTakesOneDayFourHoursAndShowsItBackInRussian() {
        open("ru");
        assertThat(value("#backstop-respond-within")).as("PT1H as stored by the department").isEqualTo("1 ч");
        assertThat(value("#backstop-queue-after")).isEqualTo("30 мин");
        assertThat(value("#backstop-tick")).isEqualTo("5 мин");
        assertThat(value("[data-field='goals[0].queueAfter']")).isEqualTo("0 мин");
        type(browser.find("#backstop-respond-within"), "1 д 4 ч");
        type(browser.find("[data-field='goals[0].respondWithin']"), "2,5 ч");
        assertThat(save()).isEqualTo("saved");

        JsonNode settings = stored(SETTINGS);
        assertThat(settings.at("/policy/respondWithin").asText()).as("a working day is 8 hours").isEqualTo("1d 4h");
        assertThat(settings.at("/goals/0/respondWithin").asText()).isEqualTo("2h 30m");
        open("ru");
        assertThat(value("#backstop-respond-within")).isEqualTo("1 д 4 ч");
        assertThat(value("[data-field='goals[0].respondWithin']")).isEqualTo("2 ч 30 мин");
        assertThat(browser.findAll("#backstop-settings input[type='text']"))
                .extracting(input -> input.getAttribute("value")).as("no ISO-8601 in any field")
                .noneMatch(text -> text.matches("P[0-9]*D?T.*"));
    }

    @Test
    void theEnglishPageTakesEightHours() {
        open("en");
        assertThat(value("#backstop-respond-within")).isEqualTo("1h");
        type(browser.find("#backstop-respond-within"), "8h");
        type(browser.find("#backstop-queue-after"), "45 min");
        assertThat(save()).isEqualTo("saved");

        JsonNode settings = stored(SETTINGS);
        assertThat(settings.at("/policy/respondWithin").asText()).as("8 working hours: one working day")
                .isEqualTo("1d");
        assertThat(settings.at("/policy/queueAfter").asText()).isEqualTo("45m");
        open("en");
        assertThat(value("#backstop-respond-within")).isEqualTo("1d");
        assertThat(value("#backstop-queue-after")).isEqualTo("45m");
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "en | 8 | expected a duration such as 8h, 1d 4h or 30m | say which unit",
            "en | 2 weeks | expected a duration such as 8h, 1d 4h or 30m | weeks are not taken",
            "ru | 8 | ожидается длительность вида 8 ч, 1 д 4 ч или 30 мин | укажите единицу: 8 ч или 8 мин?",
            "ru | 30 м | ожидается длительность вида 8 ч, 1 д 4 ч или 30 мин | пишите «мин» для минут"})
    void aBadDurationIsNamedAtItsFieldAndNothingIsStored(String lang, String typed, String expected, String why) {
        JsonNode before = stored(SETTINGS);
        open(lang);
        type(browser.find("#backstop-respond-within"), typed);
        assertThat(save()).isEqualTo("refused");

        WebElement note = browser.find("#backstop-respond-within + .backstop-field-error");
        assertThat(note.getAttribute("data-for")).isEqualTo("policy.respondWithin");
        assertThat(note.getText()).contains(expected).contains(why);
        assertThat(browser.find("#backstop-respond-within").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(stored(SETTINGS)).isEqualTo(before);
    }

    @Test
    void theResultsFullDayIsShownAndTakenInHours() {
        JsonNode original = stored(RESULTS);
        try {
            open("ru");
            browser.waitFor(d -> "ready".equals(browser.find("#backstop-results").getAttribute("data-state")));
            WebElement fullDay = browser.find("#backstop-results-form input[data-path='ramp.fullDay']");
            assertThat(fullDay.getAttribute("value")).isEqualTo("8 ч");
            type(fullDay, "7,5 ч");
            browser.find("#backstop-results-save").click();
            browser.waitFor(d -> "saved".equals(browser.find("#backstop-results").getAttribute("data-state")));
            assertThat(stored(RESULTS).at("/ramp/fullDay").asText()).isEqualTo("7h 30m");
        } finally {
            assertThat(department.client.put("admin", RESULTS, original).status()).isEqualTo(200);
        }
    }
}
