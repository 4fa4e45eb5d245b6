package io.backstop.sandbox.host;

import io.backstop.app.Backstop;
import io.backstop.app.Schema;
import io.backstop.app.response.ClockDriver;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.TickGrid;
import io.backstop.app.rest.ApiErrorMapper;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.store.SettingStore;
import io.backstop.h2.H2EntityManagers;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoLanguage;
import io.backstop.sandbox.demo.life.DemoLife;
import io.backstop.sandbox.demo.life.DemoSeed;
import io.backstop.sandbox.services.SandboxTime;
import io.backstop.sandbox.services.StripedLocks;
import io.backstop.sandbox.tracker.ClockResource;
import io.backstop.sandbox.tracker.SandboxActions;
import io.backstop.sandbox.tracker.SandboxTracker;
import io.backstop.sandbox.tracker.TornWriteRepair;
import io.backstop.sandbox.tracker.TrackerResource;
import io.backstop.sandbox.users.SandboxUsers;
import io.backstop.sandbox.web.PreparingFilter;
import io.backstop.sandbox.web.SandboxWeb;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
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
    private final SandboxWeb web;
    private final PreparingFilter gate;
    private final Thread past;

    private Sandbox(SandboxOptions options, Consumer<String> console) throws Exception {
        Files.createDirectories(options.data());
        this.jdbcUrl = "jdbc:h2:file:" + options.data().toAbsolutePath().resolve("backstop")
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"; // close() records the clock first (docs/demo.md)
        waitLongerForLocks(jdbcUrl);
        H2EntityManagers.writeEveryCommit(jdbcUrl); // an answered write survives kill -9
        this.store = new EntityManagerStore(H2EntityManagers.open(jdbcUrl));
        Schema.upgrade(store);
        SandboxTracker.migrate(store); // once: the clock's start reads the tracker before the tracker exists
        SettingStore settingStore = new SettingStore(store);
        this.settingStore = settingStore;
        String[] clock = options.manualClock() ? SandboxClocks.manualClock(options, settingStore) : null;
        this.time = clock == null
                ? SandboxTime.system(SandboxClocks.systemOrigin(options, store, settingStore), options.speed())
                : SandboxTime.manual(Instant.parse(clock[1]), at -> SandboxClocks.keepManual(settingStore, clock[0], at));
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
        this.web = new SandboxWeb(users, backstop, tracker); // pages: form login before HTTP Basic
        this.gate = web.preparingFilter();
        TornWriteRepair.repair(tracker, new ClockStore(store), backstop, time.instant());
        Optional<DemoSeed> seeding = Optional.empty();
        if (options.demo()) {
            DemoLanguage language = DemoSeed.language(store).orElse(options.demoLanguage());
            users.displayNames(login -> DemoDepartment.displayName(login, language));
            seeding = DemoSeed.ifFresh(backstop, store, actions, time.instant(), options.zone(), language,
                    (line, percent) -> {
                        console.accept("Preparing the demo: " + line);
                        gate.progress(percent);
                    });
        }
        seeding.ifPresent(first -> gate.preparing());
        this.server = startServer(options.port(), options.publicHost()); // answers at once: "preparing the demo"
        try {
            seeding.ifPresent(DemoSeed::present);
        } catch (RuntimeException e) {
            server.stop(); // a failed start leaves no port taken
            throw e;
        }
        gate.ready();
        this.demo = options.demo() && !options.manualClock()
                ? DemoLife.live(backstop, store, tracker, actions, time) : null;
        this.watcher = options.manualClock() ? null : startWatcher();
        this.past = seeding.map(DemoSeed::pastInBackground).orElse(null);
    }

    /** Starts the sandbox and waits until the demo, if any, is completely seeded (tests read all of it at once). */
    public static Sandbox start(SandboxOptions options) throws Exception {
        Sandbox sandbox = new Sandbox(options, line -> LOG.info(line));
        sandbox.awaitDemo(Duration.ofMinutes(10));
        return sandbox;
    }

    /** Returns once the pages answer, the demo's past seeding in the background; a console line a seeding step. */
    public static Sandbox serve(SandboxOptions options, Consumer<String> console) throws Exception {
        return new Sandbox(options, console);
    }

    public boolean awaitDemo(Duration atMost) throws InterruptedException {
        if (past != null) {
            past.join(atMost.toMillis());
        }
        return past == null || !past.isAlive();
    }

    /** The sandbox's people (tests give them display names, as the demo does). */
    public SandboxUsers users() {
        return users;
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
        awaitDemo(Duration.ofMinutes(2)); // not under the history's feet: its writes would fail half-way
        if (demo != null) {
            demo.close();
        }
        if (watcher != null) {
            watcher.shutdownNow();
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        }
        server.stop();
        if (!time.isManual()) {
            SandboxClocks.keepLived(settingStore, time.instant());
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
        context.addFilter(new FilterHolder(new HostCheckFilter(publicHost)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BodyLimitFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(web.sessionFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new BasicAuthFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(gate), "/*", EnumSet.of(DispatcherType.REQUEST));
        ResourceConfig backstopRest = SandboxRest.resources(backstop, users, tracker, actions, time)
                .registerClasses(Backstop.REST_CLASSES.toArray(Class<?>[]::new));
        ResourceConfig sandboxRest = SandboxRest.resources(backstop, users, tracker, actions, time)
                .registerClasses(TrackerResource.class, ClockResource.class,
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
}
