package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;

import io.backstop.sandbox.host.SandboxClient;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writers that call a sandbox in parallel until it dies under them, each recording in {@link AcknowledgedWrites}
 * only what was answered 2xx. A refused or failed call (4xx, 5xx) is no acknowledgement and the writer goes on; a
 * broken connection means the sandbox is gone and the writer stops.
 */
final class FaultWriters {

    /** Where a round kills the sandbox: amid bursts of writes, amid clock moves (ticks), amid watcher runs. */
    enum KillPoint { BURST, CLOCK_MOVE, WATCHER_RUN }

    private static final List<String> MANAGERS = List.of("ivanova", "petrova", "sidorova");
    /** Absences lie in 2027, each on a day of its own, so that none overlaps another and none starts in a round. */
    private static final Instant ABSENCES_FROM = Instant.parse("2027-01-01T00:00:00Z");

    private final SandboxClient client;
    private final AcknowledgedWrites acknowledged;
    /** Numbers issue keys and absence days across rounds: every write is one of its own. */
    private final AtomicInteger sequence;

    FaultWriters(SandboxClient client, AcknowledgedWrites acknowledged, AtomicInteger sequence) {
        this.client = client;
        this.acknowledged = acknowledged;
        this.sequence = sequence;
    }

    /** Starts the writers of {@code point}; they end when the sandbox does. */
    List<Future<?>> start(KillPoint point, ExecutorService pool) {
        List<Runnable> writers = new ArrayList<>(List.of(this::issues, this::issues));
        switch (point) {
            case BURST -> writers.addAll(List.of(this::issues, this::absences));
            case CLOCK_MOVE -> writers.addAll(List.of(this::absences, this::clockMoves));
            case WATCHER_RUN -> writers.addAll(List.of(this::clockMoves, this::watcherRuns));
        }
        List<Future<?>> running = new ArrayList<>();
        writers.forEach(writer -> running.add(pool.submit(() -> untilGone(writer))));
        return running;
    }

    static ExecutorService pool() {
        return Executors.newFixedThreadPool(4);
    }

    /** An issue, a client's message on it, and every third one resolved. */
    private void issues() {
        int n = sequence.incrementAndGet();
        String key = "KILL-" + n;
        acknowledged.attempted(key);
        if (!ok(client.post("admin", SANDBOX + "issues", Map.of("key", key,
                "owner", MANAGERS.get(n % MANAGERS.size()), "client", "client-" + n, "summary", "order " + n)))) {
            return;
        }
        acknowledged.issue(key);
        String body = "message " + n;
        if (ok(client.post("admin", SANDBOX + "issues/" + key + "/comments",
                Map.of("author", "client", "body", body)))) {
            acknowledged.comment(key, body);
        }
        if (n % 3 == 0 && ok(client.post("admin", SANDBOX + "issues/" + key + "/resolve", Map.of()))) {
            acknowledged.resolved(key);
        }
    }

    private void absences() {
        int n = sequence.incrementAndGet();
        String person = MANAGERS.get(n % MANAGERS.size());
        Instant from = ABSENCES_FROM.plus(Duration.ofDays(n));
        if (ok(client.post("admin", BACKSTOP + "absences", Map.of("person", person, "kind", "SICK",
                "from", from.toString(), "to", from.plus(Duration.ofHours(20)).toString())))) {
            acknowledged.absence(person, from);
        }
    }

    /** Ten minutes on: through the working day this breaches and moves issues, each tick a transaction. */
    private void clockMoves() {
        SandboxClient.Answer answer = client.post("admin", SANDBOX + "clock", Map.of("advance", "PT10M"));
        if (ok(answer)) {
            acknowledged.clockAt(Rest.instant(answer.body().get("now")));
        }
    }

    private void watcherRuns() {
        client.post("admin", BACKSTOP + "watcher/run", "");
    }

    private static void untilGone(Runnable writer) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                writer.run();
            }
        } catch (UncheckedIOException | IllegalStateException gone) {
            // the sandbox was killed: what it answered before is in the ledger
        }
    }

    private static boolean ok(SandboxClient.Answer answer) {
        return answer.status() >= 200 && answer.status() < 300;
    }
}
