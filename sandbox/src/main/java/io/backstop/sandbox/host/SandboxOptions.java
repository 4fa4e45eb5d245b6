package io.backstop.sandbox.host;

import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoLanguage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How to run the sandbox.
 *
 * @param port     0 picks a free port
 * @param start    where a manual clock starts (null: the demo's last working morning, or now without the demo; on
 *                 a restart, where it stopped); ignored on the system clock
 * @param speed    how much faster than real time the system clock runs
 * @param demo     seed the demo department into a fresh data directory and keep clients writing
 * @param realTime what the sandbox takes for the real time when it starts (tests pin it; see {@link #at})
 * @param zone     the demo department's zone (Moscow; tests also run it where clocks change for daylight saving)
 * @param publicHost a host name the sandbox also answers for besides 127.0.0.1 and localhost (null: none)
 * @param demoLanguage what the demo's clients and staff write in when it is first seeded (the data keeps it)
 */
public record SandboxOptions(int port, Path data, boolean manualClock, Instant start, double speed, boolean demo,
                             Clock realTime, ZoneId zone, String publicHost, DemoLanguage demoLanguage) {

    public static final int DEFAULT_PORT = 2990;

    public SandboxOptions(int port, Path data, boolean manualClock, Instant start, double speed, boolean demo) {
        this(port, data, manualClock, start, speed, demo, Clock.systemUTC(), DemoDepartment.ZONE, null, DemoLanguage.EN);
    }

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, Path.of("sandbox-data"), false, null, 1, true);
    }

    /** The same options, started as if the real time were {@code realNow}, with the demo department in {@code zone}. */
    public SandboxOptions at(Instant realNow, ZoneId departmentZone) {
        return new SandboxOptions(port, data, manualClock, start, speed, demo, Clock.fixed(realNow, ZoneOffset.UTC),
                departmentZone, publicHost, demoLanguage);
    }

    /** The same options, also answering for {@code host} (a name the sandbox is reached by on a network). */
    public SandboxOptions answeringFor(String host) {
        return new SandboxOptions(port, data, manualClock, start, speed, demo, realTime, zone, host, demoLanguage);
    }

    /** The same options, the demo seeded in {@code language} ({@code --demo-lang}). */
    public SandboxOptions inLanguage(DemoLanguage language) {
        return new SandboxOptions(port, data, manualClock, start, speed, demo, realTime, zone, publicHost, language);
    }
}
