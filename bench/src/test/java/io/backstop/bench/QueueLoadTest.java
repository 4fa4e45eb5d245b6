package io.backstop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueLoadTest {

    @Test
    void percentilesAreNearestRankOverTheSortedLatencies() {
        long[] latencies = new long[100];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = (i + 1) * 1_000L; // 1 ms .. 100 ms
        }
        QueueLoad.Result result = new QueueLoad.Result(latencies, Map.of("timeout", 2), Duration.ofSeconds(10), 5,
                null);
        assertThat(result.percentileMicros(0.50)).isEqualTo(50_000);
        assertThat(result.percentileMicros(0.99)).isEqualTo(99_000);
        assertThat(result.percentileMicros(1.0)).isEqualTo(100_000);
        assertThat(result.requests()).isEqualTo(102);
        assertThat(result.report()).contains("errors 2", "p99 99.0 ms", "max 100.0 ms");
    }

    @Test
    void optionsReadDurationsAndRefuseWhatTheyDoNotKnow() {
        QueueLoad.Options options = QueueLoad.parse(new String[] {"--url", "http://127.0.0.1:2990", "--users", "20",
            "--think", "500ms", "--warmup", "2m", "--advance", "PT5M"});
        assertThat(options.url().toString()).isEqualTo("http://127.0.0.1:2990/");
        assertThat(options.users()).isEqualTo(20);
        assertThat(options.think()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.warmup()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.advance()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> QueueLoad.parse(new String[] {"--url", "http://x/", "--bogus", "1"}))
                .hasMessageContaining("--bogus");
        assertThatThrownBy(() -> QueueLoad.parse(new String[] {"--users", "5"})).hasMessageContaining("usage");
    }
}
