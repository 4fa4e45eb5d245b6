package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.demo.DemoDepartment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo department comes with an answer library in use and a non-empty list of what it is missing. */
class DemoLibraryIT {

    @TempDir
    Path data;

    @Test
    void theDemoLibraryHasUsedEntriesAndMissingAnswers() throws Exception {
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, true, null, 1, true)
                .at(DemoSandboxIT.TUESDAY_AFTERNOON, DemoDepartment.ZONE))) {
            SandboxClient client = new SandboxClient(sandbox.url());
            JsonNode entries = ok(client.get("head", "rest/backstop/1.0/library/entries?limit=50")).path("entries");
            assertThat(entries.size()).isGreaterThanOrEqualTo(4);
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).path("reuses").asLong())
                        .isLessThanOrEqualTo(entries.get(i - 1).path("reuses").asLong());
            }
            assertThat(entries.get(0).path("reuses").asLong()).isPositive();
            assertThat(entries.get(0).path("question").asText()).isNotBlank();

            JsonNode missing = ok(client.get("head", "rest/backstop/1.0/library/missing")).path("missing");
            assertThat(missing.size()).as(missing.toString()).isPositive();
            assertThat(missing.get(0).path("times").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(missing.get(0).path("examples")).isNotEmpty();

            JsonNode found = ok(client.get("ivanova", "rest/backstop/1.0/library/entries?q=price%20lists"))
                    .path("entries");
            assertThat(found.size()).isPositive();
        }
    }

    private static JsonNode ok(SandboxClient.Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }
}
