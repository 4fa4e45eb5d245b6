package io.backstop.sandbox.demo.life;

import io.backstop.app.Backstop;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.StoredClock;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.core.staff.Presence;
import io.backstop.sandbox.demo.DemoAction;
import io.backstop.sandbox.demo.DemoClients;
import io.backstop.sandbox.demo.DemoIssue;
import io.backstop.sandbox.demo.DemoLanguage;
import io.backstop.sandbox.demo.DemoTraffic;
import io.backstop.sandbox.services.SandboxTime;
import io.backstop.sandbox.tracker.SandboxActions;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo department's life in the sandbox, once {@link DemoSeed} has seeded it: on the system clock, clients keep
 * writing and staff keep answering as sandbox time passes, in the language the demo was seeded in.
 */
public final class DemoLife implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLife.class);

    private final ScheduledExecutorService executor;

    private DemoLife(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Keeps clients writing and staff answering as sandbox time passes (system clock only). */
    public static DemoLife live(Backstop backstop, EntityStore store, SandboxTracker tracker, SandboxActions actions,
                         SandboxTime time) {
        long seed = new SettingStore(store).read(DemoSeed.SEED_SETTING).map(Long::parseLong).orElse(1L);
        DemoLanguage language = DemoSeed.language(store).orElse(DemoLanguage.EN);
        Instant from = time.instant();
        AbsenceStore absences = new AbsenceStore(store);
        Presence presence = (person, at) -> absences.inForceAt(at).isAbsent(person, at);
        DemoTraffic traffic = DemoTraffic.resume(DemoClients.generate(seed, language),
                backstop.settings().current().calendar().zone(), presence, new Random(seed ^ from.toEpochMilli()), from,
                tracker.nextNumber(), openIssues(store, tracker), language);
        actions.observe(action -> {
            synchronized (traffic) {
                traffic.observe(action);
            }
        });
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backstop-demo-traffic");
            thread.setDaemon(true);
            return thread;
        });
        Instant[] cursor = {from};
        executor.scheduleWithFixedDelay(() -> {
            try {
                Instant to = time.instant();
                List<DemoAction> next;
                synchronized (traffic) {
                    next = traffic.next(cursor[0], to);
                }
                cursor[0] = to;
                next.forEach(actions::apply);
            } catch (RuntimeException e) {
                LOG.warn("Demo traffic skipped a beat: {}", e.toString());
            }
        }, 1, 1, TimeUnit.SECONDS);
        return new DemoLife(executor);
    }

    /** The open issues as the traffic needs them: who owns them and whether a client waits. */
    private static List<DemoIssue> openIssues(EntityStore store, SandboxTracker tracker) {
        ClockStore clocks = new ClockStore(store);
        List<DemoIssue> open = new ArrayList<>();
        for (SandboxTracker.Issue issue : tracker.openIssues()) {
            Instant awaitingSince = clocks.find(issue.key()).map(StoredClock::clock)
                    .filter(clock -> clock.isAwaiting()).map(clock -> clock.awaitingSince()).orElse(null);
            int replies = (int) tracker.comments(issue.key()).stream()
                    .filter(c -> !c.internal() && !SandboxTracker.CLIENT.equals(c.author())).count();
            open.add(new DemoIssue(issue.key(), issue.owner(), issue.client(), issue.issueType(), issue.priority(),
                    issue.summary(), awaitingSince, replies));
        }
        return open;
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
