package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh sandbox with the demo comes up alive: a department, a queue, breaches and reassignments on record. */
class DemoSandboxIT {

    @TempDir
    Path data;

    @Test
    void theDemoDepartmentLivesInAFreshSandbox() throws Exception {
        int issues;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, false, null, 60, true))) {
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
        }
        // A restart keeps the department and seeds nothing twice.
        try (Sandbox again = Sandbox.start(new SandboxOptions(0, data, false, null, 1, true))) {
            assertThat(again.tracker().nextNumber() - 1).isGreaterThanOrEqualTo(issues).isLessThan(issues + 20);
        }
    }
}
