package io.backstop.sandbox.demo.life;

import io.backstop.app.Backstop;
import io.backstop.app.response.ClockDriver;
import io.backstop.app.response.TickGrid;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.staff.AbsenceStatus;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.sandbox.demo.DemoAbsence;
import io.backstop.sandbox.demo.DemoAction;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import io.backstop.sandbox.demo.DemoLanguage;
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
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo department into a fresh data directory, in two parts, so the first start answers early
 * (docs/performance.md, "The demo's first start"):
 * <ol>
 *   <li>{@link #present}: what the first pages need: its settings, this fortnight's absences and the last ten
 *       working days replayed through the desk at their own instants, so the queue, audit and breaches are real.
 *       The sandbox serves a "preparing the demo" page meanwhile.</li>
 *   <li>{@link #past}: what only the dashboard's history needs: the year of absences before, 60 weeks of results,
 *       invoices, offers and complaints, the answer library; run after the pages answer, in the background.</li>
 * </ol>
 * Each step reports a line with its counts to {@link Progress}.
 */
public final class DemoSeed {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);
    static final String SEED_SETTING = "sandbox.demo.seed";
    /** The language the demo was seeded in: {@code en} or {@code ru}. */
    static final String LANGUAGE_SETTING = "sandbox.demo.lang";
    /** {@code pending} while the past is being seeded, {@code done} after. */
    static final String PAST_SETTING = "sandbox.demo.past";

    /** Where the seeding has got to: a line for the console, and how far the first part is, 0 to 100. */
    public interface Progress {
        void step(String line, int percent);
    }

    private static final Duration PROMISED_WITHIN = Duration.ofHours(24);

    private final Backstop backstop;
    private final EntityStore store;
    private final SandboxActions actions;
    private final Progress progress;
    private final DemoHistory history;

    private DemoSeed(Backstop backstop, EntityStore store, SandboxActions actions, DemoHistory history,
                     Progress progress) {
        this.backstop = backstop;
        this.store = store;
        this.actions = actions;
        this.history = history;
        this.progress = progress;
    }

    /** A seeding of a fresh department as of {@code now}, or empty if the department is already configured. */
    public static Optional<DemoSeed> ifFresh(Backstop backstop, EntityStore store, SandboxActions actions, Instant now,
                                             ZoneId zone, DemoLanguage language, Progress progress) {
        if (backstop.settings().current().isConfigured()) {
            if (new SettingStore(store).read(PAST_SETTING).filter("pending"::equals).isPresent()) {
                progress.step("its first start was stopped before its history was in: the dashboard's past may be "
                        + "incomplete (start on an empty --data directory to seed it again)", 100);
            }
            return Optional.empty();
        }
        DemoSeed seeding = new DemoSeed(backstop, store, actions,
                DemoHistory.generate(now, now.toEpochMilli(), zone, language), progress);
        seeding.settings();
        return Optional.of(seeding);
    }

    /** The language a seeded demo writes in; empty before the first seeding (or for a demo seeded before it had one). */
    public static Optional<DemoLanguage> language(EntityStore store) {
        return new SettingStore(store).read(LANGUAGE_SETTING).map(DemoLanguage::parse);
    }


    /** The department's settings, before the pages answer: its people can log in while the rest is seeded. */
    private void settings() {
        SettingStore settings = new SettingStore(store);
        settings.write(SEED_SETTING, Long.toString(history.seed()));
        settings.write(LANGUAGE_SETTING, history.language().code());
        settings.write(PAST_SETTING, "pending");
        ZoneId zone = history.zone();
        backstop.settings().replace(SettingsDocument.read(
                DemoDepartment.settingsJson(zone, history.now().atZone(zone).toLocalDate())));
        progress.step("settings: the Moscow calendar, " + DemoDepartment.people().size() + " people", 1);
    }

    /** The first part: absences and the replayed fortnight, the settings already in. */
    public void present() {
        Instant now = history.now();
        for (DemoAbsence absence : history.absences()) {
            backstop.staff().add(absence.person(), absence.from(), absence.to(), absence.kind(),
                    DemoDepartment.OFFICE, history.start());
        }
        progress.step("absences around today: " + history.absences().size(), 2);
        // the grid once: the settings do not change while they are replayed, and reading them costs a query each time
        TickGrid grid = new TickGrid(history.start(), backstop.settings().current().tick());
        ClockDriver driver = new ClockDriver(backstop.responses(), () -> grid, history.start());
        List<DemoAction> all = history.actions();
        int reported = 0;
        for (int i = 0; i < all.size(); i++) {
            driver.advanceTo(all.get(i).at());
            actions.apply(all.get(i));
            int percent = 2 + 96 * (i + 1) / all.size();
            if (percent >= reported + 10) {
                reported = percent;
                progress.step("replaying the last " + DemoHistory.WORKING_DAYS + " working days: " + (i + 1) + " of "
                        + all.size() + " actions", percent);
            }
        }
        driver.advanceTo(now);
        driver.settle();
        promises(actions.tracker());
        progress.step("replayed: " + history.issueCount() + " issues, " + all.size() + " actions since "
                + history.start(), 100);
    }

    /** The second part: the year before, results, the library; in the background of a running sandbox. */
    public void past() {
        Instant now = history.now();
        int pastAbsences = pastYearOfAbsences(now);
        progress.step("history: " + pastAbsences + " absences of the past year", 100);
        DemoResults.seed(backstop.results(), history, now);
        progress.step("history: 60 weeks of results, invoices, offers, complaints", 100);
        int entries = DemoLibrarySeed.seed(backstop.library(), actions.tracker(), history, now);
        new SettingStore(store).write(PAST_SETTING, "done");
        progress.step("history: " + entries + " answers in the library; the demo is complete", 100);
    }

    /** {@link #past} in a thread of its own, started; the sandbox's pages show what is there meanwhile. */
    public Thread pastInBackground() {
        Thread thread = new Thread(() -> {
            try {
                past();
            } catch (RuntimeException e) {
                LOG.error("Seeding the demo's history failed; the demo runs without part of its past", e);
            }
        }, "backstop-demo-history");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Dates promised to clients (Jira's due date): every third client request of the history was promised for three
     * working days after it came in, so the open work shows promises still ahead and some already broken.
     */
    private void promises(SandboxTracker tracker) {
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

    /**
     * The year of absences before the history (for the absence report), recorded as they were handed in, all
     * over before the history starts; and the newcomer's request for the next working Tuesday's afternoon, waiting
     * for the head.
     */
    private int pastYearOfAbsences(Instant now) {
        AbsenceStore absences = new AbsenceStore(store);
        LocalDate today = now.atZone(history.zone()).toLocalDate();
        String drivingSchool = history.language() == DemoLanguage.RU ? "автошкола" : "driving school";
        List<DemoAbsence> pastYear = history.pastYear(DemoDepartment.SIDOROVA, DemoDepartment.newcomerHired(today));
        for (DemoAbsence a : pastYear) {
            Instant handedIn = a.handedIn().orElse(history.start());
            if (a.requested()) {
                var asked = absences.request(a.toAbsence(), a.person(), handedIn, drivingSchool);
                absences.decide(asked.id(), AbsenceStatus.APPROVED, DemoDepartment.HEAD,
                        handedIn.plusSeconds(3600), true, true);
            } else {
                absences.create(a.toAbsence(), DemoDepartment.OFFICE, true, true, handedIn);
            }
        }
        var calendar = backstop.settings().current().calendar();
        LocalDate tuesday = today.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        while (calendar.workingSpans(tuesday).isEmpty() && tuesday.isBefore(today.plusWeeks(8))) {
            tuesday = tuesday.plusWeeks(1); // the New Year or May holidays: the first working Tuesday after them
        }
        var spans = calendar.workingSpans(tuesday);
        if (!spans.isEmpty()) {
            backstop.staff().request(DemoDepartment.SIDOROVA,
                    ZonedDateTime.of(tuesday, LocalTime.of(15, 0), history.zone()).toInstant(),
                    spans.get(spans.size() - 1).end(), AbsenceKind.STUDY, drivingSchool,
                    DemoDepartment.SIDOROVA, now);
        }
        return pastYear.size();
    }
}
