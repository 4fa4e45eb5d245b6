package io.backstop.sandbox.host;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sandbox in a process of its own, as a user runs it ({@code Main serve --no-demo --clock manual}), so that a test
 * can kill it with SIGKILL ({@link Process#destroyForcibly} on Linux): nothing in the sandbox gets to run after.
 */
public final class SandboxProcess {

    private static final Pattern RUNNING = Pattern.compile("running at (\\S+) ");
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final URI url;

    private SandboxProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts a sandbox on {@code data} with a manual clock at {@code start} (kept in the data after the first start)
     * on a free port, and waits until it prints its address. Its output goes to {@code log}, appended.
     */
    public static SandboxProcess start(Path data, Instant start, Path log) throws IOException, InterruptedException {
        return serve(log, "--no-demo", "--clock", "manual", "--start", start.toString(), "--port", "0", "--data",
                data.toString());
    }

    /** Starts {@code serve} with {@code options} (give {@code --port 0}) and waits until it prints its address. */
    public static SandboxProcess serve(Path log, String... options) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the test's own class path: under failsafe a manifest-only jar that names every module and dependency
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "io.backstop.sandbox.Main", "serve"));
        command.addAll(List.of(options));
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher running = RUNNING.matcher(tail(log, logStart));
            if (running.find()) {
                return new SandboxProcess(process, URI.create(running.group(1)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the sandbox ended with " + process.exitValue() + ": "
                        + tail(log, logStart));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the sandbox did not start within " + STARTUP + ": " + tail(log, logStart));
    }

    public URI url() {
        return url;
    }

    /** SIGTERM, as Ctrl-C stops it: the sandbox's shutdown hook runs. Waits until the process is gone. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the sandbox did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL, and wait until the process is gone (its database file is free again). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the sandbox process outlived SIGKILL for 30 s");
        }
    }

    private static String tail(Path log, long from) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                StandardCharsets.UTF_8);
    }
}
