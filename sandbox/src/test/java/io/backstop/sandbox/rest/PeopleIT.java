package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The absence report, part-day requests and the onboarding plan over HTTP: figures, who sees whose rows, CSV, the
 * head's decision, and bad input naming the field.
 */
class PeopleIT extends DepartmentIT {

    @BeforeAll
    static void startTheDepartment() throws Exception {
        Rest.Calls.ok(client.put("admin", BACKSTOP + "results/settings", Map.of(
                "hired", Map.of("sidorova", "2026-09-20"),
                "catalog", List.of(
                        Map.of("code", "client-question", "name", "Answer a client question", "minutes", 15,
                                "instruction", "https://wiki.example.com/questions"),
                        Map.of("code", "long-letter", "name", "Answer a long letter", "minutes", 60,
                                "instruction", "library:spec-questions"),
                        Map.of("code", "complaint-handling", "name", "Handle a complaint", "minutes", 30)))),
                "PUT results/settings");
        // October: ivanova sick Tue 27 - Thu 29 (recorded now, so unplanned), petrova's vacation in November
        // recorded on 2 November (after the 18 October deadline: unplanned).
        post("office", "absences", Map.of("person", "ivanova", "kind", "SICK",
                "from", Rest.at("2026-10-27T00:00"), "to", Rest.at("2026-10-30T00:00")));
        post("head", "absences", Map.of("person", "petrova", "kind", "VACATION",
                "from", Rest.at("2026-11-09T00:00"), "to", Rest.at("2026-11-14T00:00")));
        // work typed in names its client and lies on a day its person was present (issue 17): ivanova's on the
        // Monday before she fell ill
        post("sidorova", "results/operations",
                Map.of("day", "2026-10-01", "operation", "client-question", "count", 12, "client", "acme"));
        post("sidorova", "results/operations", Map.of("day", "2026-10-28", "operation", "long-letter", "count", 2,
                "client", "acme"));
        post("ivanova", "results/operations", Map.of("day", "2026-10-26", "operation", "client-question", "count", 30,
                "client", "acme"));
    }

    static JsonNode post(String user, String path, Object body) {
        return Rest.Calls.ok(client.post(user, BACKSTOP + path, body), "POST " + path + " as " + user);
    }

    @Test
    void theReportCountsWorkingDaysByKindAndWhetherTheyWerePlanned() {
        JsonNode report = calls.get("office", BACKSTOP + "reports/absences?month=2026-11");
        assertThat(report.path("from").asText()).isEqualTo("2025-12");
        assertThat(report.path("to").asText()).isEqualTo("2026-11");
        JsonNode ivanova = Rest.person(report, "ivanova");
        JsonNode october = ivanova.path("months").get(10);
        assertThat(october.path("month").asText()).isEqualTo("2026-10");
        assertThat(october.path("daysByKind").path("SICK").asDouble()).isEqualTo(3.0);
        assertThat(october.path("unplannedDays").asDouble()).isEqualTo(3.0);
        assertThat(october.path("normHoursLost").asDouble()).isEqualTo(24.0);
        assertThat(ivanova.path("periods").path("3").path("days").asDouble()).isEqualTo(3.0);
        JsonNode petrova = Rest.person(report, "petrova").path("months").get(11);
        // Monday 9 - Friday 13 November; Friday has 7 working hours, still one day
        assertThat(petrova.path("daysByKind").path("VACATION").asDouble()).isEqualTo(5.0);
        assertThat(petrova.path("plannedDays").asDouble()).isZero();
        assertThat(ivanova.path("periods").path("12").path("days").asDouble() + Rest.person(report, "petrova")
                .path("periods").path("12").path("daysByKind").path("VACATION").asDouble()).isEqualTo(8.0);
        assertThat(report.path("periods").path("12").path("days").asDouble()).isGreaterThanOrEqualTo(8.0);
    }

