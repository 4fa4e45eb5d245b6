package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.at;
import static io.backstop.sandbox.rest.Rest.field;
import static io.backstop.sandbox.rest.Rest.instant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One client message through HTTP from start to end: it waits unseen until {@code queueAfter}, joins the queue,
 * breaches at the first tick at or after its due and goes to the operator with an internal note, is answered by
 * the operator and goes back to its owner. The issue's timeline tells the same story.
 */
class OperatorFlowIT {

    private static final String KEY = "WEB-1";

    @TempDir
    static java.nio.file.Path data;
    private static Sandbox sandbox;
    private static Rest.Calls calls;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Rest.start(data, Rest.MONDAY_0800);
        calls = new Rest.Calls(new SandboxClient(sandbox.url()));
        // queue after 30 working minutes, answer within 1 hour, tick 5 minutes; the notes read below in English
        calls.putSettings(Rest.department().put("notesLanguage", "en"));
    }

    @AfterAll
    static void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void aClientWritesItBreachesTheOperatorAnswersItGoesHome() {
        // 10:02 a client of ivanova writes: due 11:02, in the queue from 10:32.
        calls.clockTo(at("2026-11-02T10:02"));
        JsonNode created = calls.createIssue(Map.of("key", KEY, "owner", "ivanova", "summary", "Where is my order?",
                "client", "Romashka LLC"));
        assertThat(created.get("assignee").asText()).isEqualTo("ivanova");
        JsonNode sla = calls.sla(KEY);
        assertThat(sla.get("awaiting").asBoolean()).isTrue();
        assertThat(instant(sla.get("awaitingSince"))).isEqualTo(moscow("2026-11-02T10:02"));
        assertThat(instant(sla.get("due"))).isEqualTo(moscow("2026-11-02T11:02"));
        assertThat(instant(sla.get("queuedAt"))).isEqualTo(moscow("2026-11-02T10:32"));
        assertThat(sla.get("client").asText()).isEqualTo("Romashka LLC");
        assertThat(calls.queue("operator")).isEmpty();

        // Not in the queue before queueAfter has passed, in it from then on.
        calls.clockTo(at("2026-11-02T10:31"));
        assertThat(calls.queue("operator")).isEmpty();
        calls.clockTo(at("2026-11-02T10:32"));
        assertThat(calls.queue("operator")).containsExactly(KEY);
        assertThat(calls.queue("ivanova")).containsExactly(KEY);
        assertThat(calls.queue("sidorova")).isEmpty();

        // An internal note of the operator is no reply: still awaiting.
        calls.clockTo(at("2026-11-02T10:40"));
        calls.comment(KEY, "operator", true);
        assertThat(calls.sla(KEY).get("awaiting").asBoolean()).isTrue();
        assertThat(calls.queue("operator")).containsExactly(KEY);

        // Due at 11:02; the tick at 11:00 comes before it, the next is at 11:05.
        calls.clockTo(at("2026-11-02T11:04"));
        calls.settle();
        assertThat(calls.sla(KEY).get("breached").asBoolean()).isFalse();
        assertThat(calls.issue(KEY).get("assignee").asText()).isEqualTo("ivanova");
        assertThat(calls.get("head", BACKSTOP + "breaches")).isEmpty();

        // At 11:05 the tick waits for the tracker calls of that instant; a settle runs it.
        calls.clockTo(at("2026-11-02T11:05"));
        assertThat(calls.sla(KEY).get("breached").asBoolean()).isFalse();
        calls.settle();
        sla = calls.sla(KEY);
        assertThat(sla.get("breached").asBoolean()).isTrue();
        assertThat(sla.get("assignee").asText()).isEqualTo("operator");
        assertThat(sla.get("owner").asText()).isEqualTo("ivanova");

        JsonNode issue = calls.issue(KEY);
        assertThat(issue.get("assignee").asText()).isEqualTo("operator");
        JsonNode note = last(issue.get("comments"));
        assertThat(note.get("author").asText()).isEqualTo("backstop");
        assertThat(note.get("internal").asBoolean()).isTrue();
        assertThat(note.get("body").asText()).contains("from ivanova to operator on Mon 2 Nov 11:05",
                "waiting since Mon 2 Nov 10:02", "due by Mon 2 Nov 11:02");
        assertThat(instant(note.get("at"))).isEqualTo(moscow("2026-11-02T11:05"));

        JsonNode breaches = calls.get("head", BACKSTOP + "breaches");
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).get("issue").asText()).isEqualTo(KEY);
        assertThat(instant(breaches.get(0).get("awaitingSince"))).isEqualTo(moscow("2026-11-02T10:02"));
        assertThat(instant(breaches.get(0).get("due"))).isEqualTo(moscow("2026-11-02T11:02"));
        assertThat(instant(breaches.get(0).get("detectedAt"))).isEqualTo(moscow("2026-11-02T11:05"));
        assertThat(calls.get("operator", BACKSTOP + "queue").get(0).get("assignee").asText()).isEqualTo("operator");

        // 11:30 the operator answers: late by 28 minutes; ivanova is in, so the issue goes back to her.
        calls.clockTo(at("2026-11-02T11:30"));
        calls.comment(KEY, "operator", false);
        issue = calls.issue(KEY);
        assertThat(issue.get("assignee").asText()).isEqualTo("ivanova");
        List<JsonNode> notes = new ArrayList<>();
        issue.get("comments").forEach(c -> {
            if (c.get("author").asText().equals("backstop")) {
                notes.add(c);
            }
        });
        assertThat(notes).hasSize(2);
        assertThat(notes.get(1).get("internal").asBoolean()).isTrue();
        assertThat(notes.get(1).get("body").asText()).contains("from operator to ivanova on Mon 2 Nov 11:30");
        sla = calls.sla(KEY);
        assertThat(sla.get("awaiting").asBoolean()).isFalse();
        assertThat(sla.get("assignee").asText()).isEqualTo("ivanova");
        assertThat(calls.queue("operator")).isEmpty();

        JsonNode audit = calls.get("head", BACKSTOP + "audit");
        assertThat(rows(audit, "issue", "from", "to", "reason")).containsExactly(
                List.of(KEY, "ivanova", "operator", "BREACH"),
                List.of(KEY, "operator", "ivanova", "RETURN"));
        assertThat(instant(audit.get(0).get("at"))).isEqualTo(moscow("2026-11-02T11:05"));
        assertThat(instant(audit.get(1).get("at"))).isEqualTo(moscow("2026-11-02T11:30"));

        // The audit and the breaches by period: from inclusive, to exclusive.
        String breachAt = Rest.query(at("2026-11-02T11:05"));
        String returnAt = Rest.query(at("2026-11-02T11:30"));
        assertThat(field(calls.get("head", BACKSTOP + "audit?from=" + breachAt + "&to=" + returnAt), "reason"))
                .containsExactly("BREACH");
        assertThat(field(calls.get("head", BACKSTOP + "audit?from=" + returnAt), "reason")).containsExactly("RETURN");
        assertThat(calls.get("head", BACKSTOP + "breaches?to=" + breachAt)).isEmpty();
        assertThat(calls.get("head", BACKSTOP + "breaches?from=" + breachAt + "&to=" + returnAt)).hasSize(1);

        // The timeline: created, breach, moved to the operator, the late reply, moved home.
        JsonNode timeline = sla.get("timeline");
        assertThat(field(timeline, "kind"))
                .containsExactly("CREATED", "BREACH", "REASSIGNED", "STAFF_REPLY", "REASSIGNED");
        assertThat(field(timeline, "at")).extracting(Rest::parseInstant).containsExactly(
                moscow("2026-11-02T10:02"), moscow("2026-11-02T11:05"), moscow("2026-11-02T11:05"),
                moscow("2026-11-02T11:30"), moscow("2026-11-02T11:30"));
        assertThat(timeline.get(0).get("actor").asText()).isEqualTo("client");
        assertThat(instant(timeline.get(1).get("due"))).isEqualTo(moscow("2026-11-02T11:02"));
        assertThat(timeline.get(2).get("reason").asText()).isEqualTo("BREACH");
        assertThat(timeline.get(2).get("to").asText()).isEqualTo("operator");
        JsonNode reply = timeline.get(3);
        assertThat(reply.get("actor").asText()).isEqualTo("operator");
        assertThat(reply.get("workingSeconds").asLong()).isEqualTo(88 * 60);
        assertThat(reply.get("onTime").asBoolean()).isFalse();
        assertThat(timeline.get(4).get("reason").asText()).isEqualTo("RETURN");
        assertThat(timeline.get(4).get("to").asText()).isEqualTo("ivanova");

        // The client writes again, ivanova answers in time, the issue is resolved: nothing breaches later.
        calls.clockTo(at("2026-11-02T11:40"));
        calls.comment(KEY, "client", false);
        calls.clockTo(at("2026-11-02T12:00"));
        calls.comment(KEY, "ivanova", false);
        calls.resolve(KEY);
        calls.clockTo(at("2026-11-02T17:00"));
        calls.settle();
        sla = calls.sla(KEY);
        assertThat(sla.get("open").asBoolean()).isFalse();
        assertThat(field(sla.get("timeline"), "kind")).endsWith("CLIENT_MESSAGE", "STAFF_REPLY", "RESOLVED");
        assertThat(sla.get("timeline").get(6).get("onTime").asBoolean()).isTrue();
        assertThat(calls.get("head", BACKSTOP + "breaches")).hasSize(1);
        assertThat(calls.get("head", BACKSTOP + "audit")).hasSize(2);
        assertThat(calls.issue(KEY).get("status").asText()).isEqualTo("RESOLVED");
    }

    private static Instant moscow(String localDateTime) {
        return OffsetDateTime.parse(at(localDateTime)).toInstant();
    }

    private static JsonNode last(JsonNode list) {
        return list.get(list.size() - 1);
    }

    private static List<List<String>> rows(JsonNode list, String... names) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : list) {
            List<String> row = new ArrayList<>();
            for (String name : names) {
                row.add(item.path(name).asText());
            }
            rows.add(row);
        }
        return rows;
    }
}
