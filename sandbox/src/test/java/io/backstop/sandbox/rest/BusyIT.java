package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "I'm busy until ..." over REST ({@code POST absences} with kind BUSY), on Monday 2 November from 10:00: one marks
 * only oneself (the head, the office manager and administrators anyone), from now or later, at most one working day
 * ahead, with no approval; busy time joins busy time it overlaps; ending it early brings the work back; it is no
 * absence in the report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BusyIT extends DepartmentIT {

    @BeforeAll
    static void mondayMorning() {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
    }

    private static SandboxClient.Answer busy(String user, Map<String, ?> body) {
        return client.post(user, BACKSTOP + "absences", body);
    }

    private static Map<String, Object> busyTo(String to, Object... more) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "BUSY", "to", Rest.at(to)));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static void refused(SandboxClient.Answer answer, int status, String field) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
        if (field != null) {
            assertThat(answer.body().path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    @Order(1)
    void oneMarksOnlyOneselfBusyAndTheKeepersAnyone() {
        refused(busy("ivanova", busyTo("2026-11-02T11:00", "person", "petrova")), 403, null);
        refused(busy("operator", busyTo("2026-11-02T11:00", "person", "ivanova")), 403, null);
        SandboxClient.Answer own = busy("ivanova", busyTo("2026-11-02T11:00"));
        assertThat(own.status()).as(String.valueOf(own.body())).isEqualTo(201);
        assertThat(own.body().path("person").asText()).isEqualTo("ivanova");
        assertThat(own.body().path("kind").asText()).isEqualTo("BUSY");
        assertThat(own.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(Rest.parseInstant(own.body().path("from").asText())).isEqualTo(Rest.parseInstant(
                Rest.at("2026-11-02T10:00")));
        SandboxClient.Answer office = busy("office", busyTo("2026-11-02T12:00", "person", "sidorova"));
        assertThat(office.status()).isEqualTo(201);
        refused(client.delete("petrova", BACKSTOP + "absences/" + office.body().path("id").asText()), 403, null);
        assertThat(client.delete("sidorova", BACKSTOP + "absences/" + office.body().path("id").asText()).status())
                .isEqualTo(204);
    }

    @Test
    @Order(2)
    void fromNowOrLaterAndAtMostOneWorkingDayAhead() {
        refused(busy("petrova", busyTo("2026-11-02T11:00", "from", Rest.at("2026-11-02T09:59"))), 400, "from");
        refused(busy("petrova", Map.of("kind", "BUSY")), 400, "to");
        refused(busy("petrova", busyTo("2026-11-02T10:00")), 400, "to");
        refused(busy("petrova", busyTo("2026-11-02T11:00", "from", Rest.at("2026-11-02T11:30"))), 400, "to");
        // Monday 10:00 + one working day (8 hours) is Tuesday 10:00, for the head as for anyone
        refused(busy("petrova", busyTo("2026-11-03T10:01")), 400, "to");
        refused(busy("head", busyTo("2026-11-03T10:01", "person", "petrova")), 400, "to");
        refused(busy("petrova", Map.of("kind", "BUSY", "until", "2026-11-02")), 400, "until");
        SandboxClient.Answer longest = busy("petrova", busyTo("2026-11-03T10:00", "from", Rest.at("2026-11-03T09:00")));
        assertThat(longest.status()).as(String.valueOf(longest.body())).isEqualTo(201);
        assertThat(client.delete("petrova", BACKSTOP + "absences/" + longest.body().path("id").asText()).status())
                .isEqualTo(204);
    }

    @Test
    @Order(3)
    void busyTimeNeedsNoApprovalAndIsNoOwnAbsence() {
        ObjectNode strict = Rest.department().deepCopy();
        strict.put("ownAbsenceDays", 0);
        calls.putSettings(strict);
        try {
            SandboxClient.Answer marked = busy("sidorova", busyTo("2026-11-02T18:00"));
            assertThat(marked.status()).as("no request for the head: " + marked.body()).isEqualTo(201);
        } finally {
            calls.putSettings(Rest.department());
        }
        // three working days of time off (Tue, Thu, Fri) touching her busy Monday stay three: recorded at once
        SandboxClient.Answer off = busy("sidorova", Map.of("person", "sidorova", "kind", "TIME_OFF",
                "from", Rest.at("2026-11-02T18:00"), "to", Rest.at("2026-11-07T00:00")));
        assertThat(off.status()).as(String.valueOf(off.body())).isEqualTo(201);
        refused(client.post("sidorova", BACKSTOP + "absences/requests", Map.of("kind", "BUSY",
                "from", Rest.at("2026-11-02T15:00"), "to", Rest.at("2026-11-02T16:00"))), 400, "kind");
    }

    @Test
    @Order(4)
    void busyTimeThatOverlapsBusyTimeJoinsIt() {
        String id = busyId("ivanova");
        SandboxClient.Answer longer = busy("ivanova", busyTo("2026-11-02T12:00", "from", Rest.at("2026-11-02T10:30")));
        assertThat(longer.status()).as(String.valueOf(longer.body())).isEqualTo(200);
        assertThat(longer.body().path("id").asText()).isEqualTo(id);
        assertThat(Rest.parseInstant(longer.body().path("to").asText()))
                .isEqualTo(Rest.parseInstant(Rest.at("2026-11-02T12:00")));
        JsonNode state = calls.get("ivanova", BACKSTOP + "absences/busy");
        assertThat(state.path("busy").path("id").asText()).isEqualTo(id);
        assertThat(state.path("coveredBy").asText()).isEqualTo("operator");
        assertThat(Rest.instant(state.path("latestEnd"))).isEqualTo(Rest.parseInstant(Rest.at("2026-11-03T10:00")));
        assertThat(Rest.instant(state.path("endOfToday"))).isEqualTo(Rest.parseInstant(Rest.at("2026-11-02T18:00")));
        assertThat(calls.get("petrova", BACKSTOP + "absences/busy").path("busy").isNull()).isTrue();
        JsonNode ivanova = person(calls.get("petrova", BACKSTOP + "people"), "ivanova");
        assertThat(ivanova.path("absentNow").asBoolean()).isTrue();
        assertThat(ivanova.path("busyNow").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void aMessageGoesPastTheDeputyAndEndingBusyTimeEarlyBringsItBack() {
        calls.clockTo(Rest.at("2026-11-02T10:10"));
        calls.createIssue("WEB-1", "ivanova");
        assertThat(calls.sla("WEB-1").path("assignee").asText()).as("not her deputy petrova").isEqualTo("operator");
        assertThat(client.delete("ivanova", BACKSTOP + "absences/" + busyId("ivanova")).status()).isEqualTo(204);
        JsonNode sla = calls.sla("WEB-1");
        assertThat(sla.path("assignee").asText()).isEqualTo("ivanova");
        List<String> reasons = new ArrayList<>();
        sla.path("timeline").forEach(e -> reasons.add(e.path("reason").asText()));
        assertThat(reasons).containsSubsequence("ABSENCE", "RETURN");
    }

    @Test
    @Order(6)
    void theAbsenceReportLeavesBusyTimeOut() throws Exception {
        busy("petrova", busyTo("2026-11-02T11:10"));
        calls.clockTo(Rest.at("2026-11-02T12:00"));
        JsonNode report = calls.get("head", BACKSTOP + "reports/absences?month=2026-11&person=petrova");
        JsonNode november = report.path("people").get(0).path("months").get(11);
        assertThat(november.path("days").asDouble()).isZero();
        assertThat(november.path("absentHours").asDouble()).isZero();
        assertThat(november.path("normHoursLost").asDouble()).isZero();
        List<String> kinds = new ArrayList<>();
        november.path("daysByKind").fieldNames().forEachRemaining(kinds::add);
        assertThat(kinds).containsExactly("VACATION", "SICK", "TIME_OFF", "STUDY");
        String csv = Rest.raw(sandbox, "head", "reports/absences?month=2026-11&format=csv").body();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("person,month,vacation_days,sick_days,"
                + "time_off_days,study_days,days,planned_days,unplanned_days,undated_days,absent_hours,norm_hours_lost");
        assertThat(Rest.field(calls.get("head", BACKSTOP + "absences"), "kind")).contains("BUSY");
    }

    private static String busyId(String person) {
        for (JsonNode a : calls.get("head", BACKSTOP + "absences")) {
            if (a.path("person").asText().equals(person) && a.path("kind").asText().equals("BUSY")) {
                return a.path("id").asText();
            }
        }
        throw new AssertionError("no busy time of " + person);
    }

    private static JsonNode person(JsonNode people, String name) {
        for (JsonNode p : people) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " not in " + people);
    }
}
