package io.backstop.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One simulated user of {@link QueueLoad}: a closed loop of one GET and a think time drawn uniformly from
 * [0, 2 x think], until the measured time ends. It keeps its own latencies and errors, merged at the end, so the
 * users share nothing while they run.
 */
final class QueueLoadUser {

    private final HttpClient client;
    private final HttpRequest request;
    private final long thinkNanos;
    private final long measureFrom;
    private final long measureUntil;
    private final SplittableRandom random;
    private long[] latencies = new long[1024];
    private int count;
    private long bodyBytes;
    private final Map<String, Integer> errors = new TreeMap<>();

    QueueLoadUser(HttpClient client, HttpRequest request, long thinkNanos, long measureFrom, long measureUntil,
                  int seed) {
        this.client = client;
        this.request = request;
        this.thinkNanos = thinkNanos;
        this.measureFrom = measureFrom;
        this.measureUntil = measureUntil;
        this.random = new SplittableRandom(seed);
    }

    void run() throws InterruptedException {
        // Users start spread over one think time, not all in the same millisecond.
        think();
        long sent;
        while ((sent = System.nanoTime()) < measureUntil) {
            String error = send();
            long took = System.nanoTime() - sent;
            if (sent >= measureFrom) {
                if (error != null) {
                    errors.merge(error, 1, Integer::sum);
                } else {
                    record(took / 1_000);
                }
            }
            think();
        }
    }

    /** The latencies of the measured successful requests, in microseconds, in the order they were made. */
    long[] latencies() {
        return Arrays.copyOf(latencies, count);
    }

    /** The measured errors by kind. */
    Map<String, Integer> errors() {
        return errors;
    }

    /** The size of the last good response body. */
    long bodyBytes() {
        return bodyBytes;
    }

    /** One request; the kind of error, or null when it answered 200 with a JSON array. */
    private String send() throws InterruptedException {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            if (body.length == 0 || body[0] != '[') {
                return "not a JSON array";
            }
            bodyBytes = body.length;
            return null;
        } catch (HttpTimeoutException e) {
            return "timeout";
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    private void record(long micros) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = micros;
    }

    private void think() throws InterruptedException {
        long nanos = thinkNanos == 0 ? 0 : random.nextLong(thinkNanos * 2);
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }
}
