package io.backstop.sandbox.host;

import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoStart;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where the sandbox's clock starts, and what it keeps in the data so that a restart goes on from there. */
final class SandboxClocks {

    /** The manual clock: {@code origin|now}. */
    static final String CLOCK_SETTING = "sandbox.clock";
    /** Where the system clock stood when the sandbox last stopped. */
    static final String LIVED_SETTING = "sandbox.lived";

    private SandboxClocks() {
    }

    /**
     * A manual clock keeps its place across restarts: the watcher's grid origin and "now" come back as they were.
     * Returns {origin, now}.
     */
    static String[] manualClock(SandboxOptions options, SettingStore settingStore) {
        String[] stored = settingStore.read(CLOCK_SETTING).map(text -> text.split("\\|")).orElse(null);
        if (stored == null) {
            Instant now = options.realTime().instant();
            Instant origin = options.start() != null ? options.start()
                    : options.demo() ? DemoStart.lastWorkingMorning(DemoDepartment.calendar(options.zone()), now)
                    : now.truncatedTo(ChronoUnit.SECONDS);
            stored = new String[] {origin.toString(), origin.toString()};
            settingStore.write(CLOCK_SETTING, stored[0] + "|" + stored[1]);
        }
        return stored;
    }

    /**
     * Where the system clock starts: the real time, or for the demo its last working morning ({@link DemoStart}),
     * resumed where the demo had got to if that is later (a restart the same day) and never behind the issues and
     * comments already stored (a sandbox killed without stopping).
     */
    static Instant systemOrigin(SandboxOptions options, EntityStore store, SettingStore settingStore) {
        Instant now = options.realTime().instant();
        if (!options.demo()) {
            return now;
        }
        Instant lived = settingStore.read(LIVED_SETTING).map(Instant::parse).orElse(Instant.MIN);
        Instant stored = SandboxTracker.latestActivity(store).map(at -> at.plusSeconds(1)).orElse(Instant.MIN);
        return DemoStart.resume(DemoDepartment.calendar(options.zone()), now,
                lived.isAfter(stored) ? lived : stored);
    }

    static void keepManual(SettingStore settings, String origin, Instant at) {
        settings.write(CLOCK_SETTING, origin + "|" + at);
    }

    static void keepLived(SettingStore settings, Instant at) {
        settings.write(LIVED_SETTING, at.toString());
    }
}
