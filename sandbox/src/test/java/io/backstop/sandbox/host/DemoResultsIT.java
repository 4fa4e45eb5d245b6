package io.backstop.sandbox.host;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo department comes with results worth looking at. */
class DemoResultsIT {

    @TempDir
    Path data;

    @Test
    void theDemoDepartmentHasResults() throws Exception {
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, false, null, 1, true))) {
            SandboxClient client = new SandboxClient(sandbox.url());
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
            String period = "?from=" + today.minusDays(13) + "&to=" + today.minusDays(1);

            JsonNode norms = ok(client.get("head", "rest/backstop/1.0/results/norm-hours" + period));
            assertThat(person(norms, "sidorova").path("verdict").asText()).as(person(norms, "sidorova").path("total").toString() + person(norms, "ivanova").path("total") + person(norms, "petrova").path("total")).isEqualTo("BELOW");
            assertThat(person(norms, "sidorova").path("monthOfService").asInt()).isEqualTo(3);
            assertThat(person(norms, "ivanova").path("verdict").asText()).isIn("WITHIN", "ABOVE");
            assertThat(person(norms, "petrova").path("verdict").asText()).isIn("WITHIN", "ABOVE");

            JsonNode debtors = ok(client.get("head", "rest/backstop/1.0/results/debtors"
                    + "?from=" + today.minusDays(30) + "&to=" + today));
            JsonNode first = debtors.path("debtors").get(0);
            assertThat(first.path("aging").path("overdueKopecks").path("61-90").asLong()).isEqualTo(760_000_00L);
            assertThat(first.path("escalation").path("level").asText()).isEqualTo("DIRECTOR");
            assertThat(debtors.path("debtors").size()).isGreaterThan(3);
            assertThat(debtors.path("dso").isNumber()).isTrue();

            JsonNode upsells = ok(client.get("head", "rest/backstop/1.0/results/upsells"
                    + "?from=" + today.minusDays(20) + "&to=" + today));
            assertThat(upsells.path("people").size()).isEqualTo(3);
            JsonNode campaign = ok(client.get("head", "rest/backstop/1.0/results/campaigns/direct-after-seo"));
            assertThat(campaign.path("calls").size()).isPositive();

            JsonNode complaints = ok(client.get("head", "rest/backstop/1.0/results/complaints"
                    + "?from=" + today.minusDays(20) + "&to=" + today));
            assertThat(complaints.path("lane")).hasSize(1);
            assertThat(complaints.path("lane").get(0).path("about").asText()).isEqualTo("petrova");
            assertThat(complaints.path("counts").path("ivanova").asInt()).isEqualTo(1);

            JsonNode scorecard = ok(client.get("head", "rest/backstop/1.0/results/scorecard"));
            assertThat(scorecard.path("people").size()).isEqualTo(4);
            JsonNode hotspots = ok(client.get("head", "rest/backstop/1.0/results/hotspots" + period));
            assertThat(hotspots.path("operations").get(0).path("share").asDouble()).isPositive();

            JsonNode dunning = ok(client.get("head", "rest/backstop/1.0/results/dunning"));
            assertThat(dunning.path("steps").toString()).contains("PENDING").contains("CLAIM_LETTER");
            JsonNode loto = ok(client.get("head", "rest/backstop/1.0/results/loto-cards"));
            assertThat(loto.path("managers").size()).isGreaterThanOrEqualTo(3);
            JsonNode cheap = ok(client.get("head", "rest/backstop/1.0/results/cheap-orders"));
            assertThat(cheap.path("orders").get(0).path("normHoursPerThousandRoubles").asDouble()).isGreaterThan(0.5);
            // sixty weeks of history: every week ahead has its week a year ago; the pre-New-Year rush does not fit
            JsonNode forecast = ok(client.get("head", "rest/backstop/1.0/forecast?weeks=8"));
            assertThat(forecast.path("trend").asDouble()).isBetween(0.7, 1.4); // clamped to [0.5, 2]; about 1.1-1.2 in late November
            assertThat(forecast.path("people")).hasSize(4);
            for (JsonNode week : forecast.path("weeks")) {
                assertThat(week.path("basis").asText()).isEqualTo("SEASONAL");
                LocalDate monday = LocalDate.parse(week.path("week").asText());
                int yearAgo = io.backstop.core.forecast.LoadForecast.yearBefore(monday)
                        .get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                if (yearAgo >= 48 && yearAgo <= 51) {
                    assertThat(week.path("flagged").asBoolean()).as(week.toString()).isTrue();
                    assertThat(week.path("operatorHours").asDouble()).isPositive();
                }
            }
            JsonNode whatIf = ok(client.post("head", "rest/backstop/1.0/forecast/what-if",
                    java.util.Map.of("change", "manager", "from", today.minusDays(20).toString())));
            assertThat(whatIf.path("actual").path("replies").asInt()).isPositive();
            assertThat(whatIf.path("movedIssues").asInt()).isPositive();
            assertThat(whatIf.path("changed").path("medianWaitSeconds").asLong())
                    .isLessThanOrEqualTo(whatIf.path("actual").path("medianWaitSeconds").asLong());
        }
    }

    private static JsonNode ok(SandboxClient.Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode person(JsonNode view, String name) {
        for (JsonNode p : view.path("people")) {
            if (p.path("person").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError(name + " not in " + view);
    }
}
