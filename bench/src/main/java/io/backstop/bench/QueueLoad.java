package io.backstop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded load driver for a REST endpoint (by default the operator's queue): {@code users} simulated users
 * ({@link QueueLoadUser}), one platform thread each (Java 17: no virtual threads), each in a closed loop of one GET
 * and a think time drawn uniformly from [0, 2 x {@code think}]. Requests during {@code warmup} are made but not
 * counted; then every request that starts within {@code duration} is timed, from just before sending to the last
 * byte of the body. An error is any status but 200, a body that is not a JSON array, an I/O failure or a request
 * over {@code timeout}.
 *
 * <p>With {@code --advance PT5M}, a sandbox on the manual clock is moved on by that much every {@code --every}
 * (default 1s) for the whole run, as {@code admin}, through {@code POST rest/sandbox/1.0/clock}
 * ({@link ClockTicker}): each move runs the watcher's ticks through the app's clock driver while the users read.
 *
 * <pre>
 * java -cp bench/target/backstop-bench.jar io.backstop.bench.QueueLoad --url http://127.0.0.1:2990/
 *      [--path rest/backstop/1.0/queue] [--user operator] [--users 200] [--think 1s] [--warmup 20s]
 *      [--duration 60s] [--timeout 10s] [--advance PT5M [--every 1s]]
 * </pre>
 */
public final class QueueLoad {

    static final String USAGE = "usage: QueueLoad --url URL [--path rest/backstop/1.0/queue] [--user operator]"
            + " [--users 200] [--think 1s] [--warmup 20s] [--duration 60s] [--timeout 10s] [--advance PT5M"
            + " [--every 1s]]";

    /** How to load. */
    public record Options(URI url, String path, String user, int users, Duration think, Duration warmup,
                          Duration duration, Duration timeout, Duration advance, Duration every) {
    }

    /** What came of it; latencies in microseconds, sorted. */
    public record Result(long[] latencies, Map<String, Integer> errors, Duration measured, long lastBodyBytes,
                         ClockTicker.Counts ticks) {

        public int requests() {
            return latencies.length + errorCount();
        }

        public int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The latency at {@code quantile} (0..1) of the successful requests, nearest rank; 0 when none. */
        public long percentileMicros(double quantile) {
            if (latencies.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(quantile * latencies.length);
            return latencies[Math.max(0, Math.min(latencies.length - 1, rank - 1))];
        }

        public String report() {
            return String.format("requests %d (%.1f/s), errors %d %s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
                            + " p99.9 %.1f ms, max %.1f ms, response %d bytes", requests(),
                    requests() / (measured.toMillis() / 1000.0), errorCount(), errors, ms(0.50), ms(0.90), ms(0.99),
                    ms(0.999), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1000.0, lastBodyBytes)
                    + (ticks == null ? "" : String.format("; clock moved %d times (%d failed), each move %.0f ms on"
                    + " average, %.0f ms at most", ticks.moves(), ticks.failures(), ticks.meanMillis(),
                    ticks.maxMillis()));
        }

        Result withTicks(ClockTicker.Counts counts) {
            return new Result(latencies, errors, measured, lastBodyBytes, counts);
        }

        private double ms(double quantile) {
            return percentileMicros(quantile) / 1000.0;
        }
    }

    private QueueLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        System.out.printf("%d users, think %s, warm-up %s, measured %s: GET %s as %s%n", options.users(),
                options.think(), options.warmup(), options.duration(), options.url().resolve(options.path()),
                options.user());
        Result result = run(options);
        System.out.println(result.report());
    }

    static Options parse(String[] args) {
        URI url = null;
        String path = "rest/backstop/1.0/queue";
        String user = "operator";
        int users = 200;
        Duration think = Duration.ofSeconds(1);
        Duration warmup = Duration.ofSeconds(20);
        Duration duration = Duration.ofSeconds(60);
        Duration timeout = Duration.ofSeconds(10);
        Duration advance = null;
        Duration every = Duration.ofSeconds(1);
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--url" -> url = URI.create(value.endsWith("/") ? value : value + "/");
                case "--path" -> path = value.startsWith("/") ? value.substring(1) : value;
                case "--user" -> user = value;
                case "--users" -> users = Integer.parseInt(value);
                case "--think" -> think = duration(value);
                case "--warmup" -> warmup = duration(value);
                case "--duration" -> duration = duration(value);
                case "--timeout" -> timeout = duration(value);
                case "--advance" -> advance = Duration.parse(value);
                case "--every" -> every = duration(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        if (url == null || users < 1 || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(USAGE);
        }
        return new Options(url, path, user, users, think, warmup, duration, timeout, advance, every);
    }

    /** {@code 500ms}, {@code 20s}, {@code 2m} or an ISO-8601 duration. */
    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            return Duration.parse(text);
        }
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> throw new IllegalArgumentException("a duration such as 500ms, 20s or 2m, got " + text);
        };
    }

    public static Result run(Options options) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.timeout()).build();
        HttpRequest request = HttpRequest.newBuilder(options.url().resolve(options.path())).GET()
                .timeout(options.timeout())
                .header("Authorization", basicAuth(options.user()))
                .header("Accept", "application/json").build();
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long measureUntil = measureFrom + options.duration().toNanos();
        ClockTicker ticker = options.advance() == null ? null : new ClockTicker(client, options, measureUntil);
        if (ticker != null) {
            ticker.start();
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.users());
        List<Future<QueueLoadUser>> futures = new ArrayList<>();
        for (int i = 0; i < options.users(); i++) {
            QueueLoadUser user = new QueueLoadUser(client, request, options.think().toNanos(), measureFrom,
                    measureUntil, i);
            futures.add(pool.submit(() -> {
                user.run();
                return user;
            }));
        }
        pool.shutdown();
        Result result = merge(futures, options.duration());
        pool.awaitTermination(options.timeout().toSeconds() + 5, TimeUnit.SECONDS);
        if (ticker == null) {
            return result;
        }
        ticker.join();
        return result.withTicks(ticker.counts());
    }

    /** The users' latencies (sorted), errors and largest last body, as they finish; no clock moves yet. */
    private static Result merge(List<Future<QueueLoadUser>> futures, Duration measured) throws InterruptedException {
        long[] all = new long[0];
        Map<String, Integer> errors = new TreeMap<>();
        long bodyBytes = 0;
        for (Future<QueueLoadUser> future : futures) {
            QueueLoadUser user;
            try {
                user = future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a simulated user failed", e.getCause());
            }
            long[] mine = user.latencies();
            long[] merged = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, merged, all.length, mine.length);
            all = merged;
            user.errors().forEach((kind, n) -> errors.merge(kind, n, Integer::sum));
            bodyBytes = Math.max(bodyBytes, user.bodyBytes());
        }
        Arrays.sort(all);
        return new Result(all, errors, measured, bodyBytes, null);
    }

    /** The {@code Authorization} header of a sandbox login whose password is the login itself. */
    static String basicAuth(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + login).getBytes(StandardCharsets.UTF_8));
    }
}
