package io.backstop.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.Backstop;
import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.port.Locks;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.h2.H2EntityManagers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What Backstop adds to one of Jira's issue events (the plugin's listener runs inside the request that caused it),
 * on H2 through Active Objects with {@code clocks} stored clocks of project WEB, the department's only project:
 * <ul>
 *   <li>{@code conversationTurn}: a client's message and a manager's reply on one of them (two events, each in its
 *       own transaction under the clock's row lock: the path every client conversation takes);</li>
 *   <li>{@code otherProjectEvent}: an event on an issue of another project, passed over
 *       ({@link ResponseDesk#concerns});</li>
 *   <li>{@code unresolvedIssueUpdate}: Jira's event for any change of an unresolved issue that has a clock
 *       (reported as "reopened"), which changes nothing.</li>
 * </ul>
 * {@code database}: {@code memory} (as Jira's own database stands in), or an H2 file as the sandbox keeps it,
 * {@code file} with H2's default delayed write, {@code durable} with every commit written ({@code WRITE_DELAY 0}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EventPathBenchmark {

    static final List<String> MANAGERS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
    /** A Thursday, 11:00 in Moscow: working time. */
    static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");

    @Param({"10000", "1000000"})
    public int clocks;

    @Param({"memory"})
    public String database;

    private EntityManager manager;
    /** The H2 file's directory, when {@code database} is not {@code memory}. */
    private Path directory;
    private ResponseDesk desk;
    private int next;

    @Setup
    public void setUp() throws SQLException, IOException {
        manager = openDatabase();
        Locks direct = new Locks() {
            @Override
            public <T> T withLock(String name, Supplier<T> work) {
                return work.get(); // one thread: the cluster lock is Jira's cost, not measured here
            }
        };
        Backstop backstop = new Backstop(new EntityManagerStore(manager), new NoTracker(), new NoDirectory(), direct,
                Fixtures.MOSCOW);
        ObjectNode department = (ObjectNode) new ObjectMapper().readTree(Fixtures.department(MANAGERS, "PT5M"));
        department.putArray("projects").add("WEB");
        backstop.settings().replace(SettingsDocument.read(department));
        desk = backstop.responses();
        long created = AT.minus(Duration.ofDays(30)).toEpochMilli();
        try (Connection connection = manager.getProvider().getConnection();
             ClockRows rows = new ClockRows(connection)) {
            for (int i = 1; i <= clocks; i++) { // answered, open: a client's next message starts a wait
                String owner = MANAGERS.get(i % MANAGERS.size());
                rows.add("WEB-" + i, "Question", "Medium", "client-" + (i % 5_000), owner, owner, false, null, null,
                        null, false, created);
            }
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        manager.getProvider().dispose();
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private EntityManager openDatabase() throws IOException, SQLException {
        if (database.equals("memory")) {
            return H2EntityManagers.inMemory();
        }
        directory = Files.createTempDirectory("event-path");
        String url = "jdbc:h2:file:" + directory.resolve("backstop") + ";DB_CLOSE_DELAY=-1";
        if (database.equals("durable")) {
            H2EntityManagers.writeEveryCommit(url);
        }
        return H2EntityManagers.open(url);
    }

    /** Issues in turn, spread over the stored ones, so no turn finds a clock the previous one left awaiting. */
    private String nextIssue() {
        next = next % clocks + 1;
        return "WEB-" + (int) ((next * 7_919L) % clocks + 1);
    }

    @Benchmark
    public String conversationTurn() {
        String issue = nextIssue();
        String owner = MANAGERS.get(issue.hashCode() & 7);
        IssueFacts facts = new IssueFacts(issue, "Question", "Medium", owner, "client");
        desk.commentAdded(facts, "client", false, AT);
        desk.commentAdded(facts, "m1", false, AT.plusSeconds(600));
        return issue;
    }

    @Benchmark
    public boolean otherProjectEvent() {
        return desk.concerns("DEV-" + (next++ % clocks + 1));
    }

    @Benchmark
    public String unresolvedIssueUpdate() {
        String issue = nextIssue();
        desk.issueReopened(issue, AT);
        return issue;
    }
}
