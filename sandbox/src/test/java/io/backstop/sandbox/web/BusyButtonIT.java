package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "I'm busy until ..." in a browser, on a manual clock: a manager at a meeting clicks "1 hour" on the issue panel (in
 * Russian) or on the queue page (in English); her client's next message goes to the operator, not to her deputy;
 * "I'm back", or the hour running out, brings it back; and the absence report shows no busy hour.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BusyButtonIT extends BrowserPages {

    private static final String REST = "rest/backstop/1.0/";

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        // a real absence to compare with: ivanova was sick for three days in October
        assertThat(department.client.post("office", REST + "absences", Map.of("person", "ivanova", "kind", "SICK",
                "from", "2026-10-27T00:00:00+03:00", "to", "2026-10-30T00:00:00+03:00")).status()).isEqualTo(201);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order?");
        department.issue("WEB-2", "petrova", "Lyutik LLC", "An invoice, please");
        department.clockTo("2026-11-02T10:05");
        department.comment("WEB-1", "ivanova", "Looking into it.");
        department.comment("WEB-2", "petrova", "It is on its way.");
        browser = Browser.start(department.base(), profile, "ru-RU,ru");
    }

    private static void waitBusy(String state) {
        browser.waitFor(d -> state.equals(browser.find("#backstop-busy").getAttribute("data-state")));
    }

    private static String assignee(String key) {
        return department.client.get("admin", REST + "issues/" + key + "/sla").body().path("assignee").asText();
    }

    private static List<String> reasons(String key) {
        List<String> reasons = new ArrayList<>();
        department.client.get("admin", REST + "issues/" + key + "/sla").body().path("timeline")
                .forEach(e -> reasons.add(e.path("reason").asText() + ":" + e.path("to").asText()));
        return reasons;
    }

    @Test
    @Order(1)
    void aManagerAtAMeetingClicksOneHourInRussianAndIsBackBeforeIt() throws Exception {
        browser.login("ivanova");
        browser.open("/plugins/servlet/backstop/issue?key=WEB-1");
        browser.waitReady("backstop-panel");
        waitBusy("idle");
        assertThat(browser.find("#backstop-busy .backstop-busy-label").getText()).isEqualTo("Я занят(а):");
        assertThat(browser.find("#backstop-busy-1h").getText()).isEqualTo("1 час");
        assertThat(browser.find("#backstop-busy-2h").getText()).isEqualTo("2 часа");
        assertThat(browser.find("#backstop-busy-eod").getText()).isEqualTo("до конца дня");

        browser.find("#backstop-busy-1h").click();
        waitBusy("busy");
        assertThat(browser.find("#backstop-busy-status").getText())
                .isEqualTo("Вы заняты до 11:05 — новые сообщения получает operator");
        assertThat(browser.find("#backstop-busy-back").getText()).isEqualTo("Я на месте");
        browser.screenshot("busy-panel-ru");

        department.clockTo("2026-11-02T10:20");
        department.comment("WEB-1", "client", "Any news?");
        assertThat(assignee("WEB-1")).as("the operator, not her deputy petrova").isEqualTo("operator");
        browser.open("/plugins/servlet/backstop/issue?key=WEB-1");
        browser.waitReady("backstop-panel");
        waitBusy("busy");
        assertThat(browser.find("#backstop-panel-assignee").getText()).isEqualTo("operator");

        browser.find("#backstop-busy-back").click();
        waitBusy("idle");
        assertThat(assignee("WEB-1")).isEqualTo("ivanova");
        assertThat(reasons("WEB-1")).containsSubsequence("ABSENCE:operator", "RETURN:ivanova");
        JsonNode absences = department.client.get("head", REST + "absences").body();
        assertThat(absences.findValuesAsText("kind")).doesNotContain("BUSY");
    }

    @Test
    @Order(2)
    void aManagerClicksOneHourInEnglishOnTheQueueAndTheHourRunsOut() throws Exception {
        browser.login("petrova");
        browser.open("/plugins/servlet/backstop/queue?lang=en");
        browser.waitReady("backstop-queue");
        waitBusy("idle");
        browser.screenshot("busy-queue-en");
        assertThat(browser.find("#backstop-busy-1h").getText()).isEqualTo("1 hour");
        browser.find("#backstop-busy-1h").click();
        waitBusy("busy");
        assertThat(browser.find("#backstop-busy-status").getText())
                .isEqualTo("Busy until 11:20 AM — new messages go to operator");
        assertThat(browser.find("#backstop-busy-back").getText()).isEqualTo("I'm back");

        department.clockTo("2026-11-02T10:30");
        department.comment("WEB-2", "client", "Still nothing.");
        assertThat(assignee("WEB-2")).as("the operator, not her deputy sidorova").isEqualTo("operator");
        department.clockTo("2026-11-02T11:30"); // the hour has run out: the watcher hands WEB-2 back
        assertThat(assignee("WEB-2")).isEqualTo("petrova");
        assertThat(reasons("WEB-2")).containsSubsequence("ABSENCE:operator", "RETURN:petrova");
        browser.open("/plugins/servlet/backstop/queue");
        browser.waitReady("backstop-queue");
        waitBusy("idle");
    }

    @Test
    @Order(3)
    void aPickedTimeAndTheAbsenceReportShowsNoBusyHour() {
        browser.script("arguments[0].value = arguments[1]", browser.find("#backstop-busy-time"), "15:30");
        browser.find("#backstop-busy-until").click();
        waitBusy("busy");
        assertThat(browser.find("#backstop-busy-status").getText())
                .isEqualTo("Busy until 3:30 PM — new messages go to operator");
        browser.find("#backstop-busy-back").click();
        waitBusy("idle");

        // petrova's hour (10:20-11:20) is stored, and no absence: the report and its gadget leave it out
        JsonNode stored = department.client.get("head", REST + "absences").body();
        assertThat(stored.findValuesAsText("kind")).containsExactlyInAnyOrder("SICK", "BUSY");
        JsonNode report = department.client.get("head", REST + "reports/absences?month=2026-11&person=petrova").body();
        JsonNode november = report.path("people").get(0).path("months").get(11);
        assertThat(november.path("days").asDouble()).isZero();
        assertThat(november.path("normHoursLost").asDouble()).isZero();
        assertThat(november.path("daysByKind").has("BUSY")).isFalse();

        browser.login("head");
        browser.open("/plugins/servlet/backstop/dashboard");
        browser.waitReady("backstop-dashboard");
        browser.waitFor(d -> "ready".equals(browser.find("#backstop-gadget-absences").getAttribute("data-state")));
        @SuppressWarnings("unchecked")
        List<String> people = (List<String>) browser.script("return Array.prototype.map.call(document"
                + ".querySelectorAll('#backstop-gadget-absences tbody tr'), function (r) {"
                + " return r.cells[0].textContent.trim(); })");
        assertThat(people).containsExactly("ivanova");
    }
}
