package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.sandbox.host.SandboxClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Thirty callers at the same moment over HTTP, as the probe of issue 20 sent them: decisions on one absence
 * request are taken once (one 200, every other a 409 naming the state found) and parallel settings saves are all
 * answered 200 (or 409), never 500, leaving one whole document.
 */
class ContentionIT extends DepartmentIT {

    private static final int CALLERS = 30;

    @Test
    void approveAndRefuseOfOneRequestAtOnceDecideItOnce() throws Exception {
        for (String day : List.of("2026-11-05", "2026-11-06", "2026-11-09", "2026-11-10", "2026-11-11")) {
            decideAtOnce(day);
        }
    }

    /** A request of ivanova's for the afternoon of {@code day}, approved by the head and refused by the admin. */
    private static void decideAtOnce(String day) throws Exception {
        int id = Rest.Calls.ok(client.post("ivanova", BACKSTOP + "absences/requests", Map.of(
                "from", at(day + "T15:00"), "to", at(day + "T18:00"), "reason", "driving school")),
                "POST absences/requests").get("id").asInt();
        String requests = BACKSTOP + "absences/requests/" + id;

        List<Answer> answers = atOnce(i -> () -> i % 2 == 0
                ? client.post("head", requests + "/approve", "")
                : client.post("admin", requests + "/refuse", ""));

        List<Answer> winners = answers.stream().filter(a -> a.status() == 200).toList();
        assertThat(winners).as("decisions answered 200 on " + day).hasSize(1);
        String ended = status(id);
        assertThat(winners.get(0).body().get("status").asText()).as("what the winner was told").isEqualTo(ended);
        assertThat(answers).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
            assertThat(a.status()).as(String.valueOf(a.body())).isEqualTo(409);
            assertThat(a.body().get("error").asText()).isEqualTo("already " + ended);
            assertThat(a.body().get("field").asText()).isEqualTo("status");
        });
    }

    @Test
    void parallelSettingsSavesAreAllAnsweredAndLeaveOneWholeDocument() throws Exception {
        calls.putSettings(Rest.department().put("tick", "PT31M"));
        JsonNode alone = calls.get("admin", BACKSTOP + "settings"); // as the host writes back one save

        List<Answer> answers = atOnce(i -> () -> client.put("admin", BACKSTOP + "settings",
                Rest.department().put("tick", "PT" + (i + 1) + "M")));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(String.valueOf(a.body())).isIn(200, 409));
        assertThat(answers).filteredOn(a -> a.status() == 200).isNotEmpty();
        ObjectNode stored = (ObjectNode) calls.get("admin", BACKSTOP + "settings");
        assertThat(stored.get("tick").asText()).matches("([1-9]|[12][0-9]|30)m"); // written as people write it
        assertThat(stored.put("tick", "31m")).as("the rest of one caller's document").isEqualTo(alone);
        calls.putSettings(Rest.department());
    }

    @Test
    void parallelResultsSettingsSavesAreAllAnsweredAndLeaveOneWholeDocument() throws Exception {
        List<Answer> answers = atOnce(i -> () -> client.put("admin", BACKSTOP + "results/settings",
                Rest.parse("{\"hired\": {\"ivanova\": \"2026-10-%02d\"}}".formatted(i + 1))));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(String.valueOf(a.body())).isIn(200, 409));
        assertThat(answers).filteredOn(a -> a.status() == 200).isNotEmpty();
        JsonNode hired = calls.get("admin", BACKSTOP + "results/settings").get("hired");
        assertThat(hired.size()).isEqualTo(1);
        assertThat(hired.get("ivanova").asText()).matches("2026-10-([0-2][0-9]|30)");
    }

    private static String status(int id) {
        for (JsonNode request : calls.get("admin", BACKSTOP + "absences/requests")) {
            if (request.get("id").asInt() == id) {
                return request.get("status").asText();
            }
        }
        throw new AssertionError("no request " + id);
    }

    /** The calls, all released at one moment, and their answers in order. */
    private static List<Answer> atOnce(IntFunction<Callable<Answer>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            IntStream.range(0, CALLERS).mapToObj(call).forEach(each -> futures.add(pool.submit(() -> {
                start.await();
                return each.call();
            })));
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
