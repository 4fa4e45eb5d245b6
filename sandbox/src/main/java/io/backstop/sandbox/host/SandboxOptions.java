package io.backstop.sandbox.host;

import java.nio.file.Path;
import java.time.Instant;

/**
 * How to run the sandbox.
 *
 * @param port   0 picks a free port
 * @param start  where a manual clock starts (null: now, or where it stopped last time); ignored on the system clock
 * @param speed  how much faster than real time the system clock runs
 * @param demo   seed the demo department into a fresh data directory and keep clients writing
 */
public record SandboxOptions(int port, Path data, boolean manualClock, Instant start, double speed, boolean demo) {

    public static final int DEFAULT_PORT = 2990;

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, Path.of("sandbox-data"), false, null, 1, true);
    }
}
