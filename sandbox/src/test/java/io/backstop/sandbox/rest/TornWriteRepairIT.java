package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.at;
import static io.backstop.sandbox.rest.Rest.parseInstant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox stopped between the tracker's write and Backstop's (the tracker's half written straight into the
 * tracker, as a {@code kill -9} between the two commits leaves it) is mended when it starts again on the same data:
 * the issue opened without a clock gets one from its creation time with its client's messages, and the issue
 * resolved with its clock still open leaves the queue.
 */
class TornWriteRepairIT {

    @TempDir
    Path data;

    @Test
    void theNextStartJoinsWhatAStopBetweenTrackerAndBackstopTore() throws Exception {
        try (Sandbox sandbox = Rest.start(data, Rest.MONDAY_0800)) {
            Rest.Calls calls = new Rest.Calls(new SandboxClient(sandbox.url()));
            calls.putSettings(Rest.department());
            calls.clockTo(at("2026-11-02T10:00"));
            calls.createIssue("WEB-1", "ivanova");
            SandboxTracker tracker = sandbox.tracker();
            tracker.create("WEB-2", "Invoice", "Romashka", "Question", "Medium", "petrova",
                    parseInstant(at("2026-11-02T10:00")));
            tracker.comment("WEB-2", SandboxTracker.CLIENT, "and the delivery?", false,
                    parseInstant(at("2026-11-02T10:05")));
            tracker.resolve("WEB-1");
            assertThat(calls.client.get("admin", Rest.BACKSTOP + "issues/WEB-2/sla").status()).isEqualTo(404);
        }
        try (Sandbox sandbox = Rest.start(data, Rest.MONDAY_0800)) {
            Rest.Calls calls = new Rest.Calls(new SandboxClient(sandbox.url()));
            JsonNode opened = calls.sla("WEB-2");
            assertThat(opened.path("open").asBoolean()).isTrue();
            assertThat(opened.path("awaiting").asBoolean()).isTrue();
            assertThat(parseInstant(opened.path("awaitingSince").asText()))
                    .isEqualTo(parseInstant(at("2026-11-02T10:00")));
            assertThat(opened.path("client").asText()).isEqualTo("Romashka");
            assertThat(calls.sla("WEB-1").path("open").asBoolean()).isFalse();

            calls.clockTo(at("2026-11-02T11:30")); // both would be queued by now
            assertThat(calls.queue("operator")).containsExactly("WEB-2");
        }
    }
}
