package io.backstop.bench;

import io.backstop.app.settings.SettingsDocument;
import io.backstop.h2.H2EntityManagers;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a sandbox data directory holding a large department for the load test: {@code issues} open issues, of
 * which {@code awaiting} wait for a reply (three in ten breached and with the operator, three in ten in the queue,
 * four in ten not yet queued; those not breached fall due over the next eight hours, so a watcher ticking through
 * them has work) and the rest are
 * answered. Same arguments, same rows.
 *
 * <p>The directory is made by the sandbox itself ({@link Sandbox#start} with no demo, so its schema and settings
 * are exactly what {@code serve} expects); the department's settings go in through the app's settings service. Only
 * the issues and their clocks are written with JDBC batches: through Active Objects one entity at a time, 100 000
 * issues and clocks take many minutes, batched they take seconds (see {@link ClockRows}).
 *
 * <pre>
 * java -cp bench/target/backstop-bench.jar io.backstop.bench.SeedSandbox --data DIR [--issues 100000]
 *      [--awaiting 500] [--now INSTANT] [--seed 42]
 * </pre>
 */
public final class SeedSandbox {

    static final List<String> MANAGERS = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8");
    static final String USAGE = "usage: SeedSandbox --data DIR [--issues 100000] [--awaiting 500] [--now INSTANT]"
            + " [--seed 42]";
    private static final String[] TYPES = {"Question", "Question", "Question", "Order", "Order", "Delivery",
        "Complaint"};
    private static final String[] PRIORITIES = {"Low", "Medium", "Medium", "High"};
    private static final int CLIENTS = 2_000;
    private static final Duration DUE_SPREAD = Duration.ofHours(8);

    /** What was written. */
    public record Summary(int issues, int breached, int queued, int awaitingNotQueued, Instant now) {
        public int inQueueAtNow() {
            return breached + queued;
        }
    }

    private SeedSandbox() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        int issues = 100_000;
        int awaiting = 500;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long seed = 42;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--data" -> data = Path.of(value);
                case "--issues" -> issues = Integer.parseInt(value);
                case "--awaiting" -> awaiting = Integer.parseInt(value);
                case "--now" -> now = Instant.parse(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException(USAGE);
        }
        long started = System.nanoTime();
        Summary summary = seed(data, issues, awaiting, now, seed);
        System.out.printf("seeded %s in %.1f s: %d open issues, %d awaiting (%d breached, %d queued, %d not yet"
                        + " queued), at %s%n", data, (System.nanoTime() - started) / 1e9, summary.issues(),
                summary.breached() + summary.queued() + summary.awaitingNotQueued(), summary.breached(),
                summary.queued(), summary.awaitingNotQueued(), summary.now());
        System.out.printf("serve it: java -jar sandbox/target/backstop-sandbox.jar serve --data %s --no-demo"
                + " --clock manual --start %s   (no watcher), or ... serve --data %s --no-demo --speed 300"
                + " (watcher every second)%n", data, now, data);
    }

    /** Seeds a new data directory; refuses one that already holds anything. */
    public static Summary seed(Path data, int issues, int awaiting, Instant now, long seed) throws Exception {
        if (issues < 1 || awaiting < 0 || awaiting > issues) {
            throw new IllegalArgumentException("need 1 <= issues and 0 <= awaiting <= issues");
        }
        if (Files.exists(data)) {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(data + " is not empty: seed a new data directory");
                }
            }
        }
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, true, now, 1, false))) {
            sandbox.backstop().settings().replace(SettingsDocument.read(Fixtures.department(MANAGERS, "PT5M")));
        }
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("backstop");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Summary summary = write(connection, issues, awaiting, now, new SplittableRandom(seed));
            connection.createStatement().execute("SHUTDOWN");
            return summary;
        }
    }

    private static Summary write(Connection connection, int issues, int awaiting, Instant now, SplittableRandom random)
            throws SQLException {
        int breached = awaiting * 3 / 10;
        int queued = awaiting * 3 / 10;
        long at = now.toEpochMilli();
        long minute = Duration.ofMinutes(1).toMillis();
        // Awaiting issues spread evenly over the keys, as they would be among real issues.
        int stride = awaiting == 0 ? Integer.MAX_VALUE : issues / awaiting;
        try (ClockRows clocks = new ClockRows(connection);
             PreparedStatement issue = connection.prepareStatement("INSERT INTO \"" + H2EntityManagers.TABLE_PREFIX
                     + "SBX_ISSUE\" (\"ISSUE_KEY\", \"SUMMARY\", \"CLIENT\", \"ISSUE_TYPE\", \"PRIORITY\", \"OWNER\","
                     + " \"ASSIGNEE\", \"RESOLVED\", \"CREATED_AT\") VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)")) {
            for (int n = 1; n <= issues; n++) {
                String key = "WEB-" + n;
                String owner = MANAGERS.get(random.nextInt(MANAGERS.size()));
                String client = "Client " + (1 + random.nextInt(CLIENTS));
                String type = TYPES[random.nextInt(TYPES.length)];
                String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
                // Opened over the last year, older issues first.
                long created = at - (long) (issues - n + 1) * (Duration.ofDays(365).toMillis() / issues);
                int k = (n - 1) / stride;
                boolean special = (n - 1) % stride == 0 && k < awaiting;
                String assignee = owner;
                if (!special) {
                    clocks.add(key, type, priority, client, owner, owner, false, null, null, null, false, created);
                } else if (k < breached) { // breached earlier today, given to the operator
                    long since = at - (120 + random.nextInt(240)) * minute;
                    assignee = "operator";
                    clocks.add(key, type, priority, client, owner, assignee, false, since, since + 30 * minute,
                            since + 60 * minute, true, created);
                } else if (k < breached + queued) { // queued a while ago, due within the next eight hours
                    long since = at - (40 + random.nextInt(60)) * minute;
                    clocks.add(key, type, priority, client, owner, owner, false, since, since + 30 * minute,
                            at + minute + random.nextLong(DUE_SPREAD.toMillis()), false, created);
                } else { // written in the last twenty minutes; queues within eight hours, due half an hour later
                    long queuedAt = at + minute + random.nextLong(DUE_SPREAD.toMillis());
                    clocks.add(key, type, priority, client, owner, owner, false, at - random.nextInt(20) * minute,
                            queuedAt, queuedAt + 30 * minute, false, created);
                }
                issue.setString(1, key);
                issue.setString(2, type + " from " + client);
                issue.setString(3, client);
                issue.setString(4, type);
                issue.setString(5, priority);
                issue.setString(6, owner);
                issue.setString(7, assignee);
                issue.setLong(8, created);
                issue.addBatch();
                if (n % ClockRows.BATCH == 0) {
                    issue.executeBatch();
                }
            }
            issue.executeBatch();
        }
        connection.commit();
        return new Summary(issues, breached, queued, awaiting - breached - queued, now);
    }
}
