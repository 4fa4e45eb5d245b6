package io.backstop.app.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.replay.EventType;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.Scenario;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.InvalidFieldException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The worked example of sla-semantics.md. */
    static final String WORKED_EXAMPLE = """
            {
              "start": "2026-11-02T08:00:00+03:00",
              "until": "2026-11-02T16:00:00+03:00",
              "tick": "PT5M",
              "calendar": { "zone": "Europe/Moscow", "week": { "MON": ["09:00-18:00"] }, "holidays": ["2026-11-04"] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "goals": [ { "issueTypes": ["Complaint"], "respondWithin": "PT2H", "queueAfter": "PT0M" } ],
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER" }
              ],
              "absences": [ { "person": "ivanova", "from": "2026-11-02T12:00:00+03:00",
                              "to": "2026-11-02T14:00:00+03:00", "kind": "SICK" } ],
              "events": [
                { "at": "2026-11-02T10:00:00+03:00", "type": "CREATED", "issue": "WEB-1", "owner": "ivanova" },
                { "at": "2026-11-02T11:30:00+03:00", "type": "STAFF_REPLY", "issue": "WEB-1", "by": "operator" },
                { "at": "2026-11-02T12:30:00+03:00", "type": "CLIENT_MESSAGE", "issue": "WEB-1" }
              ]
            }
            """;

    @Test
    void readsEveryPartOfAScenario() {
        Scenario scenario = ScenarioJson.read(WORKED_EXAMPLE);

        assertThat(scenario.start()).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
        assertThat(scenario.tick()).isEqualTo(Duration.ofMinutes(5));
        assertThat(scenario.calendar().week().get(DayOfWeek.MONDAY)).hasToString("[09:00-18:00]");
        assertThat(scenario.calendar().holidays()).containsExactly(LocalDate.of(2026, 11, 4));
        assertThat(scenario.policy().goalFor("Complaint", null).respondWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(scenario.policy().goalFor("Client request", null).respondWithin()).isEqualTo(Duration.ofHours(1));
        assertThat(scenario.people()).extracting(p -> p.name()).containsExactly("head", "operator", "ivanova", "petrova");
        assertThat(scenario.people().get(2).deputies()).containsExactly("petrova");
        assertThat(scenario.absences().get(0).kind()).isEqualTo(AbsenceKind.SICK);
        assertThat(scenario.events()).extracting(e -> e.type())
                .containsExactly(EventType.CREATED, EventType.STAFF_REPLY, EventType.CLIENT_MESSAGE);
        assertThat(scenario.events().get(1).by()).isEqualTo("operator");
    }

    @Test
    void writesTheResultShapeOfTheSpec() throws Exception {
        Scenario scenario = ScenarioJson.read(WORKED_EXAMPLE);
        JsonNode result = MAPPER.readTree(ScenarioJson.write(Replay.run(scenario), scenario.calendar().zone()));

        assertThat(result.get("reassignments")).hasSize(5);
        assertThat(result.get("reassignments").get(0).toString()).isEqualTo(
                "{\"at\":\"2026-11-02T11:00:00+03:00\",\"issue\":\"WEB-1\",\"from\":\"ivanova\","
                        + "\"to\":\"operator\",\"reason\":\"BREACH\"}");
        assertThat(result.get("breaches").get(1).toString()).isEqualTo(
                "{\"issue\":\"WEB-1\",\"awaitingSince\":\"2026-11-02T12:30:00+03:00\","
                        + "\"due\":\"2026-11-02T13:30:00+03:00\",\"detectedAt\":\"2026-11-02T13:30:00+03:00\","
                        + "\"heldBy\":\"petrova\"}");
        assertThat(result.get("replies").get(0).toString()).isEqualTo(
                "{\"issue\":\"WEB-1\",\"awaitingSince\":\"2026-11-02T10:00:00+03:00\","
                        + "\"repliedAt\":\"2026-11-02T11:30:00+03:00\",\"by\":\"operator\","
                        + "\"workingSeconds\":5400,\"onTime\":false}");
        assertThat(result.get("queue").toString()).isEqualTo(
                "[{\"issue\":\"WEB-1\",\"awaitingSince\":\"2026-11-02T12:30:00+03:00\","
                        + "\"due\":\"2026-11-02T13:30:00+03:00\",\"assignee\":\"ivanova\"}]");
    }

    @Test
    void optionalPartsHaveDefaults() {
        Scenario scenario = ScenarioJson.read(edit(root -> {
            root.remove("tick");
            root.remove("goals");
            root.remove("absences");
            ((ObjectNode) root.get("policy")).remove("returnToOwner");
            ((ObjectNode) root.get("calendar")).remove("holidays");
        }));

        assertThat(scenario.tick()).isEqualTo(ScenarioJson.DEFAULT_TICK);
        assertThat(scenario.policy().returnToOwner()).isTrue();
        assertThat(scenario.policy().overrides()).isEmpty();
        assertThat(scenario.absences()).isEmpty();
        assertThat(scenario.calendar().holidays()).isEmpty();
    }

    @Test
    void acceptsFullDayNamesAndTheZuluOffset() {
        Scenario scenario = ScenarioJson.read(edit(root -> {
            ObjectNode week = (ObjectNode) root.get("calendar").get("week");
            week.set("friday", week.remove("MON"));
            root.put("start", "2026-11-02T05:00:00Z");
        }));

        assertThat(scenario.calendar().week()).containsOnlyKeys(DayOfWeek.FRIDAY);
        assertThat(scenario.start()).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
    }

    static Stream<Arguments> badScenarios() {
        return Stream.of(
                bad("start", root -> root.remove("start")),
                bad("start", root -> root.put("start", "2026-11-02T08:00:00")),
                bad("until", root -> root.put("until", "2026-11-01T08:00:00+03:00")),
                bad("tick", root -> root.put("tick", "PT0S")),
                bad("tick", root -> root.put("tick", "5 moments")),
                bad("tick", root -> root.put("tick", "1d")), // clock time: a day of 24 hours or of 8?
                bad("calendar.zone", root -> ((ObjectNode) root.get("calendar")).put("zone", "Mars/Olympus")),
                bad("calendar.week", root -> ((ObjectNode) root.get("calendar")).putObject("week")),
                bad("calendar.week.MOON", root -> ((ObjectNode) root.get("calendar").get("week")).putArray("MOON")),
                bad("calendar.week.MON[0]", root -> week(root).set(0, "9-18")),
                bad("calendar.week.MON[0]", root -> week(root).set(0, "18:00-09:00")),
                bad("calendar.week.MON[0]", root -> week(root).set(0, "09:00-24:30")),
                bad("calendar.week.MON", root -> ((ObjectNode) root.get("calendar").get("week")).put("MON", "09:00-18:00")),
                bad("calendar.holidays[0]", root -> ((ArrayNode) root.get("calendar").get("holidays")).set(0, "4 Nov")),
                bad("policy.queueAfter", root -> ((ObjectNode) root.get("policy")).remove("queueAfter")),
                bad("policy.respondWithin", root -> ((ObjectNode) root.get("policy")).put("respondWithin", "-PT1H")),
                bad("policy.queueAfter", root -> ((ObjectNode) root.get("policy")).put("queueAfter", "P99999999D")),
                bad("policy.returnToOwner", root -> ((ObjectNode) root.get("policy")).put("returnToOwner", "yes")),
                bad("goals[0].respondWithin", root -> ((ObjectNode) root.get("goals").get(0)).put("respondWithin", "soon")),
                bad("goals[0].issueTypes", root -> ((ObjectNode) root.get("goals").get(0)).put("issueTypes", "Complaint")),
                bad("people", root -> root.put("people", "everyone")),
                bad("people[1].role", root -> person(root, 1).put("role", "CLERK")),
                bad("people[1].name", root -> person(root, 1).remove("name")),
                bad("people[3].name", root -> person(root, 3).put("name", "ivanova")),
                bad("people[2].deputies[0]", root -> ((ArrayNode) person(root, 2).get("deputies")).set(0, "ghost")),
                bad("people", root -> person(root, 1).put("role", "MANAGER")),
                bad("people", root -> person(root, 3).put("role", "OPERATOR")),
                bad("people", root -> person(root, 0).put("role", "MANAGER")),
                bad("absences[0].person", root -> absence(root).put("person", "nobody")),
                bad("absences[0].to", root -> absence(root).put("to", "2026-11-02T11:00:00+03:00")),
                bad("absences[0].kind", root -> absence(root).put("kind", "HOLIDAY")),
                bad("events[0].type", root -> event(root, 0).put("type", "PHONED")),
                bad("events[0].owner", root -> event(root, 0).remove("owner")),
                bad("events[0].owner", root -> event(root, 0).put("owner", "nobody")),
                bad("events[0].at", root -> event(root, 0).put("at", "2026-11-02T07:00:00+03:00")),
                bad("events[1].at", root -> event(root, 1).put("at", "2026-11-02T09:00:00+03:00")),
                bad("events[1].by", root -> event(root, 1).remove("by")),
                bad("events[1].by", root -> event(root, 1).put("by", "client")),
                bad("events[2].issue", root -> event(root, 2).put("issue", "WEB-2")),
                bad("events[2].at", root -> event(root, 2).put("at", "2026-11-02T17:00:00+03:00")),
                bad("events[3].issue", root -> ((ArrayNode) root.get("events")).add(event(root, 0).deepCopy()
                        .put("at", "2026-11-02T13:00:00+03:00"))),
                bad("(document)", root -> { throw new BrokenJson(); }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScenarios")
    void badInputNamesTheField(String field, String json) {
        assertThatThrownBy(() -> ScenarioJson.read(json))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field))
                .hasMessageStartingWith(field + ": ");
    }

    private static Arguments bad(String field, Consumer<ObjectNode> change) {
        String json;
        try {
            json = edit(change);
        } catch (BrokenJson e) {
            json = WORKED_EXAMPLE.substring(0, WORKED_EXAMPLE.length() / 2);
        }
        return Arguments.of(field, json);
    }

    private static String edit(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(WORKED_EXAMPLE);
            change.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode week(ObjectNode root) {
        return (ArrayNode) root.get("calendar").get("week").get("MON");
    }

    private static ObjectNode person(ObjectNode root, int index) {
        return (ObjectNode) root.get("people").get(index);
    }

    private static ObjectNode absence(ObjectNode root) {
        return (ObjectNode) root.get("absences").get(0);
    }

    private static ObjectNode event(ObjectNode root, int index) {
        return (ObjectNode) root.get("events").get(index);
    }

    private static final class BrokenJson extends RuntimeException {
    }
}
