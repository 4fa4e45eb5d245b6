package io.backstop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded load driver for a REST endpoint (by default the operator's queue): {@code users} simulated users, one
 * platform thread each (Java 17: no virtual threads), each in a closed loop of one GET and a think time drawn
 * uniformly from [0, 2 x {@code think}]. Requests during {@code warmup} are made but not counted; then every request
 * that starts within {@code duration} is timed, from just before sending to the last byte of the body. An error is
 * any status but 200, a body that is not a JSON array, an I/O failure or a request over {@code timeout}.
 *
 * <p>With {@code --advance PT5M}, a sandbox on the manual clock is moved on by that much every {@code --every}
 * (default 1s) for the whole run, as {@code admin}, through {@code POST rest/sandbox/1.0/clock}: each move runs the
 * watcher's ticks through the app's clock driver while the users read.
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
                         Ticker.Counts ticks) {

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
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (options.user() + ":" + options.user()).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build();
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long measureUntil = measureFrom + options.duration().toNanos();
        Ticker ticker = options.advance() == null ? null : new Ticker(client, options, measureUntil);
        if (ticker != null) {
            ticker.start();
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.users());
        List<Future<User>> futures = new ArrayList<>();
        for (int i = 0; i < options.users(); i++) {
            User user = new User(client, request, options.think().toNanos(), measureFrom, measureUntil, i);
            futures.add(pool.submit(() -> {
                user.run();
                return user;
            }));
        }
        pool.shutdown();
        long[] all = new long[0];
        Map<String, Integer> errors = new TreeMap<>();
        long bodyBytes = 0;
        for (Future<User> future : futures) {
            User user;
            try {
                user = future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a simulated user failed", e.getCause());
            }
            long[] mine = Arrays.copyOf(user.latencies, user.count);
            long[] merged = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, merged, all.length, mine.length);
            all = merged;
            user.errors.forEach((kind, n) -> errors.merge(kind, n, Integer::sum));
            bodyBytes = Math.max(bodyBytes, user.bodyBytes);
        }
        pool.awaitTermination(options.timeout().toSeconds() + 5, TimeUnit.SECONDS);
        Ticker.Counts ticks = null;
        if (ticker != null) {
            ticker.join();
            ticks = ticker.counts();
        }
        Arrays.sort(all);
        return new Result(all, errors, options.duration(), bodyBytes, ticks);
    }

    /** One simulated user: its own latencies and errors, merged at the end. */
    private static final class User {
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

        User(HttpClient client, HttpRequest request, long thinkNanos, long measureFrom, long measureUntil, int seed) {
            this.client = client;
            this.request = request;
            this.thinkNanos = thinkNanos;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.random = new SplittableRandom(seed);
        }

        void run() throws InterruptedException {
            // Users start spread over one think time, not all in the same millisecond.
            sleepNanos(thinkNanos == 0 ? 0 : random.nextLong(thinkNanos * 2));
            long sent;
            while ((sent = System.nanoTime()) < measureUntil) {
                String error = null;
                try {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    byte[] body = response.body();
                    if (response.statusCode() != 200) {
                        error = "HTTP " + response.statusCode();
                    } else if (body.length == 0 || body[0] != '[') {
                        error = "not a JSON array";
                    } else {
                        bodyBytes = body.length;
                    }
                } catch (java.net.http.HttpTimeoutException e) {
                    error = "timeout";
                } catch (IOException e) {
                    error = e.getClass().getSimpleName();
                }
                long took = System.nanoTime() - sent;
                if (sent >= measureFrom) {
                    if (error != null) {
                        errors.merge(error, 1, Integer::sum);
                    } else {
                        record(took / 1_000);
                    }
                }
                sleepNanos(thinkNanos == 0 ? 0 : random.nextLong(thinkNanos * 2));
            }
        }

        private void record(long micros) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = micros;
        }

        private static void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        }
    }

    /** Moves a manual sandbox clock on at a fixed rate until the run ends. */
    static final class Ticker extends Thread {

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

        Ticker(HttpClient client, Options options, long until) {
            super("clock-ticker");
            this.client = client;
            this.request = HttpRequest.newBuilder(options.url().resolve("rest/sandbox/1.0/clock"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "admin:admin".getBytes(StandardCharsets.UTF_8)))
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
}
