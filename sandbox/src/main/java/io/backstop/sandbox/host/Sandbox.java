package io.backstop.sandbox.host;

import io.backstop.app.Backstop;
import io.backstop.app.Schema;
import io.backstop.app.access.Access;
import io.backstop.app.forecast.ForecastDesk;
import io.backstop.app.library.LibraryDesk;
import io.backstop.app.onboarding.OnboardingDesk;
import io.backstop.app.response.ClockDriver;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.response.TickGrid;
import io.backstop.app.rest.ApiErrorMapper;
import io.backstop.app.rest.CallerLanguage;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.catalogue.CataloguesDesk;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.complaints.ComplaintsDesk;
import io.backstop.app.results.suspected.SuspectedDesk;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.digest.DigestDesk;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.sales.SalesDesk;
import io.backstop.app.results.scorecard.ScorecardDesk;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceReportDesk;
import io.backstop.app.staff.StaffDesk;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.h2.H2EntityManagers;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoStart;
import io.backstop.sandbox.demo.life.DemoLife;
import io.backstop.sandbox.services.SandboxTime;
import io.backstop.sandbox.services.StripedLocks;
import io.backstop.sandbox.tracker.ClockResource;
import io.backstop.sandbox.tracker.SandboxActions;
import io.backstop.sandbox.tracker.SandboxTracker;
import io.backstop.sandbox.tracker.TornWriteRepair;
import io.backstop.sandbox.tracker.TrackerResource;
import io.backstop.sandbox.users.SandboxUsers;
import io.backstop.sandbox.web.CookieLanguage;
import io.backstop.sandbox.web.SandboxWeb;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jira-less host: Backstop's app over an H2 file database, the sandbox's own tracker, HTTP Basic logins, a
 * system or manual clock and a watcher, served by Jetty and Jersey on the loopback interface.
 */