    @Test
    void aManagerSeesHerOwnRowsAndBadInputNamesTheField() {
        JsonNode own = calls.get("ivanova", BACKSTOP + "reports/absences?month=2026-10");
        assertThat(own.path("people")).hasSize(1);
        assertThat(own.path("people").get(0).path("person").asText()).isEqualTo("ivanova");
        assertThat(client.get("ivanova", BACKSTOP + "reports/absences?person=petrova").status()).isEqualTo(403);
        SandboxClient.Answer bad = client.get("head", BACKSTOP + "reports/absences?month=2026-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("month");
        assertThat(client.get("head", BACKSTOP + "reports/absences?format=xml").body().path("field").asText())
                .isEqualTo("format");
        assertThat(client.get("head", BACKSTOP + "onboarding/plan?asOf=yesterday").body().path("field").asText())
                .isEqualTo("asOf");
    }

    @Test
    void theReportComesAsCsv() throws Exception {
        HttpResponse<String> csv = Rest.raw(sandbox, "head", "reports/absences?month=2026-11&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("person,month,vacation_days,sick_days,time_off_days,study_days,days,"
                + "planned_days,unplanned_days,undated_days,absent_hours,norm_hours_lost");
        assertThat(lines).contains("ivanova,2026-10,0.0,3.0,0.0,0.0,3.0,0.0,3.0,0.0,24.0,24.0");
        assertThat(lines).hasSize(1 + 6 * 12);
    }

    @Test
    void aPartDayWaitsForTheHeadAndThenCountsAsAnAbsence() {
        JsonNode asked = post("sidorova", "absences/requests", Map.of("from", Rest.at("2026-11-10T15:00"),
                "to", Rest.at("2026-11-10T18:00"), "kind", "STUDY", "reason", "driving school"));
        assertThat(asked.path("status").asText()).isEqualTo("REQUESTED");
        assertThat(asked.path("person").asText()).isEqualTo("sidorova");
        String id = asked.path("id").asText();
        assertThat(client.post("sidorova", BACKSTOP + "absences/requests/" + id + "/approve", null).status())
                .isEqualTo(403);
        assertThat(Rest.field(calls.get("sidorova", BACKSTOP + "absences"), "id")).doesNotContain(id);
        assertThat(Rest.person(calls.get("head", BACKSTOP + "reports/absences?month=2026-11"), "sidorova")
                .path("months").get(11).path("days").asDouble()).isZero();

        JsonNode approved = post("head", "absences/requests/" + id + "/approve", null);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("decidedBy").asText()).isEqualTo("head");
        assertThat(Rest.field(calls.get("sidorova", BACKSTOP + "absences"), "id")).contains(id);
        JsonNode november = Rest.person(calls.get("head", BACKSTOP + "reports/absences?month=2026-11"), "sidorova")
                .path("months").get(11);
        assertThat(november.path("daysByKind").path("STUDY").asDouble()).isEqualTo(0.38); // 3 of 8 hours
        assertThat(november.path("normHoursLost").asDouble()).isEqualTo(1.5); // month 2: half a norm-hour an hour

        SandboxClient.Answer again = client.post("head", BACKSTOP + "absences/requests/" + id + "/refuse", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("field").asText()).isEqualTo("status"); // the state it found: APPROVED
        assertThat(Rest.field(calls.get("sidorova", BACKSTOP + "absences/requests"), "id")).containsExactly(id);
    }

    @Test
    void anApprovedRequestInForceHandsTheWaitingClientToTheDeputyAndAPendingOneDoesNot() {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue(Map.of("key", "WEB-71", "owner", "petrova", "summary", "Where is my report?",
                "client", "Vasilek"));
        JsonNode asked = post("petrova", "absences/requests", Map.of("from", Rest.at("2026-11-02T10:00"),
                "to", Rest.at("2026-11-02T18:00"), "reason", "a sick child"));
        calls.clockTo(Rest.at("2026-11-02T10:05"));
        assertThat(calls.issue("WEB-71").path("assignee").asText()).isEqualTo("petrova");

        post("head", "absences/requests/" + asked.path("id").asText() + "/approve", null);
        // petrova's deputies are sidorova, then ivanova: the first one present takes her waiting client
        assertThat(calls.issue("WEB-71").path("assignee").asText()).isEqualTo("sidorova");
    }

