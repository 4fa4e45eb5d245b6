package io.backstop.acceptance;

import static io.backstop.acceptance.Scenarios.audit;
import static io.backstop.acceptance.Scenarios.breaches;
import static io.backstop.acceptance.Scenarios.instant;
import static io.backstop.acceptance.Scenarios.queue;
import static io.backstop.acceptance.Scenarios.queueEntry;
import static io.backstop.acceptance.Scenarios.sla;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.acceptance.Host.Who;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client writes and nobody answers: the issue enters the operator's queue after {@code queueAfter}, breaches
 * after {@code respondWithin} and goes to the operator with an internal note; the operator answers and the issue
 * returns to its home manager.
 */
@ExtendWith(Hosts.class)
class NobodyAnswersIT {

    private static Host host;

    @BeforeAll
    static void host(Host given) {
        host = given;
    }

    @Test
    void aClientWritesNobodyAnswersItBreachesTheOperatorAnswersItGoesHome() {
        String manager = host.cast().manager();
        String operator = host.cast().operator();
        String key = host.createClientIssue("Where is my order?");

        // Awaiting from the client's message; the goal is fixed now (every hour is working time here).
        JsonNode sla = sla(host, Who.MANAGER, key);
        Instant since = instant(sla.get("awaitingSince"));
        Instant queuedAt = instant(sla.get("queuedAt"));
        Instant due = instant(sla.get("due"));
        assertThat(sla.get("awaiting").asBoolean()).isTrue();
        assertThat(sla.get("owner").asText()).as("owner (the Home manager)").isEqualTo(manager);
        assertThat(sla.get("assignee").asText()).isEqualTo(manager);
        assertThat(queuedAt).isEqualTo(since.plus(host.pace().queueAfter()));
        assertThat(due).isEqualTo(since.plus(host.pace().respondWithin()));
        assertThat(host.assignee(key)).isEqualTo(manager);
        // (Jira's clock is known to about a second: look only while clearly before queuedAt.)
        if (host.now().plusSeconds(2).isBefore(queuedAt)) {
            assertThat(queue(host, Who.OPERATOR)).as("queue before queueAfter").doesNotContain(key);
        }

        // queueAfter has passed: the operator (and the manager, who may browse it) see it in the queue.
        host.advanceTo(queuedAt);
        host.eventually(() -> {
            JsonNode entry = queueEntry(host, Who.OPERATOR, key);
            assertThat(entry).as("queue entry of " + key).isNotNull();
            assertThat(entry.get("assignee").asText()).isEqualTo(manager);
            assertThat(entry.get("owner").asText()).isEqualTo(manager);
            assertThat(instant(entry.get("due"))).isEqualTo(due);
            assertThat(queue(host, Who.MANAGER)).contains(key);
        });
        assertThat(breaches(host, key, since)).isEmpty();

        // An internal note of the operator is no reply: still awaiting.
        host.comment(key, Who.OPERATOR, true);
        host.eventually(() -> assertThat(sla(host, Who.OPERATOR, key).get("awaiting").asBoolean()).isTrue());

        // respondWithin has passed and the watcher runs: breach, to the operator, with an internal note.
        host.advanceTo(due);
        host.runWatcher();
        host.eventually(() -> {
            JsonNode breached = sla(host, Who.OPERATOR, key);
            assertThat(breached.get("breached").asBoolean()).isTrue();
            assertThat(breached.get("assignee").asText()).isEqualTo(operator);
            assertThat(breached.get("owner").asText()).isEqualTo(manager);
            assertThat(host.assignee(key)).as("assignee in the tracker").isEqualTo(operator);
            List<JsonNode> breaches = breaches(host, key, since);
            assertThat(breaches).hasSize(1);
            assertThat(instant(breaches.get(0).get("due"))).isEqualTo(due);
            assertThat(instant(breaches.get(0).get("detectedAt"))).isAfterOrEqualTo(due);
            assertThat(audit(host, key, since)).containsExactly(List.of(manager, operator, "BREACH"));
            assertThat(host.comments(key)).as("comments of " + key)
                    .anySatisfy(note -> {
                        assertThat(note.internal()).isTrue();
                        assertThat(note.body()).contains("from " + manager + " to " + operator);
                    });
        });

        // The operator answers in public: the awaiting cycle ends, the issue goes back to its home manager.
        host.comment(key, Who.OPERATOR, false);
        host.eventually(() -> {
            assertThat(host.assignee(key)).isEqualTo(manager);
            JsonNode answered = sla(host, Who.MANAGER, key);
            assertThat(answered.get("awaiting").asBoolean()).isFalse();
            assertThat(answered.get("assignee").asText()).isEqualTo(manager);
            assertThat(audit(host, key, since)).containsExactly(
                    List.of(manager, operator, "BREACH"), List.of(operator, manager, "RETURN"));
            assertThat(queue(host, Who.OPERATOR)).doesNotContain(key);
        });
    }
}
