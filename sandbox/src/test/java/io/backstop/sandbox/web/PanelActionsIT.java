package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 16, point 4, by clicking, in English and in Russian: the issue panel's actions flag a complaint and log work
 * done for the client, writing what {@code POST results/complaints} and {@code POST results/operations} write, under
 * their rules: a manager's complaint is about the client's manager, only the head picks someone else; work is the
 * person's own, today. Bad input is refused at its field before anything is sent.
 */
class PanelActionsIT extends PanelActionsPages {

    @BeforeAll
    static void start() throws Exception {
        Browser.requireBrowser();
        department = Department.start(data);
        department.clockTo("2026-11-02T10:00");
        department.issue("WEB-1", "ivanova", "Romashka LLC", "Where is my order? Third time I ask.");
        department.issue("WEB-2", "petrova", "Vasilek", "Где счёт?");
        assertThat(department.client.post("admin", "rest/sandbox/1.0/issues", Map.of("key", "WEB-3",
                "owner", "ivanova", "summary", "An internal task")).status()).isEqualTo(201);
        department.clockTo("2026-11-02T10:30");
        browser = Browser.start(department.base(), profile, "en-US,en");
    }

    private static List<JsonNode> complaints() {
        List<JsonNode> lane = new ArrayList<>();
        rest("head", "results/complaints?from=2026-11-01&to=2026-11-30").path("lane").forEach(lane::add);
        return lane;
    }

    private static long earned(String person) {
        JsonNode people = rest("head", "results/norm-hours?from=2026-11-02&to=2026-11-02&person=" + person)
                .path("people");
        return people.isEmpty() ? 0 : people.get(0).path("total").path("earnedMinutes").asLong();
    }

    @Test
    void aManagerFlagsHerClientsComplaintAboutHerselfAndTheDigestCountsIt() {
        browser.login("ivanova");
        openIssue("WEB-1", "en");
        action("complaint");
        assertThat(browser.findAll("#backstop-act-complaint-about")).as("a manager names nobody else").isEmpty();
        assertThat(browser.find("#backstop-act-complaint-about-fixed").getText())
                .isEqualTo("The complaint will be about ivanova, the client's manager; the head or the director names"
                        + " someone else if it is about them.");
        type("backstop-act-complaint-comment", "Third time I ask where my order is.");

        assertThat(send("complaint")).isEqualTo("Complaint flagged, about ivanova. It stays in the head's lane until"
                + " the head closes it.");
        browser.waitFor(d -> "1".equals(d.findElement(By.id("backstop-digest-complaints")).getText()));
        assertThat(browser.find("#backstop-digest-warnings").getText()).containsIgnoringCase("Open complaint");
        JsonNode flagged = complaints().stream().filter(c -> c.path("issue").asText().equals("WEB-1")).findFirst()
                .orElseThrow();
        assertThat(flagged.path("about").asText()).isEqualTo("ivanova");
        assertThat(flagged.path("flaggedBy").asText()).isEqualTo("ivanova");
        assertThat(flagged.path("client").asText()).isEqualTo("Romashka LLC");
        assertThat(flagged.path("comment").asText()).isEqualTo("Third time I ask where my order is.");
        assertThat(browser.find("#backstop-act-complaint-comment").getAttribute("value")).as("the form is cleared")
                .isEmpty();
    }

    @Test
    void inRussianTheHeadPicksWhomTheComplaintIsAbout() {
        browser.login("head");
        openIssue("WEB-2", "ru");
        action("complaint");
        assertThat(chosen("backstop-act-complaint-about")).isEqualTo("petrova, менеджер клиента");
        choose("backstop-act-complaint-about", "sidorova (Менеджер по сопровождению)");
        type("backstop-act-complaint-comment", "Сколько можно ждать счёт?");

        assertThat(send("complaint")).isEqualTo("Жалоба отмечена, на sidorova. Она остаётся у руководителя, пока он"
                + " её не закроет.");
        JsonNode flagged = complaints().stream().filter(c -> c.path("issue").asText().equals("WEB-2")).findFirst()
                .orElseThrow();
        assertThat(flagged.path("about").asText()).isEqualTo("sidorova");
        assertThat(flagged.path("flaggedBy").asText()).isEqualTo("head");
        assertThat(chosen("backstop-act-complaint-about")).as("back to the client's manager")
                .isEqualTo("petrova, менеджер клиента");
    }

    @Test
    void aManagerLogsAMeetingWithTheClientAfterBadInputIsRefusedAtItsField() {
        browser.login("ivanova");
        openIssue("WEB-1", "en");
        action("work");
        long before = earned("ivanova");
        assertThat(browser.find("#backstop-act-work-form").getText()).contains("Today, as yours, for Romashka LLC.");
        type("backstop-act-work-count", "0");
        assertThat(send("work")).isEqualTo("Not saved: see the field marked above.");
        assertThat(errorAt("backstop-act-work-operation")).isEqualTo("Choose what was done.");
        assertThat(errorAt("backstop-act-work-count")).isEqualTo("A whole number from 1 to 1000.");
        assertThat(earned("ivanova")).isEqualTo(before);

        choose("backstop-act-work-operation", "Meet a client (in person or by video) (60 min)");
        type("backstop-act-work-count", "1");
        assertThat(errorAt("backstop-act-work-count")).as("typing clears the errors").isEmpty();
        assertThat(send("work")).isEqualTo("Logged: Meet a client (in person or by video) × 1. Today: 1 in all, 1 hr.");
        assertThat(earned("ivanova")).isEqualTo(before + 60);
    }

    @Test
    void inRussianTheOperatorLogsTwoCallsAndTheCallsComeFirst() {
        browser.login("operator");
        openIssue("WEB-2", "ru");
        action("work");
        long before = earned("operator");
        List<String> shown = new ArrayList<>();
        browser.findAll("#backstop-act-work-operation option").forEach(o -> shown.add(o.getText()));
        assertThat(shown.subList(0, 5)).containsExactly("Выберите…", "Входящий звонок (10 мин)",
                "Согласование стоимости и сроков мелкой работы (20 мин)", "Встреча с клиентом (лично или по видео) (60 мин)",
                "Передача работы в производство и проверка результата (15 мин)");
        choose("backstop-act-work-operation", "Входящий звонок (10 мин)");
        type("backstop-act-work-count", "2");

        assertThat(send("work")).isEqualTo("Записано: Входящий звонок × 2. За сегодня: 2 всего, 20 мин.");
        assertThat(earned("operator")).isEqualTo(before + 20);
    }

    @Test
    void anIssueWithoutAClientOffersOnlyWorkAndAnAdministratorOutsideTheDepartmentGetsNoActions() {
        browser.login("ivanova");
        openIssue("WEB-3", "en");
        for (String family : List.of("complaint", "offer", "dunning")) {
            assertThat(action(family).getText()).as(family)
                    .contains("This issue has no client, so there is nothing to record against one.");
        }
        assertThat(action("work").getText()).contains("Today, as yours (the issue has no client).");

        browser.login("admin");
        browser.open("/plugins/servlet/backstop/issue?key=WEB-1&lang=en");
        browser.waitReady("backstop-panel");
        assertThat(browser.findAll("#backstop-actions")).isEmpty();
    }
}
