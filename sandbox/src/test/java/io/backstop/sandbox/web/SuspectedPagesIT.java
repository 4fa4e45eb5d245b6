package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Issue 16, point 3: suspected complaints by clicking, in English and Russian. The operator's queue shows the lane
 * above the waiting answers; dismissing asks why (an empty reason is refused next to the field), confirming makes a
 * complaint about the client's manager. The head does the same on the dashboard's gadget and may name someone else;
 * a manager sees no lane; the settings page edits the lexicon. Monday 2 November 2026 in Moscow.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuspectedPagesIT extends BrowserPages {

    private static final String QUEUE = "/plugins/servlet/backstop/queue";
    private static final String DASHBOARD = "/plugins/servlet/backstop/dashboard";
    private static final String LANE = "#backstop-queue-suspected";
    private static final String GADGET = "#backstop-gadget-suspected";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T09:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Безобразие: сайт не открывается с утра");
        department.issue("WEB-2", "petrova", "Vasilek", "Invoice for October");
        department.issue("WEB-3", "sidorova", "Lyutik", "New photos for the gallery");
        department.issue("WEB-4", "operator", "Kolokolchik", "This is unacceptable, nobody answers the phone");
        department.clockTo("2026-11-02T09:30");
        department.comment("WEB-2", "client", "Still waiting. This is the third time I ask for the invoice.");
        department.clockTo("2026-11-02T10:00");
        browser = Browser.start(department.base(), profile, "en-US,en");
        browser.login("operator");
    }

    private static List<String> issues(String lane) {
        return browser.findAll(lane + " li.backstop-suspected").stream().map(li -> li.getAttribute("data-issue")).toList();
    }

    private static WebElement item(String lane, String issue) {
        return browser.find(lane + " li[data-issue='" + issue + "']");
    }

    private static void openQueue(String lang) {
        browser.open(QUEUE + "?lang=" + lang);
        browser.waitReady("backstop-queue");
    }

    /** Opens the item's dismiss form, sends it empty (refused here), then with the reason; answers the status. */
    private static String dismiss(String lane, String issue, String reason, String required) {
        item(lane, issue).findElement(By.cssSelector(".backstop-suspected-dismiss")).click();
        WebElement form = browser.waitFor(d -> item(lane, issue).findElement(By.cssSelector("form[data-action='dismiss']")));
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement error = form.findElement(By.cssSelector("[data-error-for='reason']"));
        assertThat(error.getText()).isEqualTo(required);
        assertThat(form.findElement(By.cssSelector("textarea[name='reason']")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        form.findElement(By.cssSelector("textarea[name='reason']")).sendKeys(reason);
        form.findElement(By.cssSelector("button[type='submit']")).click();
        return browser.waitFor(d -> browser.findAll(lane + " li[data-issue='" + issue + "']").isEmpty()
                ? status(lane) : null);
    }

    private static String status(String lane) {
        WebElement status = browser.find(lane + " .backstop-suspected-status");
        return status.getText().isEmpty() ? null : status.getText();
    }

    private static JsonNode suspected(String issue) {
        for (JsonNode s : department.client.get("admin", "rest/backstop/1.0/results/complaints/suspected?state=ALL")
                .body()) {
            if (s.path("issue").asText().equals(issue)) {
                return s;
            }
        }
        throw new AssertionError("no suspicion on " + issue);
    }

    @Test
    @Order(1)
    void inEnglishTheOperatorDismissesWithAReasonAndConfirmsAComplaint() {
        openQueue("en");
        browser.waitFor(d -> browser.find(LANE).isDisplayed());
        assertThat(browser.find(LANE + " h2").getText()).isEqualTo("Suspected complaints");
        assertThat(issues(LANE)).containsExactly("WEB-1", "WEB-4", "WEB-2");
        WebElement second = item(LANE, "WEB-2");
        assertThat(second.findElement(By.cssSelector(".backstop-suspected-client")).getText()).isEqualTo("Vasilek");
        assertThat(second.findElement(By.cssSelector(".backstop-suspected-about")).getText())
                .isEqualTo("would be about petrova");
        assertThat(second.findElements(By.cssSelector(".backstop-suspected-signal")).stream()
                .map(signal -> signal.getText().toLowerCase(java.util.Locale.ROOT)))
                .containsExactly("«still waiting»", "«third time»", "wrote again before an answer");
        assertThat(second.findElement(By.cssSelector(".backstop-suspected-excerpt")).getText())
                .isEqualTo("Still waiting.");
        assertThat((Boolean) browser.script("return !!(document.getElementById('backstop-queue-suspected')"
                + ".compareDocumentPosition(document.getElementById('backstop-queue-table')) & 4);"))
                .as("the lane is above the answers waited for").isTrue();

        assertThat(dismiss(LANE, "WEB-1", "The client's office internet, not our site", "Say why this is no complaint."))
                .isEqualTo("The suspicion on WEB-1 is dismissed.");
        assertThat(suspected("WEB-1").path("state").asText()).isEqualTo("DISMISSED");
        assertThat(suspected("WEB-1").path("reason").asText()).isEqualTo("The client's office internet, not our site");

        item(LANE, "WEB-2").findElement(By.cssSelector(".backstop-suspected-confirm")).click();
        WebElement form = browser.waitFor(d -> item(LANE, "WEB-2").findElement(By.cssSelector("form[data-action='confirm']")));
        assertThat(form.findElements(By.cssSelector("select[name='about']"))).as("the operator names nobody else").isEmpty();
        form.findElement(By.cssSelector("textarea[name='comment']")).sendKeys("Asked three times for the invoice");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        String confirmed = browser.waitFor(d -> browser.findAll(LANE + " li[data-issue='WEB-2']").isEmpty()
                ? status(LANE) : null);
        assertThat(confirmed).isEqualTo("A complaint on WEB-2 is flagged, about petrova.");
        JsonNode lane = department.client.get("head", "rest/backstop/1.0/results/complaints").body().path("lane");
        assertThat(lane).singleElement().satisfies(c -> {
            assertThat(c.path("issue").asText()).isEqualTo("WEB-2");
            assertThat(c.path("about").asText()).isEqualTo("petrova");
            assertThat(c.path("flaggedBy").asText()).isEqualTo("operator");
        });
    }

    @Test
    @Order(2)
    void theOperatorMayNotDismissOneAboutHimself() {
        openQueue("en");
        item(LANE, "WEB-4").findElement(By.cssSelector(".backstop-suspected-dismiss")).click();
        WebElement form = browser.waitFor(d -> item(LANE, "WEB-4").findElement(By.cssSelector("form[data-action='dismiss']")));
        form.findElement(By.cssSelector("textarea[name='reason']")).sendKeys("a joke");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement refused = form.findElement(By.cssSelector("[data-error-for='form']"));
        browser.waitFor(d -> refused.isDisplayed());
        assertThat(refused.getText()).isEqualTo("Refused: the suspicion is about operator, who may not dismiss it");
        assertThat(suspected("WEB-4").path("state").asText()).isEqualTo("OPEN");
    }

    @Test
    @Order(3)
    void inRussianTheHeadDecidesOnTheDashboardAndMayNameSomeoneElse() {
        department.clockTo("2026-11-02T11:00");
        department.issue("WEB-5", "ivanova", "Romashka LLC", "Сколько можно ждать макет?");
        department.issue("WEB-6", "sidorova", "Lyutik", "Жалоба: опять не работает форма");
        browser.login("head");
        browser.open(DASHBOARD + "?lang=ru");
        browser.waitReady("backstop-dashboard");
        browser.waitFor(d -> "ready".equals(browser.find(GADGET).getAttribute("data-state")));
        assertThat(browser.find(GADGET + " h2").getText()).isEqualTo("Подозрения на жалобу");
        assertThat(issues(GADGET)).containsExactly("WEB-4", "WEB-5", "WEB-6");
        assertThat(item(GADGET, "WEB-5").findElement(By.cssSelector(".backstop-suspected-about")).getText())
                .isEqualTo("жалоба была бы на ivanova");

        assertThat(dismiss(GADGET, "WEB-5", "Клиент торопит, жалобы нет", "Укажите, почему это не жалоба."))
                .isEqualTo("Подозрение по WEB-5 отклонено.");

        item(GADGET, "WEB-6").findElement(By.cssSelector(".backstop-suspected-confirm")).click();
        WebElement form = browser.waitFor(d -> item(GADGET, "WEB-6").findElement(By.cssSelector("form[data-action='confirm']")));
        Select about = new Select(form.findElement(By.cssSelector("select[name='about']")));
        browser.waitFor(d -> about.getOptions().size() > 1);
        assertThat(about.getFirstSelectedOption().getText()).isEqualTo("на менеджера клиента (sidorova)");
        about.selectByValue("operator");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        String confirmed = browser.waitFor(d -> browser.findAll(GADGET + " li[data-issue='WEB-6']").isEmpty()
                ? status(GADGET) : null);
        assertThat(confirmed).isEqualTo("Жалоба по WEB-6 отмечена, на operator.");
        assertThat(suspected("WEB-6").path("state").asText()).isEqualTo("CONFIRMED");

        assertThat(dismiss(GADGET, "WEB-4", "Клиент извинился: звонил не туда", "Укажите, почему это не жалоба."))
                .isEqualTo("Подозрение по WEB-4 отклонено.");
        assertThat(browser.find(GADGET + " .backstop-gadget-empty").getText())
                .isEqualTo("Подозрений на жалобу, ждущих решения, нет.");
    }

    @Test
    @Order(4)
    void aManagerSeesNoLane() {
        department.issue("WEB-7", "ivanova", "Romashka LLC", "Мы недовольны сроками");
        browser.login("ivanova");
        openQueue("en");
        assertThat(browser.find(LANE).isDisplayed()).isFalse();
        assertThat(issues(LANE)).isEmpty();
        browser.open(DASHBOARD + "?lang=en");
        browser.waitReady("backstop-dashboard");
        assertThat(browser.findAll(GADGET)).isEmpty();
    }

    /** A long lane shows its five oldest first: it must not push the queue off the screen. */
    @Test
    @Order(5)
    void aLongLaneShowsItsOldestFiveAndTheRestOnAsking() {
        department.clockTo("2026-11-02T12:00");
        for (int n = 8; n <= 13; n++) {
            department.issue("WEB-" + n, "petrova", "Vasilek", "Безобразие, опять ошибка " + n);
        }
        browser.login("operator");
        openQueue("en");
        browser.waitFor(d -> browser.find(LANE).isDisplayed());
        assertThat(issues(LANE)).containsExactly("WEB-7", "WEB-8", "WEB-9", "WEB-10", "WEB-11");
        assertThat(browser.find(LANE).getAttribute("data-shown")).isEqualTo("7");
        WebElement toggle = browser.find(LANE + " .backstop-suspected-more");
        assertThat(toggle.getText()).isEqualTo("Show all 7");
        toggle.click();
        assertThat(issues(LANE)).hasSize(7).endsWith("WEB-13");
        assertThat(browser.find(LANE + " .backstop-suspected-more").getText()).isEqualTo("Show fewer");
        openQueue("ru");
        assertThat(browser.find(LANE + " .backstop-suspected-more").getText()).isEqualTo("Показать все (7)");
    }

    @Test
    @Order(6)
    void theSettingsPageEditsTheLexiconInBothLanguages() {
        browser.login("admin");
        for (String lang : List.of("en", "ru")) {
            browser.open("/plugins/servlet/backstop/admin?lang=" + lang);
            browser.waitReady("backstop-settings");
            WebElement ru = browser.find("#backstop-lexicon-ru");
            assertThat(ru.getAttribute("value")).contains("жалоба\n", "сколько можно");
            assertThat(browser.find("label[for='backstop-lexicon-ru']").getText())
                    .isEqualTo(lang.equals("en") ? "Russian words and phrases" : "Русские слова и фразы");
            ru.clear();
            ru.sendKeys("жалоба\nн*");
            browser.find("#backstop-settings-save").click();
            WebElement note = browser.waitFor(d -> browser.find("[data-for='complaints.lexicon.ru[1]']"));
            assertThat(note.getText()).contains(lang.equals("en") ? "at least 3 letters" : "не меньше 3 букв");
            assertThat(ru.getAttribute("aria-invalid")).isEqualTo("true");
            browser.find("#backstop-lexicon-defaults").click();
            ru.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END),
                    "\nопять не");
            browser.find("#backstop-settings-save").click();
            browser.waitFor(d -> browser.find("#backstop-settings-saved").isDisplayed());
            JsonNode saved = department.client.get("admin", "rest/backstop/1.0/settings").body()
                    .path("complaints").path("lexicon");
            assertThat(saved.path("ru").get(saved.path("ru").size() - 1).asText()).isEqualTo("опять не");
            assertThat(saved.path("en").get(0).asText()).isEqualTo("complaint");
        }
    }
}
