package io.backstop.bench;

import io.backstop.app.port.Locks;
import io.backstop.app.staff.AbsenceReportDesk;
import io.backstop.app.onboarding.OnboardingDesk;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.Schema;
import io.backstop.app.store.SettingStore;
import io.backstop.core.onboarding.NewcomerProgress;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The absence report (12 months, everyone), the onboarding plan's learning order (12 months of operation rows) and
 * one newcomer's progress, read from stores holding {@code years} of history: per manager and year 2 vacations,
 * 4 sick spells and 10 part days, and the operation rows of {@link ResultsReadBenchmark} (about 480 operations a
 * working day). Each read touches its window only, so it should stay flat as the history grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeopleReadBenchmark {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final YearMonth LAST = YearMonth.of(2026, 11);
    static final LocalDate LAST_DAY = LAST.atEndOfMonth();

    @Param({"1", "10"})
    public int years;

    private EntityManager manager;
    private AbsenceReportDesk reports;
    private OnboardingDesk onboarding;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        manager = H2EntityManagers.inMemory();
        EntityManagerStore store = new EntityManagerStore(manager);
        Schema.upgrade(store);
        SettingsService settings = new SettingsService(new SettingStore(store), new ClockStore(store), ZONE);
        settings.replace(SettingsDocument.read(ResultsReadBenchmark.department()));
        ResultsDesk results = new ResultsDesk(settings, store, new Locks() {
            @Override
            public <T> T withLock(String name, Supplier<T> work) {
                return work.get();
            }
        }, new NoTracker());
        results.replaceSettings(ResultsSettings.read("{\"hired\": {\"m8\": \"2026-09-01\"}}"));
        reports = new AbsenceReportDesk(settings, results, store);
        onboarding = new OnboardingDesk(settings, results, store);
        int absences = absences(new AbsenceStore(store));
        long rows = operations();
        System.out.printf("%nhistory: %d years, %d absences, %d operation rows%n", years, absences, rows);
    }

    private int absences(AbsenceStore store) {
        Random random = new Random(7);
        int made = 0;
        LocalDate first = LAST_DAY.minusYears(years);
        for (String person : ResultsReadBenchmark.MANAGERS) {
            for (int y = 0; y < years; y++) {
                LocalDate yearStart = first.plusYears(y);
                for (int i = 0; i < 16; i++) {
                    LocalDate day = yearStart.plusDays(random.nextInt(360));
                    Instant from;
                    Instant to;
                    AbsenceKind kind;
                    if (i < 2) {
                        from = day.atStartOfDay(ZONE).toInstant();
                        to = day.plusDays(7 + random.nextInt(7)).atStartOfDay(ZONE).toInstant();
                        kind = AbsenceKind.VACATION;
                    } else if (i < 6) {
                        from = day.atStartOfDay(ZONE).toInstant();
                        to = day.plusDays(1 + random.nextInt(4)).atStartOfDay(ZONE).toInstant();
                        kind = AbsenceKind.SICK;
                    } else {
                        from = day.atTime(15, 0).atZone(ZONE).toInstant();
                        to = day.atTime(18, 0).atZone(ZONE).toInstant();
                        kind = AbsenceKind.STUDY;
                    }
                    store.create(new Absence(person, from, to, kind), "head", true, true,
                            from.minusSeconds(86_400L * random.nextInt(60)));
                    made++;
                }
            }
        }
        return made;
    }

    /** Every working day of the years: per manager per operation a count of 3 to 12. */
    private long operations() throws SQLException {
        Random random = new Random(42);
        long rows = 0;
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + H2EntityManagers.TABLE_PREFIX
                     + "RES_OP_DAY\" (\"PERSON\", \"WORK_DAY\", \"OPERATION\", \"OP_COUNT\", \"NORM_MINUTES\")"
                     + " VALUES (?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            LocalDate first = LAST_DAY.minusYears(years);
            for (LocalDate day = LAST_DAY; day.isAfter(first); day = day.minusDays(1)) {
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (String person : ResultsReadBenchmark.MANAGERS) {
                    for (int op = 0; op < ResultsReadBenchmark.OPERATIONS.size(); op++) {
                        int count = 3 + random.nextInt(10);
                        insert.setString(1, person);
                        insert.setString(2, day.toString());
                        insert.setString(3, ResultsReadBenchmark.OPERATIONS.get(op));
                        insert.setLong(4, count);
                        insert.setLong(5, (long) count * ResultsReadBenchmark.MINUTES[op]);
                        insert.addBatch();
                        rows++;
                    }
                }
                if (rows % 3200 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return rows;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.getProvider().dispose();
    }

    @Benchmark
    public AbsenceReportDesk.Report absenceReport() {
        return reports.report(LAST, Optional.empty());
    }

    @Benchmark
    public OnboardingDesk.Plan learningOrder() {
        return onboarding.plan(LAST_DAY);
    }

    @Benchmark
    public List<NewcomerProgress> newcomer() {
        return onboarding.newcomers(LAST_DAY, Optional.empty());
    }
}
