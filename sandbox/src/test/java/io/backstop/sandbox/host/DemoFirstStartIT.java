package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.store.SettingStore;
import io.backstop.h2.H2EntityManagers;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoLanguage;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 6: the demo's first start answers at once and says how far it has got; {@code --demo-lang ru}
 * seeds a Russian agency; the demo's clock survives a restart and Ctrl-C, never behind what it stored.
 */
class DemoFirstStartIT {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @TempDir
    Path dir;

    @Test
    void theFirstStartAnswersAtOnceAndSeedsARussianAgencyWhoseClockSurvivesARestart() throws Exception {
        Path data = dir.resolve("data");
        int port = freePort();
        List<String> console = new CopyOnWriteArrayList<>();
        SandboxOptions options = new SandboxOptions(port, data, false, null, 60, true)
                .at(DemoSandboxIT.TUESDAY_AFTERNOON, DemoDepartment.ZONE).inLanguage(DemoLanguage.RU);
        ExecutorService starter = Executors.newSingleThreadExecutor();
        Future<Sandbox> starting = starter.submit(() -> Sandbox.serve(options, console::add));
        SandboxClient client = new SandboxClient(URI.create("http://127.0.0.1:" + port + "/"));

        SandboxClient.Page front = firstAnswer(client, starting);
        // while the demo is seeded: the login form answers, the rest says how far the seeding is
        SandboxClient.Page queuePage = client.page("operator", "plugins/servlet/backstop/queue");
        SandboxClient.Answer queueRest = client.get("operator", "rest/backstop/1.0/queue");
        assertThat(starting.isDone()).as("answered before the seeding was over").isFalse();
        assertThat(front.status()).isEqualTo(200);
        assertThat(front.body()).contains("name=\"password\"");
        assertThat(queuePage.status()).isEqualTo(503);
        assertThat(queuePage.body()).containsPattern("Preparing the demo: \\d{1,3}%");
        assertThat(queueRest.status()).isEqualTo(503);
        assertThat(queueRest.body().path("percent").asInt(-1)).isBetween(0, 100);

        try (Sandbox sandbox = starting.get(10, TimeUnit.MINUTES)) {
            starter.shutdown();
            assertThat(console).anyMatch(line -> line.matches(
                    "Preparing the demo: replaying the last 10 working days: \\d+ of \\d+ actions"));
            assertThat(console).anyMatch(line -> line.matches(
                    "Preparing the demo: replayed: \\d+ issues, \\d+ actions since .*"));
            JsonNode queue = client.get("operator", "rest/backstop/1.0/queue").body();
            assertThat(queue.size()).isPositive();
            assertThat(queue.findValuesAsText("client")).allMatch(DemoFirstStartIT::russian);
            String issue = queue.get(0).get("issue").asText();
            JsonNode shown = client.get("admin", "rest/sandbox/1.0/issues/" + issue).body();
            assertThat(shown.path("summary").asText()).matches(DemoFirstStartIT::russian);
            List<String> messages = new ArrayList<>(List.of(shown.path("description").asText()));
            shown.get("comments").forEach(c -> {
                if (!c.get("author").asText().equals("backstop")) {
                    messages.add(c.get("body").asText());
                }
            });
            assertThat(messages).isNotEmpty().allMatch(DemoFirstStartIT::russian);
            assertThat(client.page("operator", "plugins/servlet/backstop/queue").status()).isEqualTo(200);

            assertThat(sandbox.awaitDemo(Duration.ofMinutes(5))).as("the history seeded in the background").isTrue();
            assertThat(console).anyMatch(line -> line.endsWith("the demo is complete"));
        }
        clockSurvivesARestartWithTheRealTimeGoneBack(data);
    }

    /**
     * The restarted demo goes on from where it stopped, never behind what it stored, even when the machine's clock
     * says an earlier day (corrected, or another time zone); it keeps the language it was seeded in.
     */
    private static void clockSurvivesARestartWithTheRealTimeGoneBack(Path data) throws Exception {
        Instant stored = latestActivity(data);
        Instant lived = setting(data, "sandbox.lived");
        assertThat(lived).isAfterOrEqualTo(stored);
        try (Sandbox again = Sandbox.start(new SandboxOptions(0, data, false, null, 1, true)
                .at(DemoSandboxIT.TUESDAY_AFTERNOON.minus(Duration.ofDays(1)), DemoDepartment.ZONE))) {
            assertThat(again.time().origin()).isAfterOrEqualTo(lived).isAfter(stored);
            JsonNode queue = new SandboxClient(again.url()).get("operator", "rest/backstop/1.0/queue").body();
            assertThat(queue.findValuesAsText("client")).isNotEmpty().allMatch(DemoFirstStartIT::russian);
        }
    }

    /** Ctrl-C (SIGTERM) stops the sandbox cleanly and records where its clock stood, for the restart to go on. */
    @Test
    void ctrlCRecordsWhereTheClockStood() throws Exception {
        Path data = dir.resolve("stopped");
        Path log = dir.resolve("serve.log");
        Instant before = Instant.now();
        SandboxProcess sandbox = SandboxProcess.serve(log, "--no-demo", "--port", "0", "--data", data.toString());
        sandbox.stop();

        assertThat(Files.readString(log)).doesNotContain("stopping failed");
        assertThat(setting(data, "sandbox.lived")).isAfter(before);
    }

    private static boolean russian(String text) {
        return text != null && CYRILLIC.matcher(text).find();
    }

    private static SandboxClient.Page firstAnswer(SandboxClient client, Future<Sandbox> starting) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && !starting.isDone()) {
            try {
                return client.page(null, "");
            } catch (UncheckedIOException refused) {
                Thread.sleep(20);
            }
        }
        starting.get(); // a failed start says why
        throw new AssertionError("the sandbox finished seeding before its front page was asked");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("backstop") + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Reads the stopped sandbox's data, as the next start would. */
    private static <T> T reading(Path data, java.util.function.Function<EntityManagerStore, T> read) throws Exception {
        EntityManagerStore store = new EntityManagerStore(H2EntityManagers.open(url(data)));
        try {
            return read.apply(store);
        } finally {
            store.close();
            try (Connection connection = DriverManager.getConnection(url(data), "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static Instant setting(Path data, String name) throws Exception {
        return reading(data, store -> new SettingStore(store).read(name).map(Instant::parse).orElse(Instant.MIN));
    }

    private static Instant latestActivity(Path data) throws Exception {
        return reading(data, store -> SandboxTracker.latestActivity(store).orElseThrow());
    }
}
