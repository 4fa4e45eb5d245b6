package io.backstop.acceptance;

import static io.backstop.acceptance.Scenarios.audit;
import static io.backstop.acceptance.Scenarios.ok;
import static io.backstop.acceptance.Scenarios.sla;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.acceptance.Host.Who;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manager is absent: their client's new message goes to the manager's deputy at once, and the issue comes back
 * to the manager when the absence ends.
 */
@ExtendWith(Hosts.class)
class AbsentManagerIT {

    private static Host host;

    @BeforeAll
    static void host(Host given) {
        host = given;
    }

    @Test
    void anAbsentManagersClientGoesToTheDeputyAndComesBackWhenTheAbsenceEnds() {
        String manager = host.cast().manager();
        String deputy = host.cast().deputy();
        String key = host.createClientIssue("Please change the banner");
        Instant since = host.now().minus(Duration.ofMinutes(1));

        // The manager answers: nothing is awaited, so the absence does not move the issue.
        host.comment(key, Who.MANAGER, false);
        host.eventually(() -> assertThat(sla(host, Who.MANAGER, key).get("awaiting").asBoolean()).isFalse());

        // The manager is away from a moment ago for the host's absence length.
        Instant from = host.now().minus(Duration.ofMinutes(1));
        Instant to = from.plus(Duration.ofMinutes(1)).plus(host.pace().absence());
        ObjectNode absence = Department.JSON.createObjectNode();
        absence.put("person", manager);
        absence.put("from", from.atOffset(ZoneOffset.UTC).toString());
        absence.put("to", to.atOffset(ZoneOffset.UTC).toString());
        absence.put("kind", "VACATION");
        JsonNode stored = ok(host.post(Who.ADMIN, "absences", absence), "POST absences " + absence);
        String id = stored.get("id").asText();
        try {
            host.eventually(() -> {
                JsonNode people = ok(host.get(Who.OPERATOR, "people"), "GET people");
                assertThat(people).anySatisfy(person -> {
                    assertThat(person.get("name").asText()).isEqualTo(manager);
                    assertThat(person.get("absentNow").asBoolean()).isTrue();
                });
                assertThat(host.assignee(key)).isEqualTo(manager);
            });

            // The client writes while the manager is away: the issue goes to the deputy.
            host.comment(key, Who.CLIENT, false);
            host.eventually(() -> {
                assertThat(host.assignee(key)).as("assignee while " + manager + " is away").isEqualTo(deputy);
                JsonNode sla = sla(host, Who.ADMIN, key);
                assertThat(sla.get("awaiting").asBoolean()).isTrue();
                assertThat(sla.get("owner").asText()).isEqualTo(manager);
                assertThat(audit(host, key, since)).containsExactly(List.of(manager, deputy, "ABSENCE"));
            });

            // The absence ends and the watcher runs: the issue goes back to the manager.
            host.advanceTo(to);
            host.runWatcher();
            host.eventually(() -> {
                assertThat(host.assignee(key)).as("assignee after the absence").isEqualTo(manager);
                assertThat(audit(host, key, since)).containsExactly(
                        List.of(manager, deputy, "ABSENCE"), List.of(deputy, manager, "RETURN"));
            });
        } finally {
            host.delete(Who.ADMIN, "absences/" + id);
        }
    }
}
