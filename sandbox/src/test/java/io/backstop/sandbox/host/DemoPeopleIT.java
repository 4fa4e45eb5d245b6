package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo department comes with a year of absences, a waiting request and newcomer progress worth looking at. */
class DemoPeopleIT {

    @TempDir
    Path data;

    @Test
    void theDemoDepartmentHasAYearOfAbsencesAndANewcomer() throws Exception {
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, false, null, 1, true))) {
            SandboxClient client = new SandboxClient(sandbox.url());
            JsonNode report = ok(client.get("head", "rest/backstop/1.0/reports/absences"));
            JsonNode year = report.path("periods").path("12");
            assertThat(year.path("plannedDays").asDouble()).isGreaterThan(10);
            assertThat(year.path("unplannedDays").asDouble()).isGreaterThan(10);
            assertThat(year.path("daysByKind").path("SICK").asDouble()).isPositive();
            assertThat(year.path("daysByKind").path("VACATION").asDouble()).isGreaterThan(30);
            assertThat(year.path("normHoursLost").asDouble()).isPositive();
            for (String manager : new String[] {"ivanova", "petrova"}) {
                JsonNode own = person(report, manager).path("periods").path("12");
                assertThat(own.path("plannedDays").asDouble()).as(manager + " planned").isPositive();
                assertThat(own.path("unplannedDays").asDouble()).as(manager + " unplanned").isPositive();
            }
            // the newcomer's driving school: afternoons, each a part of a day
            JsonNode study = person(report, "sidorova").path("periods").path("12");
            assertThat(study.path("daysByKind").path("STUDY").asDouble()).isBetween(1.0, 4.0);

            JsonNode requests = ok(client.get("head", "rest/backstop/1.0/absences/requests"));
            assertThat(requests.get(0).path("status").asText()).isEqualTo("REQUESTED");
            assertThat(requests.get(0).path("person").asText()).isEqualTo("sidorova");
            assertThat(requests.findValuesAsText("status")).contains("APPROVED");

            JsonNode plan = ok(client.get("head", "rest/backstop/1.0/onboarding/plan"));
            assertThat(plan.path("operations").get(0).path("timesDone").asLong()).isPositive();
            assertThat(plan.findValuesAsText("instruction"))
                    .contains("https://wiki.example.com/support/answering-questions");
            JsonNode newcomers = ok(client.get("head", "rest/backstop/1.0/onboarding/newcomers"));
            assertThat(newcomers.path("newcomers")).hasSize(1);
            JsonNode sidorova = newcomers.path("newcomers").get(0);
            assertThat(sidorova.path("person").asText()).isEqualTo("sidorova");
            assertThat(sidorova.path("operationsLearnt").asInt()).isPositive();
            assertThat(sidorova.path("months").size()).isEqualTo(3);
        }
    }

    private static JsonNode ok(SandboxClient.Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode person(JsonNode report, String name) {
        for (JsonNode p : report.path("people")) {
            if (p.path("person").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " not in " + report);
    }
}
