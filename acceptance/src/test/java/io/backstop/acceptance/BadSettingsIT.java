package io.backstop.acceptance;

import static io.backstop.acceptance.Scenarios.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.acceptance.Host.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A bad settings value is refused with 400 naming the field, and nothing changes. */
@ExtendWith(Hosts.class)
class BadSettingsIT {

    private static Host host;

    @BeforeAll
    static void host(Host given) {
        host = given;
    }

    @Test
    void aBadDurationIsRefusedNamingTheField() {
        refused("policy.respondWithin", settings -> ((ObjectNode) settings.get("policy")).put("respondWithin", "soon"));
    }

    @Test
    void anUnknownRoleIsRefusedNamingThePerson() {
        refused("people[1].role", settings -> ((ObjectNode) settings.get("people").get(1)).put("role", "BOSS"));
    }

    private static void refused(String field, java.util.function.Consumer<ObjectNode> spoil) {
        JsonNode before = ok(host.get(Who.ADMIN, "settings"), "GET settings");
        ObjectNode bad = before.deepCopy();
        spoil.accept(bad);

        Host.Answer answer = host.put(Who.ADMIN, "settings", bad);

        assertThat(answer.status()).as("PUT settings answered " + answer.body()).isEqualTo(400);
        assertThat(answer.body().path("field").asText()).isEqualTo(field);
        assertThat(answer.body().path("error").asText()).isNotBlank();
        assertThat(ok(host.get(Who.ADMIN, "settings"), "GET settings")).isEqualTo(before);
    }
}