public final class Sandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    private static final String CLOCK_SETTING = "sandbox.clock";
    /** Where the system clock stood when the sandbox last stopped. */
    private static final String LIVED_SETTING = "sandbox.lived";

    private final String jdbcUrl;
    private final EntityManagerStore store;
    private final Backstop backstop;
    private final SandboxTracker tracker;
    private final SandboxUsers users;
    private final SandboxTime time;
    private final Server server;
    private final ScheduledExecutorService watcher;
    private final SandboxActions actions;
    private final DemoLife demo;
    private final SettingStore settingStore;

    private Sandbox(SandboxOptions options) throws Exception {
        Files.createDirectories(options.data());
        this.jdbcUrl = "jdbc:h2:file:" + options.data().toAbsolutePath().resolve("backstop") + ";DB_CLOSE_DELAY=-1";
        waitLongerForLocks(jdbcUrl);
        H2EntityManagers.writeEveryCommit(jdbcUrl); // an answered write survives kill -9
        this.store = new EntityManagerStore(H2EntityManagers.open(jdbcUrl));
        Schema.upgrade(store);
        SandboxTracker.migrate(store); // once: the clock's start reads the tracker before the tracker exists
        SettingStore settingStore = new SettingStore(store);
        this.settingStore = settingStore;
        String[] clock = options.manualClock() ? manualClock(options, settingStore) : null;
        this.time = clock == null ? SandboxTime.system(systemOrigin(options, store, settingStore), options.speed())
                : SandboxTime.manual(Instant.parse(clock[1]),
                        at -> settingStore.write(CLOCK_SETTING, clock[0] + "|" + at));
        this.tracker = new SandboxTracker(store, time);
        AtomicReference<Backstop> app = new AtomicReference<>();
        this.users = new SandboxUsers(() -> app.get().settings().current(), tracker);
        this.backstop = new Backstop(store, tracker, users, new StripedLocks(), options.zone());
        app.set(backstop);
        if (clock != null) {
            Instant origin = Instant.parse(clock[0]);
            time.attach(new ClockDriver(backstop.responses(),
                    () -> new TickGrid(origin, backstop.settings().current().tick()), Instant.parse(clock[1])));
        }
        this.actions = new SandboxActions(tracker, backstop);
        TornWriteRepair.repair(tracker, new ClockStore(store), backstop, time.instant());
        if (options.demo()) {
            users.displayNames(DemoDepartment::displayName);
            DemoLife.seedIfFresh(backstop, store, actions, time.instant(), options.zone());
        }
        this.demo = options.demo() && !options.manualClock()
                ? DemoLife.live(backstop, store, tracker, actions, time) : null;
        this.watcher = options.manualClock() ? null : startWatcher();
        this.server = startServer(options.port(), options.publicHost());
    }

    public static Sandbox start(SandboxOptions options) throws Exception {
        return new Sandbox(options);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
    }

    public Backstop backstop() {
        return backstop;
    }

    public SandboxTracker tracker() {
        return tracker;
    }

    public SandboxTime time() {
        return time;
    }

    @Override
    public void close() throws Exception {
        if (demo != null) {
            demo.close();
        }
        if (watcher != null) {
            watcher.shutdownNow();
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        }
        server.stop();
        if (!time.isManual()) {
            settingStore.write(LIVED_SETTING, time.instant().toString());
        }
        store.close();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("H2 did not shut down cleanly: {}", e.getMessage());
        }
    }

    /**
     * A request that needs a clock the watcher holds waits for the watcher's batch, as it would on the databases
     * Jira runs on; H2 gives up after one second by default, which a loaded machine can exceed. Set once for the
     * database before any connection of the pool opens (as a URL setting, every session would run it: measured,
     * it halved the queue's throughput under 200 users).
     */
    private static void waitLongerForLocks(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SET DEFAULT_LOCK_TIMEOUT 10000");
        }
    }

    /**
     * A manual clock keeps its place across restarts: the watcher's grid origin and "now" come back as they were.
     * Returns {origin, now}.
     */
    private static String[] manualClock(SandboxOptions options, SettingStore settingStore) {
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
    private static Instant systemOrigin(SandboxOptions options, EntityStore store, SettingStore settingStore) {
        Instant now = options.realTime().instant();
        if (!options.demo()) {
            return now;
        }
        Instant lived = settingStore.read(LIVED_SETTING).map(Instant::parse).orElse(Instant.MIN);
        Instant stored = SandboxTracker.latestActivity(store).map(at -> at.plusSeconds(1)).orElse(Instant.MIN);
        return DemoStart.resume(DemoDepartment.calendar(options.zone()), now,
                lived.isAfter(stored) ? lived : stored);
    }

    /** On the system clock the watcher runs every tick of sandbox time: absence boundaries, then a tick. */
    private ScheduledExecutorService startWatcher() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backstop-watcher");
            thread.setDaemon(true);
            return thread;
        });
        Duration tick = backstop.settings().current().tick();
        long periodMillis = Math.max(200, (long) (tick.toMillis() / time.speed()));
        executor.scheduleWithFixedDelay(() -> {
            try {
                backstop.responses().runWatcher(time.instant());
            } catch (RuntimeException e) {
                LOG.error("Watcher tick failed; the next one will try again", e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return executor;
    }

    private Server startServer(int port, String publicHost) throws Exception {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        SandboxWeb web = new SandboxWeb(users, backstop, tracker); // pages: form login before HTTP Basic
        context.addFilter(new FilterHolder(new HostCheckFilter(publicHost)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BodyLimitFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(web.sessionFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BasicAuthFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        ResourceConfig backstopRest = resources().registerClasses(Backstop.REST_CLASSES.toArray(Class<?>[]::new));
        ResourceConfig sandboxRest = resources().registerClasses(TrackerResource.class, ClockResource.class,
                ApiErrorMapper.class);
        context.addServlet(new ServletHolder("backstop-rest", new ServletContainer(backstopRest)),
                "/rest/backstop/1.0/*");
        context.addServlet(new ServletHolder("sandbox-rest", new ServletContainer(sandboxRest)),
                "/rest/sandbox/1.0/*");
        web.addServlets(context);
        jetty.setHandler(context);
        jetty.start();
        return jetty;
    }

    /** Resources get their collaborators by constructor, as Jira's REST module gives them. */
    private ResourceConfig resources() {
        Access access = new Access(users, users, backstop.settings(), users);
        return new ResourceConfig()
                .property("jersey.config.server.wadl.disableWadl", true)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(access).to(Access.class);
                        bind(new CookieLanguage()).to(CallerLanguage.class);
                        bind(backstop.settings()).to(SettingsService.class);
                        bind(backstop.responses()).to(ResponseDesk.class);
                        bind(backstop.staff()).to(StaffDesk.class);
                        bind(backstop.views()).to(ResponseViews.class);
                        bind(backstop.results()).to(ResultsDesk.class);
                        bind(backstop.results().context()).to(ResultsContext.class);
                        bind(backstop.results().norms()).to(NormsDesk.class);
                        bind(backstop.results().sales()).to(SalesDesk.class);
                        bind(backstop.results().debt()).to(DebtDesk.class);
                        bind(backstop.results().complaints()).to(ComplaintsDesk.class);
                        bind(backstop.results().scorecard()).to(ScorecardDesk.class);
                        bind(backstop.results().digest()).to(DigestDesk.class);
                        bind(backstop.absenceReports()).to(AbsenceReportDesk.class);
                        bind(backstop.onboarding()).to(OnboardingDesk.class);
                        bind(backstop.forecast()).to(ForecastDesk.class);
                        bind(backstop.library()).to(LibraryDesk.class);
                        bind(backstop.suspected()).to(SuspectedDesk.class);
                        bind(backstop.catalogues()).to(CataloguesDesk.class);
                        bind(tracker).to(SandboxTracker.class);
                        bind(actions).to(SandboxActions.class);
                        bind(time).to(SandboxTime.class);
                        bind(time).to(Clock.class);
                    }
                });
    }
}
