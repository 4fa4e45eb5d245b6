package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.demo.DemoDepartment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh sandbox with the demo comes up alive: a department, a queue, breaches and reassignments on record. */
class DemoSandboxIT {

    /** The real time these demos start at: Tuesday 8 December 2026, 14:30 in Moscow. */
    static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-08T11:30:00Z");

    @TempDir
    Path data;

    @Test
    void theDemoDepartmentLivesInAFreshSandbox() throws Exception {
        int issues;
        Instant stoppedAt;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, false, null, 60, true)
                .at(TUESDAY_AFTERNOON, DemoDepartment.ZONE))) {
            // the demo starts on the department's working morning, an hour in
            assertThat(sandbox.time().instant()).isBetween(Instant.parse("2026-12-08T07:00:00Z"),
                    Instant.parse("2026-12-08T08:00:00Z"));
            SandboxClient client = new SandboxClient(sandbox.url());
            List<String> people = new ArrayList<>();
            client.get("head", "rest/backstop/1.0/people").body().forEach(p -> people.add(p.get("name").asText()));
            assertThat(people).containsExactly("head", "operator", "office", "ivanova", "petrova", "sidorova");

            JsonNode queue = client.get("operator", "rest/backstop/1.0/queue").body();
            assertThat(queue.size()).isPositive();
            assertThat(client.get("head", "rest/backstop/1.0/breaches").body().size()).isPositive();
            assertThat(client.get("head", "rest/backstop/1.0/audit").body().toString())
                    .contains("\"BREACH\"", "\"ABSENCE\"", "\"RETURN\"");
            assertThat(client.get("ivanova", "rest/backstop/1.0/absences").status()).isEqualTo(200);
            issues = sandbox.tracker().nextNumber() - 1;
            assertThat(issues).isGreaterThan(150);
            stoppedAt = sandbox.time().instant();
        }
        // A restart the same day keeps the department, seeds nothing twice and goes on from where the demo stopped,
        // not from the morning again.
        try (Sandbox again = Sandbox.start(new SandboxOptions(0, data, false, null, 1, true)
                .at(TUESDAY_AFTERNOON.plusSeconds(60), DemoDepartment.ZONE))) {
            assertThat(again.tracker().nextNumber() - 1).isGreaterThanOrEqualTo(issues).isLessThan(issues + 20);
            assertThat(again.time().instant()).isAfterOrEqualTo(stoppedAt);
        }
    }
}
