package io.backstop.sandbox.demo.life;

import io.backstop.app.Backstop;
import io.backstop.app.response.ClockDriver;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.StoredClock;
import io.backstop.app.response.TickGrid;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.staff.AbsenceStatus;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Presence;
import io.backstop.sandbox.demo.DemoAbsence;
import io.backstop.sandbox.demo.DemoAction;
import io.backstop.sandbox.demo.DemoClients;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import io.backstop.sandbox.demo.DemoIssue;
import io.backstop.sandbox.demo.DemoTraffic;
import io.backstop.sandbox.services.SandboxTime;
import io.backstop.sandbox.tracker.SandboxActions;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo department's life in the sandbox: on a fresh data directory, its settings, absences and the last ten
 * working days, replayed through the desk at their own instants so the audit and breaches are real; then, on the
 * system clock, clients keep writing and staff keep answering as sandbox time passes.
 */
public final class DemoLife implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLife.class);
    private static final String SEED_SETTING = "sandbox.demo.seed";

    private final ScheduledExecutorService executor;

    private DemoLife(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Seeds the demo department, its calendar in {@code zone}, unless the department is already configured. */
    public static void seedIfFresh(Backstop backstop, EntityStore store, SandboxActions actions, Instant now, ZoneId zone) {
        if (backstop.settings().current().isConfigured()) {
            return;
        }
        long seed = now.toEpochMilli();
        new SettingStore(store).write(SEED_SETTING, Long.toString(seed));
        backstop.settings().replace(SettingsDocument.read(
                DemoDepartment.settingsJson(zone, now.atZone(zone).toLocalDate())));
        DemoHistory history = DemoHistory.generate(now, seed, zone);
        for (DemoAbsence absence : history.absences()) {
            backstop.staff().add(absence.person(), absence.from(), absence.to(), absence.kind(),
                    DemoDepartment.OFFICE, history.start());
        }
        pastYearOfAbsences(backstop, store, history, now);
        ClockDriver driver = new ClockDriver(backstop.responses(),
                () -> new TickGrid(history.start(), backstop.settings().current().tick()), history.start());
        for (DemoAction action : history.actions()) {
            driver.advanceTo(action.at());
            actions.apply(action);
        }
        driver.advanceTo(now);
        driver.settle();
        promises(actions.tracker(), history);
        DemoResults.seed(backstop.results(), history, now);
        DemoLibrarySeed.seed(backstop.library(), actions.tracker(), history, now);
        LOG.info("Seeded the demo department: {} issues over {} actions since {}", history.issueCount(),
                history.actions().size(), history.start());
    }

    /**
     * Dates promised to clients (Jira's due date): every third client request of the history was promised for three
     * working days after it came in, so the open work shows promises still ahead and some already broken.
     */
    private static void promises(SandboxTracker tracker, DemoHistory history) {
        var calendar = DemoDepartment.calendar(history.zone());
        int requests = 0;
        for (DemoAction action : history.actions()) {
            if (action.kind() == DemoAction.Kind.CREATE_ISSUE
                    && DemoDepartment.CLIENT_REQUEST.equals(action.issueType()) && requests++ % 3 == 0) {
                tracker.promise(action.issue(), calendar.addWorking(action.at(), PROMISED_WITHIN)
                        .atZone(history.zone()).toLocalDate());
            }
        }
    }

    private static final Duration PROMISED_WITHIN = Duration.ofHours(24);

    /**
     * The year of absences before the history (for the absence report), recorded as they were handed in, all
     * over before the history starts; and the newcomer's request for the next working Tuesday's afternoon, waiting
     * for the head.
     */
    private static void pastYearOfAbsences(Backstop backstop, EntityStore store, DemoHistory history, Instant now) {
        AbsenceStore absences = new AbsenceStore(store);
        LocalDate today = now.atZone(history.zone()).toLocalDate();
        for (DemoAbsence a : history.pastYear(DemoDepartment.SIDOROVA, DemoDepartment.newcomerHired(today))) {
            Instant handedIn = a.handedIn().orElse(history.start());
            if (a.requested()) {
                var asked = absences.request(a.toAbsence(), a.person(), handedIn, "driving school");
                absences.decide(asked.id(), AbsenceStatus.APPROVED, DemoDepartment.HEAD,
                        handedIn.plusSeconds(3600), true, true);
            } else {
                absences.create(a.toAbsence(), DemoDepartment.OFFICE, true, true, handedIn);
            }
        }
        var calendar = backstop.settings().current().calendar();
        LocalDate tuesday = today.with(
                TemporalAdjusters.next(DayOfWeek.TUESDAY));
        while (calendar.workingSpans(tuesday).isEmpty() && tuesday.isBefore(today.plusWeeks(8))) {
            tuesday = tuesday.plusWeeks(1); // the New Year or May holidays: the first working Tuesday after them
        }
        var spans = calendar.workingSpans(tuesday);
        if (!spans.isEmpty()) {
            backstop.staff().request(DemoDepartment.SIDOROVA,
                    ZonedDateTime.of(tuesday, LocalTime.of(15, 0), history.zone()).toInstant(),
                    spans.get(spans.size() - 1).end(), AbsenceKind.STUDY, "driving school",
                    DemoDepartment.SIDOROVA, now);
        }
    }

    /** Keeps clients writing and staff answering as sandbox time passes (system clock only). */
    public static DemoLife live(Backstop backstop, EntityStore store, SandboxTracker tracker, SandboxActions actions,
                         SandboxTime time) {
        long seed = new SettingStore(store).read(SEED_SETTING).map(Long::parseLong).orElse(1L);
        Instant from = time.instant();
        AbsenceStore absences = new AbsenceStore(store);
        Presence presence = (person, at) -> absences.inForceAt(at).isAbsent(person, at);
        DemoTraffic traffic = DemoTraffic.resume(DemoClients.generate(seed), backstop.settings().current().calendar().zone(), presence,
                new Random(seed ^ from.toEpochMilli()), from, tracker.nextNumber(), openIssues(store, tracker));
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
