package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person starting the sandbox sees where it runs and how to log in, not warnings they cannot act on (issue 18,
 * point 7: Jersey warned at every start that a default provider's class was missing).
 */
class QuietStartIT {

    @TempDir
    Path data;

    @Test
    void startingAndAnsweringPrintsNoWarning() throws Exception {
        Path log = data.resolveSibling(data.getFileName() + "-sandbox.log");
        SandboxProcess sandbox = SandboxProcess.start(data, Instant.parse("2026-11-02T05:00:00Z"), log);
        try {
            // Jersey builds its providers on the first call of each REST application
            assertThat(new SandboxClient(sandbox.url()).get("admin", "rest/backstop/1.0/settings").status())
                    .isEqualTo(200);
            assertThat(new SandboxClient(sandbox.url()).get("admin", "rest/sandbox/1.0/clock").status())
                    .isEqualTo(200);
        } finally {
            sandbox.kill();
        }
        assertThat(Files.readAllLines(log)).as("the sandbox's output").isNotEmpty()
                .noneMatch(line -> line.contains("WARN"));
    }
}
