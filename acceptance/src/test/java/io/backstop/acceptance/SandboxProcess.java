package io.backstop.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built sandbox jar as a child process: {@code java -jar backstop-sandbox.jar serve --port 0 --data <temp>
 * --no-demo <clock options>}. The jar is {@code backstop.sandbox.jar} (set by the failsafe configuration to the one
 * the sandbox module built in this run). Ready when it prints "is running at <url>" (port 0: the sandbox takes a
 * free port and says which); {@link #close()} stops it (SIGTERM, then a kill) and removes its data.
 */
final class SandboxProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("is running at (http://\\S+/)");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final Path data;
    private final URI url;

    private SandboxProcess(Process process, Path data, URI url) {
        this.process = process;
        this.data = data;
        this.url = url;
    }

    static SandboxProcess start(String... clockOptions) {
        Path jar = Path.of(System.getProperty("backstop.sandbox.jar", "../sandbox/target/backstop-sandbox.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no sandbox jar at " + jar.toAbsolutePath() + ": build the sandbox module"
                    + " in the same run (mvn -B verify builds it before this module)");
        }
        Path data;
        try {
            data = Files.createTempDirectory("backstop-acceptance-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString(), "serve", "--port", "0", "--data", data.toString(), "--no-demo"));
        command.addAll(List.of(clockOptions));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            deleteTree(data);
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "kill-acceptance-sandbox"));
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    Matcher running = RUNNING.matcher(line);
                    if (running.find()) {
                        url.complete(URI.create(running.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process is gone; the wait below says so
            }
            url.completeExceptionally(new IllegalStateException("the sandbox ended before it was running"));
        }, "acceptance-sandbox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new SandboxProcess(process, data, url.get(STARTUP.toSeconds(), TimeUnit.SECONDS));
        } catch (TimeoutException | ExecutionException e) {
            stop(process);
            deleteTree(data);
            throw new IllegalStateException("the sandbox did not start (" + String.join(" ", command) + "): " + e
                    + "\n--- its output ---\n" + String.join("\n", output), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process);
            deleteTree(data);
            throw new IllegalStateException(e);
        }
    }

    URI url() {
        return url;
    }

    @Override
    public void close() {
        stop(process);
        deleteTree(data);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e.getMessage());
        }
    }
}