    @Test
    void aRequestNamesTheFieldItGotWrong() {
        SandboxClient.Answer noTo = client.post("ivanova", BACKSTOP + "absences/requests",
                Map.of("from", Rest.at("2026-11-10T15:00")));
        assertThat(noTo.status()).isEqualTo(400);
        assertThat(noTo.body().path("field").asText()).isEqualTo("to");
        SandboxClient.Answer backwards = client.post("ivanova", BACKSTOP + "absences/requests",
                Map.of("from", Rest.at("2026-11-10T15:00"), "to", Rest.at("2026-11-10T14:00")));
        assertThat(backwards.body().path("field").asText()).isEqualTo("to");
        SandboxClient.Answer kind = client.post("ivanova", BACKSTOP + "absences/requests",
                Map.of("from", Rest.at("2026-11-10T15:00"), "to", Rest.at("2026-11-10T18:00"), "kind", "NAP"));
        assertThat(kind.body().path("field").asText()).isEqualTo("kind");
        SandboxClient.Answer other = client.post("ivanova", BACKSTOP + "absences/requests",
                Map.of("person", "petrova", "from", Rest.at("2026-11-10T15:00"), "to", Rest.at("2026-11-10T18:00")));
        assertThat(other.status()).isEqualTo(403);
        assertThat(client.post("head", BACKSTOP + "absences/requests/x/approve", null).body().path("field").asText())
                .isEqualTo("id");
        assertThat(client.post("head", BACKSTOP + "absences/requests/99999/approve", null).status()).isEqualTo(404);
    }

    @Test
    void theLearningOrderAndTheNewcomersProgress() {
        JsonNode plan = calls.get("sidorova", BACKSTOP + "onboarding/plan?asOf=2026-11-02");
        assertThat(Rest.field(plan.path("operations"), "code"))
                .containsExactly("client-question", "long-letter", "complaint-handling");
        JsonNode first = plan.path("operations").get(0);
        assertThat(first.path("timesDone").asInt()).isEqualTo(42);
        assertThat(first.path("normHours").asDouble()).isEqualTo(10.5);
        assertThat(first.path("instruction").asText()).isEqualTo("https://wiki.example.com/questions");
        assertThat(plan.path("operations").get(1).path("instruction").asText()).isEqualTo("library:spec-questions");
        assertThat(plan.path("operations").get(2).path("instruction").isNull()).isTrue();

        JsonNode newcomers = calls.get("head", BACKSTOP + "onboarding/newcomers?asOf=2026-11-02");
        assertThat(Rest.field(newcomers.path("newcomers"), "person")).containsExactly("sidorova");
        JsonNode sidorova = newcomers.path("newcomers").get(0);
        assertThat(sidorova.path("monthOfService").asInt()).isEqualTo(2);
        assertThat(sidorova.path("operationsLearnt").asInt()).isEqualTo(2);
        assertThat(sidorova.path("done").path("complaint-handling").asInt()).isZero();
        JsonNode month1 = sidorova.path("months").get(0);
        assertThat(month1.path("earnedNormHours").asDouble()).isEqualTo(3.0);
        assertThat(month1.path("presentHours").asDouble()).isGreaterThan(100);
        assertThat(month1.path("hoursPerNormHour").asDouble())
                .isCloseTo(month1.path("presentHours").asDouble() / 3.0, within(0.01));
        assertThat(month1.path("expectedHoursPerNormHour").asDouble()).isEqualTo(2.0);
        assertThat(sidorova.path("targetHoursPerNormHour").asDouble()).isEqualTo(1.0);

        assertThat(calls.get("ivanova", BACKSTOP + "onboarding/newcomers").path("newcomers")).isEmpty();
        assertThat(client.get("ivanova", BACKSTOP + "onboarding/newcomers?person=sidorova").status()).isEqualTo(403);
    }

    @Test
    void anInstructionIsAWebPageOrALibraryEntry() {
        SandboxClient.Answer bad = client.put("admin", BACKSTOP + "results/settings", Map.of("catalog", List.of(
                Map.of("code", "client-question", "name", "Answer", "minutes", 15, "instruction", "wiki/page"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("field").asText()).isEqualTo("catalog[0].instruction");
    }
}
