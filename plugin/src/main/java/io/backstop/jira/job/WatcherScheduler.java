package io.backstop.jira.job;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import io.backstop.jira.port.JiraSettings;
import io.backstop.jira.setup.JiraSetup;
import io.backstop.jira.setup.SetupReport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Backstop once Jira is up (SAL calls {@link #onStart()} for services exported as {@link LifecycleAware}):
 * registers the watcher's runner, schedules it once per cluster, and on the first enable runs the setup (later it
 * runs from the settings page only, so that Backstop never recreates what an administrator removed). On stop only
 * the runner is unregistered: the schedule belongs to the cluster, and other nodes keep running it.
 */
@Named("backstopWatcherScheduler")
@ExportAsService(LifecycleAware.class)
public final class WatcherScheduler implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(WatcherScheduler.class);

    private final SchedulerService scheduler;
    private final WatcherJob job;
    private final JiraSetup setup;
    private final JiraSettings settings;
    private final Clock clock;

    @Inject
    public WatcherScheduler(@ComponentImport SchedulerService scheduler, WatcherJob job, JiraSetup setup,
                            JiraSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.job = job;
        this.setup = setup;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(WatcherJob.RUNNER, job);
        try {
            job.schedule();
        } catch (Exception e) {
            LOG.error("Backstop could not schedule its watcher", e);
        }
        try {
            if (!settings.setupDone()) {
                SetupReport report = setup.run(null);
                report.items().forEach(item -> LOG.info("Backstop setup: {}", item.message()));
                settings.markSetupDone(clock.instant().toString());
            }
        } catch (RuntimeException e) {
            LOG.error("Backstop's setup failed; run it from the settings page", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(WatcherJob.RUNNER);
    }
}
