package io.backstop.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The forecast and a what-if over REST: one recorded week replayed with a longer threshold; bad input is a 400. */
class ForecastIT extends DepartmentIT {

    @BeforeAll
    static void aWeekWithTwoLateReplies() throws Exception {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue("WEB-1", "ivanova");
        calls.createIssue("WEB-2", "petrova");
        calls.clockTo(Rest.at("2026-11-02T10:30"));
        calls.comment("WEB-1", "ivanova", false);
        calls.clockTo(Rest.at("2026-11-02T12:30"));
        calls.comment("WEB-2", "petrova", false);
        calls.createIssue("WEB-3", "sidorova");
        calls.clockTo(Rest.at("2026-11-02T16:30"));
        calls.comment("WEB-3", "sidorova", false);
        calls.clockTo(Rest.at("2026-11-09T09:00"));
        calls.settle();
    }

    @Test
    void aLongerThresholdReplaysTheWeekWithoutItsBreaches() {
        JsonNode answer = Rest.Calls.ok(client.post("head", Rest.BACKSTOP + "forecast/what-if", Map.of(
                "from", "2026-11-02", "to", "2026-11-06", "change", "threshold", "respondWithin", "PT4H")), "what-if");
        assertThat(answer.get("actual").get("replies").asInt()).isEqualTo(3);
        assertThat(answer.get("actual").get("breaches").asInt()).isEqualTo(2);
        assertThat(answer.get("actual").get("reassignments").get("BREACH").asInt()).isEqualTo(2);
        // WEB-1 waited 30 minutes, WEB-2 2.5 hours, WEB-3 3 hours of working time (13:00-14:00 is lunch)
        assertThat(answer.get("actual").get("medianWaitSeconds").asLong()).isEqualTo(9000);
        assertThat(answer.get("actual").get("p90WaitSeconds").asLong()).isEqualTo(10800);
        assertThat(answer.get("changed").get("breaches").asInt()).isZero();
        assertThat(answer.get("changed").get("medianWaitSeconds").asLong()).isEqualTo(9000);
        // the audit agrees with the recorded side
        assertThat(Rest.Calls.ok(client.get("head", Rest.BACKSTOP + "breaches"), "breaches").size()).isEqualTo(2);
    }

    @Test
    void anotherOperatorAndAnExtraManagerAnswerSideBySide() {
        JsonNode operator = Rest.Calls.ok(client.post("admin", Rest.BACKSTOP + "forecast/what-if", Map.of(
                "from", "2026-11-02", "to", "2026-11-06", "change", "operator", "person", "office")), "operator");
        assertThat(operator.get("changed").get("breaches").asInt()).isEqualTo(2);
        JsonNode manager = Rest.Calls.ok(client.post("head", Rest.BACKSTOP + "forecast/what-if", Map.of(
                "from", "2026-11-02", "to", "2026-11-06", "change", "manager")), "manager");
        assertThat(manager.get("movedIssues").asInt()).isZero();
    }

    @Test
    void theForecastHasOneRowPerWeekWithCapacity() {
        JsonNode answer = Rest.Calls.ok(client.get("head", Rest.BACKSTOP + "forecast?weeks=3"), "forecast");
        assertThat(answer.get("firstWeek").asText()).isEqualTo("2026-11-09");
        assertThat(answer.get("weeks")).hasSize(3);
        // four people plan client work (operator and three managers); nobody is away: 39 hours each in a week
        assertThat(answer.get("people")).hasSize(4);
        assertThat(answer.get("people").get(0).get("presentHours").get(0).asDouble()).isEqualTo(39.0);
        assertThat(answer.get("weeks").get(0).get("capacity").asDouble()).isGreaterThan(0);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("forecast?weeks=abc", null, "weeks"),
                Arguments.of("forecast?weeks=0", null, "weeks"),
                Arguments.of("forecast?weeks=27", null, "weeks"),
                Arguments.of("forecast/what-if", Map.of("respondWithin", "PT4H"), "change"),
                Arguments.of("forecast/what-if", Map.of("change", "fire-everyone"), "change"),
                Arguments.of("forecast/what-if", Map.of("change", "threshold"), "respondWithin"),
                Arguments.of("forecast/what-if", Map.of("change", "threshold", "respondWithin", "4 hourz"), "respondWithin"),
                Arguments.of("forecast/what-if", Map.of("change", "threshold", "respondWithin", "PT0S"), "respondWithin"),
                Arguments.of("forecast/what-if", Map.of("change", "threshold", "respondWithin", "PT4H",
                        "queueAfter", "-PT1H"), "queueAfter"),
                Arguments.of("forecast/what-if", Map.of("change", "operator"), "person"),
                Arguments.of("forecast/what-if", Map.of("change", "operator", "person", "head"), "person"),
                Arguments.of("forecast/what-if", Map.of("change", "manager", "name", "ivanova"), "name"),
                Arguments.of("forecast/what-if", Map.of("change", "manager", "from", "2026-11-06", "to", "2026-11-02"), "to"),
                Arguments.of("forecast/what-if", Map.of("change", "manager", "from", "2026-02-30"), "from"),
                Arguments.of("forecast/what-if", Map.of("change", "manager", "from", "2026-12-01", "to", "2026-12-02"), "from"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsA400NamingTheField(String path, Map<String, ?> body, String field) {
        SandboxClient.Answer answer = body == null ? client.get("head", Rest.BACKSTOP + path)
                : client.post("head", Rest.BACKSTOP + path, body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.body().get("field").asText()).isEqualTo(field);
    }
}
