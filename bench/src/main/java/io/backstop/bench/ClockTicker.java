package io.backstop.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Moves a manual sandbox clock on at a fixed rate until the run ends, for {@link QueueLoad}'s {@code --advance}:
 * {@code POST rest/sandbox/1.0/clock} as {@code admin}, each move running the watcher's ticks while the users read.
 */
final class ClockTicker extends Thread {

    /** How the moves went. */
    record Counts(int moves, int failures, double meanMillis, double maxMillis) {
    }

    private final HttpClient client;
    private final HttpRequest request;
    private final long everyNanos;
    private final long until;
    private int moves;
    private int failures;
    private long totalNanos;
    private long maxNanos;

    ClockTicker(HttpClient client, QueueLoad.Options options, long until) {
        super("clock-ticker");
        this.client = client;
        this.request = HttpRequest.newBuilder(options.url().resolve("rest/sandbox/1.0/clock"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", QueueLoad.basicAuth("admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"advance\": \"" + options.advance() + "\"}"))
                .build();
        this.everyNanos = options.every().toNanos();
        this.until = until;
    }

    @Override
    public void run() {
        long next = System.nanoTime();
        while (next < until) {
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    failures++;
                }
            } catch (IOException e) {
                failures++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long took = System.nanoTime() - sent;
            moves++;
            totalNanos += took;
            maxNanos = Math.max(maxNanos, took);
            next += everyNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    Counts counts() {
        return new Counts(moves, failures, moves == 0 ? 0 : totalNanos / 1e6 / moves, maxNanos / 1e6);
    }
}
