package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A manager records a few days of her own absence at once; a longer one (a month-long vacation) waits for the head
 * as a request, and sick leave never does. The settings' {@code ownAbsenceDays} (3 by default) sets the limit.
 */
class OwnAbsenceIT extends DepartmentIT {

    @Test
    void aLongOwnVacationBecomesARequestForTheHead() {
        SandboxClient.Answer vacation = own("ivanova", Map.of("person", "ivanova", "kind", "VACATION",
                "from", Rest.at("2026-11-09T00:00"), "to", Rest.at("2026-11-21T00:00")));
        assertThat(vacation.status()).as(String.valueOf(vacation.body())).isEqualTo(202);
        assertThat(vacation.body().path("status").asText()).isEqualTo("REQUESTED");
        assertThat(Rest.field(calls.get("head", BACKSTOP + "absences"), "person")).doesNotContain("ivanova");
        assertThat(calls.get("head", BACKSTOP + "absences/requests").toString()).contains("ivanova");

        // two working days of her own: at once
        assertThat(own("ivanova", Map.of("person", "ivanova", "kind", "TIME_OFF",
                "from", Rest.at("2026-11-03T00:00"), "to", Rest.at("2026-11-05T00:00"))).status()).isEqualTo(201);
        // a long sick leave of her own, and the head recording a long vacation for her: at once
        assertThat(own("petrova", Map.of("person", "petrova", "kind", "SICK",
                "from", Rest.at("2026-11-02T09:00"), "to", Rest.at("2026-11-16T00:00"))).status()).isEqualTo(201);
        assertThat(own("head", Map.of("person", "sidorova", "kind", "VACATION",
                "from", Rest.at("2026-11-23T00:00"), "to", Rest.at("2026-12-05T00:00"))).status()).isEqualTo(201);
    }

    @Test
    void aVacationRecordedInPiecesBackToBackWaitsOnceItIsLongerThanTheLimit() {
        assertThat(own("sidorova", Map.of("person", "sidorova", "kind", "VACATION",
                "from", Rest.at("2026-12-07T00:00"), "to", Rest.at("2026-12-10T00:00"))).status()).isEqualTo(201);
        SandboxClient.Answer next = own("sidorova", Map.of("person", "sidorova", "kind", "VACATION",
                "from", Rest.at("2026-12-10T00:00"), "to", Rest.at("2026-12-12T00:00")));
        assertThat(next.status()).as("the next piece, touching the first").isEqualTo(202);
    }

    @Test
    void withALimitOfNoDaysEveryOwnAbsenceButSicknessWaits() {
        ObjectNode settings = Rest.department().deepCopy();
        settings.put("ownAbsenceDays", 0);
        calls.putSettings(settings);
        try {
            assertThat(own("sidorova", Map.of("person", "sidorova", "kind", "TIME_OFF",
                    "from", Rest.at("2026-11-25T09:00"), "to", Rest.at("2026-11-25T13:00"))).status()).isEqualTo(202);
            JsonNode stored = calls.get("admin", BACKSTOP + "settings");
            assertThat(stored.path("ownAbsenceDays").asInt()).isZero();
        } finally {
            calls.putSettings(Rest.department());
        }
    }

    private static SandboxClient.Answer own(String user, Map<String, ?> body) {
        return client.post(user, BACKSTOP + "absences", body);
    }
}
