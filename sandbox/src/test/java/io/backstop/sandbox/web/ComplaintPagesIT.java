package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16, the complaints lane on the dashboard, clicked through in English and Russian from Monday 2 November
 * 2026, 12:00 in Moscow (each step a few minutes later, so the log's order is the order things were done): the head unflags one and closes another, each time first trying without a reason; the director
 * reads the log, brings the unflagged one back and closes the one about the head; with no director configured, the
 * head sees the complaints about himself waiting for one, until an administrator names a director in the settings
 * (and cannot name a second); a manager has no lane.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintPagesIT extends BrowserPages {

    private static final String DASHBOARD = "/plugins/servlet/backstop/dashboard";
    private static final String GADGET = "#backstop-gadget-complaints";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        settings(true);
        department.clockTo("2026-11-02T09:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.issue("WEB-2", "petrova", "Vasilek", "Invoice");
        department.clockTo("2026-11-02T09:30");
        ok(department.client.post("admin", "rest/sandbox/1.0/issues", Map.of("key", "WEB-3", "owner", "sidorova",
                "client", "Lyutik", "issueType", "Complaint", "summary", "Third time I ask")));
        department.clockTo("2026-11-02T10:00");
        ok(department.client.post("operator", "rest/backstop/1.0/results/complaints", Map.of("issue", "WEB-1")));
        department.clockTo("2026-11-02T10:30");
        ok(department.client.post("operator", "rest/backstop/1.0/results/complaints", Map.of("issue", "WEB-2")));
        department.clockTo("2026-11-02T11:00");
        ok(department.client.post("head", "rest/backstop/1.0/results/complaints", Map.of("issue", "WEB-2",
                "about", "head", "comment", "The head promised a call back")));
        department.clockTo("2026-11-02T12:00");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    /** The test department, with the director {@code director} or without. */
    private static void settings(boolean director) {
        ObjectNode settings = (ObjectNode) Department.json(Department.SETTINGS);
        if (director) {
            ((ArrayNode) settings.get("people")).addObject().put("name", "director").put("role", "DIRECTOR");
        }
        ok(department.client.put("admin", "rest/backstop/1.0/settings", settings));
    }

    private static JsonNode ok(io.backstop.sandbox.host.SandboxClient.Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isLessThan(300);
        return answer.body();
    }

    private static void dashboard(String user, String lang) {
        browser.login(user);
        browser.open(DASHBOARD + "?lang=" + lang);
        browser.waitReady("backstop-dashboard");
        ready();
    }

    private static void ready() {
        browser.waitFor(d -> "ready".equals(browser.find(GADGET).getAttribute("data-state")));
    }

    /** The lane's rows: issue, client, about, flagged (when, by), the buttons' labels. */
    private static List<List<String>> lane() {
        return browser.findAll(GADGET + " .backstop-gadget-rows tr").stream().map(row -> {
            List<String> cells = new ArrayList<>(row.findElements(By.tagName("td")).stream().limit(4)
                    .map(WebElement::getText).toList());
            cells.add(String.join(" ", row.findElements(By.tagName("button")).stream().map(WebElement::getText)
                    .toList()));
            return List.copyOf(cells);
        }).toList();
    }

    private static List<String> laneIssues() {
        return lane().stream().map(row -> row.get(0)).toList();
    }

    /** The log's rows: when, by, what, reason, complaint. */
    private static List<List<String>> log() {
        return browser.findAll(GADGET + " .backstop-complaints-log-row").stream().map(row -> row.findElements(
                By.tagName("td")).stream().limit(5).map(WebElement::getText).toList()).toList();
    }

    private static WebElement button(String part, String action, String issue) {
        return browser.find(GADGET + " " + part + " button[data-complaint-action='" + action + "'][data-issue='"
                + issue + "']");
    }

    private static WebElement form() {
        return browser.find(GADGET + " .backstop-complaint-form");
    }

    private static String reasonError() {
        WebElement error = browser.find(GADGET + " .backstop-complaint-form .backstop-field-error[data-field='reason']");
        return error.isDisplayed() ? error.getText() : "";
    }

    /** Submits the open form with {@code reason} and waits for the gadget to load again. */
    private static void submitWith(String reason) {
        WebElement text = browser.find(GADGET + " .backstop-complaint-form textarea");
        text.clear();
        text.sendKeys(reason);
        browser.find(GADGET + " .backstop-complaint-submit").click();
        browser.waitFor(d -> !form().isDisplayed());
        ready();
    }

    private static String stateOf(String issue, String about) {
        JsonNode all = ok(department.client.get("admin", "rest/backstop/1.0/results/complaints?from=2026-11-01"
                + "&to=2026-11-30&include=unflagged"));
        for (JsonNode c : all.path("lane")) {
            if (c.path("issue").asText().equals(issue) && c.path("about").asText().equals(about)) {
                return "OPEN";
            }
        }
        return "NOT OPEN";
    }

    @Test
    @Order(1)
    void inEnglishTheHeadUnflagsAComplaintOnlyWithAReason() {
        dashboard("head", "en");
        assertThat(browser.find(GADGET + " h2").getText()).isEqualTo("Complaints");
        assertThat(browser.find(GADGET + " thead").getText()).contains("Issue", "Client", "About", "Flagged");
        assertThat(lane()).containsExactly(
                List.of("WEB-3", "Lyutik", "sidorova", "Mon 09:30, client (Complaint issue)", "Unflag Close"),
                List.of("WEB-1", "Romashka LLC", "ivanova", "Mon 10:00, operator", "Unflag Close"),
                List.of("WEB-2", "Vasilek", "petrova", "Mon 10:30, operator", "Unflag Close"),
                List.of("WEB-2", "Vasilek", "head", "Mon 11:00, head", ""));
        assertThat(browser.find(GADGET + " .backstop-complaints-log").getText())
                .contains("Unflagged and closed, with reasons", "Nothing was unflagged or closed in this period.");
        assertThat(browser.script("var g = arguments[0]; return g.scrollWidth <= g.clientWidth"
                + " && document.documentElement.scrollWidth <= document.documentElement.clientWidth",
                browser.find(GADGET))).as("the lane fits its box on a 1280 px wallboard").isEqualTo(true);

        button(".backstop-gadget-rows", "UNFLAG", "WEB-1").click();
        assertThat(form().isDisplayed()).isTrue();
        assertThat(browser.find(GADGET + " .backstop-complaint-form-title").getText())
                .isEqualTo("Unflag the complaint: WEB-1, Romashka LLC, about ivanova");
        assertThat(browser.find(GADGET + " .backstop-complaint-form-label").getText()).isEqualTo("Reason");
        browser.find(GADGET + " .backstop-complaint-submit").click();
        assertThat(reasonError()).isEqualTo("Say why: the director reads every unflag and close.");
        assertThat(stateOf("WEB-1", "ivanova")).as("nothing was sent").isEqualTo("OPEN");

        submitWith("A question about the order, not a complaint");

        assertThat(laneIssues()).containsExactly("WEB-3", "WEB-2", "WEB-2");
        assertThat(log()).containsExactly(List.of("Mon 12:00", "head", "unflagged",
                "A question about the order, not a complaint", "WEB-1, Romashka LLC, about ivanova"));
    }

    @Test
    @Order(2)
    void inRussianTheHeadClosesOneTheSameWay() {
        department.clockTo("2026-11-02T12:05");
        dashboard("head", "ru");
        assertThat(browser.find(GADGET + " h2").getText()).isEqualTo("Жалобы");
        assertThat(browser.find(GADGET + " thead").getText()).contains("Задача", "Клиент", "На кого", "Отмечена");
        assertThat(lane().get(0)).containsExactly("WEB-3", "Lyutik", "sidorova", "пн 09:30, client (задача-жалоба)",
                "Снять отметку Закрыть");

        button(".backstop-gadget-rows", "CLOSE", "WEB-3").click();
        assertThat(browser.find(GADGET + " .backstop-complaint-form-title").getText())
                .isEqualTo("Закрыть жалобу: WEB-3, Lyutik, на sidorova");
        assertThat(browser.find(GADGET + " .backstop-complaint-form-label").getText()).isEqualTo("Причина");
        browser.find(GADGET + " .backstop-complaint-form textarea").sendKeys("   ");
        browser.find(GADGET + " .backstop-complaint-submit").click();
        assertThat(reasonError()).isEqualTo("Укажите причину: директор читает каждое снятие отметки и закрытие.");
        browser.find(GADGET + " .backstop-complaint-cancel").click();
        assertThat(form().isDisplayed()).isFalse();
        assertThat(stateOf("WEB-3", "sidorova")).isEqualTo("OPEN");

        button(".backstop-gadget-rows", "CLOSE", "WEB-3").click();
        submitWith("Извинились, сайт поднят, клиент доволен");

        assertThat(laneIssues()).containsExactly("WEB-2", "WEB-2");
        assertThat(log().get(0)).containsExactly("пн 12:05", "head", "закрыта",
                "Извинились, сайт поднят, клиент доволен", "WEB-3, Lyutik, на sidorova");
        assertThat(browser.find(GADGET + " .backstop-complaints-log h3").getText())
                .isEqualTo("Снятые и закрытые, с причинами");
    }

    @Test
    @Order(3)
    void theDirectorReadsTheLogBringsBackWhatWasHushedAndClosesTheOneAboutTheHead() {
        department.clockTo("2026-11-02T12:10");
        dashboard("director", "en");
        assertThat(lane()).extracting(row -> row.get(4)).as("the director unflags or closes only the head's")
                .containsExactly("", "Unflag Close");
        assertThat(log()).extracting(row -> row.get(2)).containsExactly("closed", "unflagged");

        button(".backstop-complaints-log", "REOPEN", "WEB-1").click();
        assertThat(browser.find(GADGET + " .backstop-complaint-form-label").getText()).isEqualTo("Reason (optional)");
        submitWith("");
        assertThat(laneIssues()).containsExactly("WEB-1", "WEB-2", "WEB-2");
        assertThat(log()).as("the unflag stays in the log").hasSize(2);
        assertThat(browser.findAll(GADGET + " .backstop-complaints-log button")).as("reopened: nothing to reopen")
                .extracting(b -> b.getAttribute("data-issue")).containsExactly("WEB-3");

        department.clockTo("2026-11-02T12:15");
        button(".backstop-gadget-rows", "CLOSE", "WEB-2").click();
        assertThat(browser.find(GADGET + " .backstop-complaint-form-title").getText())
                .isEqualTo("Close the complaint: WEB-2, Vasilek, about head");
        submitWith("We called the client together");
        assertThat(lane()).extracting(row -> row.get(2)).containsExactly("ivanova", "petrova");
        assertThat(log().get(0)).containsExactly("Mon 12:15", "director", "closed", "We called the client together",
                "WEB-2, Vasilek, about head");
    }

    @Test
    @Order(4)
    void inRussianTheDirectorReadsTheSameLog() {
        dashboard("director", "ru");
        assertThat(log()).extracting(row -> row.get(2)).containsExactly("закрыта", "закрыта", "отметка снята");
        assertThat(log().get(2).get(3)).isEqualTo("A question about the order, not a complaint");
        assertThat(browser.find(GADGET + " .backstop-complaints-log thead").getText())
                .contains("Когда", "Кто", "Что сделано", "Причина", "Жалоба");
    }

    @Test
    @Order(5)
    void withNoDirectorTheHeadSeesTheComplaintsAboutHimWaitAndAManagerHasNoLane() {
        department.clockTo("2026-11-02T12:20");
        ok(department.client.post("operator", "rest/backstop/1.0/results/complaints", Map.of("issue", "WEB-1")));
        ok(department.client.post("head", "rest/backstop/1.0/results/complaints", Map.of("issue", "WEB-1",
                "about", "head")));
        settings(false);
        dashboard("head", "en");
        WebElement waiting = browser.find(GADGET + " [data-part='needs-director']");
        assertThat(waiting.findElement(By.tagName("h3")).getText()).isEqualTo("Waiting for a director");
        assertThat(waiting.findElements(By.tagName("li"))).extracting(WebElement::getText)
                .containsExactly("WEB-1, Romashka LLC, about head · Mon 12:20");

        browser.open(DASHBOARD + "?lang=ru");
        browser.waitReady("backstop-dashboard");
        ready();
        assertThat(browser.find(GADGET + " [data-part='needs-director'] h3").getText()).isEqualTo("Ждут директора");
        assertThat(browser.find(GADGET + " [data-part='needs-director'] li").getText())
                .isEqualTo("WEB-1, Romashka LLC, на head · пн 12:20");

        browser.login("ivanova");
        browser.open(DASHBOARD + "?lang=en");
        browser.waitReady("backstop-dashboard");
        assertThat(browser.findAll(GADGET)).isEmpty();
    }

    /** Adds a row to the settings' people with a name and a role picked by its label, as an administrator would. */
    private static void addPerson(String name, String roleLabel) {
        browser.find("#backstop-person-add").click();
        List<WebElement> names = browser.findAll("#backstop-people .backstop-person-name");
        names.get(names.size() - 1).sendKeys(name);
        List<WebElement> roles = browser.findAll("#backstop-people .backstop-person-role");
        new Select(roles.get(roles.size() - 1)).selectByVisibleText(roleLabel);
        browser.find("#backstop-settings-save").click();
        browser.waitFor(d -> {
            String state = browser.find("#backstop-settings").getAttribute("data-state");
            return "saved".equals(state) || "refused".equals(state);
        });
    }

    @Test
    @Order(6)
    void anAdministratorNamesTheDirectorInTheSettingsAndNoSecondOne() {
        browser.login("admin");
        browser.open("/plugins/servlet/backstop/admin?lang=ru");
        browser.waitReady("backstop-settings");
        addPerson("director", "Директор");
        assertThat(browser.find("#backstop-settings").getAttribute("data-state")).isEqualTo("saved");
        assertThat(ok(department.client.get("admin", "rest/backstop/1.0/people")))
                .extracting(p -> p.path("name").asText() + "/" + p.path("role").asText()).contains("director/DIRECTOR");

        addPerson("owner", "Директор");
        assertThat(browser.find("#backstop-settings").getAttribute("data-state")).isEqualTo("refused");
        assertThat(browser.find(".backstop-field-error").getAttribute("data-for")).isEqualTo("people[7].role");
        assertThat(ok(department.client.get("admin", "rest/backstop/1.0/people")).toString()).doesNotContain("owner");

        dashboard("head", "en");
        assertThat(browser.findAll(GADGET + " [data-part='needs-director']")).as("a director now closes them").isEmpty();
    }
}
