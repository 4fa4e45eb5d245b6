package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watchers that run at the same moment (two nodes, or an admin's "run now" during a scheduled tick) breach and
 * reassign each past-due issue exactly once per awaiting cycle, and their answers' counts add up to that.
 */
class ConcurrentWatcherIT {

    private static final List<String> MANAGERS = List.of("ivanova", "petrova", "sidorova");
    private static final int ISSUES_PER_BATCH = 12;
    private static final int CALLS_AT_ONCE = 2;

    @TempDir
    static java.nio.file.Path data;
    private static Sandbox sandbox;
    private static SandboxClient client;
    private static Rest.Calls calls;
    private static ExecutorService pool;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Rest.start(data, Rest.MONDAY_0800);
        client = new SandboxClient(sandbox.url());
        calls = new Rest.Calls(client);
        // Ticks a week apart: moving the clock runs none, so only the watcher calls below find the issues due.
        calls.putSettings(Rest.department().put("tick", "PT168H"));
        calls.settle();
        pool = Executors.newFixedThreadPool(CALLS_AT_ONCE);
    }

    @AfterAll
    static void stop() throws Exception {
        pool.shutdownNow();
        sandbox.close();
    }

    @Test
    void concurrentRunsReassignEachPastDueIssueOncePerCycle() throws Exception {
        Map<String, Integer> cycles = new TreeMap<>();
        List<String> all = new ArrayList<>();

        // Round 1, Monday 09:00: a batch of new issues, due 10:00; the watchers run at 10:30.
        all.addAll(newBatch("A", at("2026-11-02T09:00"), cycles));
        round(at("2026-11-02T10:30"), all, cycles);

        // Round 2, 10:30: the operator answers batch A (it goes home) and its clients write again (due 11:30);
        // a second batch arrives. The watchers run at 12:00.
        answerAndWriteAgain(all, cycles);
        all.addAll(newBatch("B", at("2026-11-02T10:30"), cycles));
        round(at("2026-11-02T12:00"), all, cycles);

        // Round 3, 12:00: nothing new is due; the watchers find nothing.
        assertThat(runAtOnce()).containsExactly(0, 0);

        // Round 4, 14:30: every issue starts a new cycle again, and a third batch arrives; they run at 16:00.
        calls.clockTo(at("2026-11-02T14:30"));
        answerAndWriteAgain(all, cycles);
        all.addAll(newBatch("C", at("2026-11-02T14:30"), cycles));
        round(at("2026-11-02T16:00"), all, cycles);

        // Over all rounds: one BREACH row in the audit and one breach per issue per cycle.
        JsonNode audit = calls.get("head", BACKSTOP + "audit");
        Map<String, Integer> breachRows = new TreeMap<>();
        audit.forEach(row -> {
            if (row.get("reason").asText().equals("BREACH")) {
                breachRows.merge(row.get("issue").asText(), 1, Integer::sum);
            }
        });
        assertThat(breachRows).isEqualTo(cycles);
        Map<String, Integer> breaches = new TreeMap<>();
        calls.get("head", BACKSTOP + "breaches").forEach(b -> breaches.merge(b.get("issue").asText(), 1, Integer::sum));
        assertThat(breaches).isEqualTo(cycles);
        for (String key : all) {
            long notes = countNotes(calls.issue(key));
            long moves = countMoves(audit, key);
            assertThat(notes).as("internal notes on " + key).isEqualTo(moves);
        }
    }

    private static List<String> newBatch(String batch, String instant, Map<String, Integer> cycles) {
        calls.clockTo(instant);
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= ISSUES_PER_BATCH; i++) {
            String key = batch + "-" + i;
            calls.createIssue(key, MANAGERS.get(i % MANAGERS.size()));
            cycles.merge(key, 1, Integer::sum);
            keys.add(key);
        }
        return keys;
    }

    /** Every breached issue is answered by the operator (and goes home), then its client writes again. */
    private static void answerAndWriteAgain(List<String> keys, Map<String, Integer> cycles) {
        for (String key : keys) {
            calls.comment(key, "operator", false);
            calls.comment(key, "client", false);
            cycles.merge(key, 1, Integer::sum);
        }
    }

    /** Moves the clock past the due of every awaiting issue and lets two watchers loose at once. */
    private static void round(String instant, List<String> awaiting, Map<String, Integer> cycles) throws Exception {
        calls.clockTo(instant);
        for (String key : awaiting) {
            JsonNode sla = calls.sla(key);
            assertThat(sla.get("breached").asBoolean()).as(key + " not yet breached").isFalse();
            assertThat(sla.get("assignee").asText()).as(key).isNotEqualTo("operator");
        }
        int breachRowsBefore = breachRows();

        List<Integer> counts = runAtOnce();

        int breaches = counts.get(0);
        int reassignments = counts.get(1);
        assertThat(breaches).as("breaches reported by the concurrent runs").isEqualTo(awaiting.size());
        assertThat(reassignments).as("reassignments reported by the concurrent runs").isEqualTo(awaiting.size());
        assertThat(breachRows() - breachRowsBefore).isEqualTo(awaiting.size());
        for (String key : awaiting) {
            JsonNode issue = calls.issue(key);
            assertThat(issue.get("assignee").asText()).as(key).isEqualTo("operator");
            assertThat(calls.sla(key).get("breached").asBoolean()).as(key).isTrue();
        }
    }

    /** Two POST watcher/run at once; the sums of their breaches and reassignments. */
    private static List<Integer> runAtOnce() throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLS_AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SandboxClient.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < CALLS_AT_ONCE; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return client.post("admin", BACKSTOP + "watcher/run", "");
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        int breaches = 0;
        int reassignments = 0;
        for (Future<SandboxClient.Answer> future : answers) {
            SandboxClient.Answer answer = future.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as("watcher/run: " + answer.body()).isEqualTo(200);
            breaches += answer.body().get("breaches").asInt();
            reassignments += answer.body().get("reassignments").asInt();
        }
        return List.of(breaches, reassignments);
    }

    private static int breachRows() {
        int count = 0;
        for (JsonNode row : calls.get("head", BACKSTOP + "audit")) {
            count += row.get("reason").asText().equals("BREACH") ? 1 : 0;
        }
        return count;
    }

    private static long countNotes(JsonNode issue) {
        long count = 0;
        for (JsonNode comment : issue.get("comments")) {
            count += comment.get("author").asText().equals("backstop") ? 1 : 0;
        }
        return count;
    }

    private static long countMoves(JsonNode audit, String key) {
        long count = 0;
        for (JsonNode row : audit) {
            count += row.get("issue").asText().equals(key) ? 1 : 0;
        }
        return count;
    }
}
