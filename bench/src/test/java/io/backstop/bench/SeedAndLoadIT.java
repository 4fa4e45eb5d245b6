package io.backstop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeding tool and the load driver at a tiny size: a seeded data directory serves the queue it was seeded with,
 * the driver loads it without errors, and with {@code --advance} the watcher breaches clocks while users read.
 */
class SeedAndLoadIT {

    static final Instant AT = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aSeededSandboxServesItsQueueUnderLoadAndWhileTheWatcherTicks() throws Exception {
        Path data = temp.resolve("data");
        SeedSandbox.Summary summary = SeedSandbox.seed(data, 400, 40, AT, 7);
        assertThat(summary.breached()).isEqualTo(12);
        assertThat(summary.queued()).isEqualTo(12);
        assertThat(summary.awaitingNotQueued()).isEqualTo(16);

        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, true, null, 1, false))) {
            assertThat(sandbox.time().instant()).isEqualTo(AT);
            JsonNode queue = get(sandbox.url(), "rest/backstop/1.0/queue", "operator");
            assertThat(queue).hasSize(summary.inQueueAtNow());
            assertThat(get(sandbox.url(), "rest/sandbox/1.0/issues/WEB-400", "admin").get("key").asText())
                    .isEqualTo("WEB-400");

            QueueLoad.Result quiet = QueueLoad.run(options(sandbox.url(), null));
            assertThat(quiet.errors()).isEmpty();
            assertThat(quiet.latencies()).isNotEmpty();
            assertThat(quiet.lastBodyBytes()).isPositive();

            QueueLoad.Result ticking = QueueLoad.run(options(sandbox.url(), Duration.ofHours(1)));
            assertThat(ticking.errors()).isEmpty();
            assertThat(ticking.ticks().moves()).isPositive();
            assertThat(ticking.ticks().failures()).isZero();
            assertThat(sandbox.time().instant()).isAfter(AT);
            JsonNode breaches = get(sandbox.url(), "rest/backstop/1.0/breaches?from=2026-11-26T00:00:00Z"
                    + "&to=2026-11-28T00:00:00Z", "head");
            assertThat(breaches.size()).as("clocks the ticking watcher breached").isPositive();
        }
    }

    @Test
    void seedingRefusesADirectoryThatHoldsAnything() throws Exception {
        Files.writeString(temp.resolve("something"), "x");
        assertThatThrownBy(() -> SeedSandbox.seed(temp, 10, 1, AT, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
    }

    private static QueueLoad.Options options(URI url, Duration advance) {
        return new QueueLoad.Options(url, "rest/backstop/1.0/queue", "operator", 4, Duration.ZERO, Duration.ZERO,
                Duration.ofSeconds(2), Duration.ofSeconds(10), advance, Duration.ofMillis(200));
    }

    private static JsonNode get(URI base, String path, String user) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
