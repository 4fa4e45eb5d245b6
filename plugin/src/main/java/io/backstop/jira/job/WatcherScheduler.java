package io.backstop.jira.job;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import io.backstop.jira.setup.JiraSetup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Backstop once Jira is up (SAL calls {@link #onStart()} for services exported as {@link LifecycleAware}):
 * registers the watcher's runner, schedules it once per cluster, and runs the idempotent setup. On stop only the
 * runner is unregistered: the schedule belongs to the cluster, and other nodes keep running it.
 */
@Named("backstopWatcherScheduler")
@ExportAsService(LifecycleAware.class)
public final class WatcherScheduler implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(WatcherScheduler.class);

    private final SchedulerService scheduler;
    private final WatcherJob job;
    private final JiraSetup setup;

    @Inject
    public WatcherScheduler(@ComponentImport SchedulerService scheduler, WatcherJob job, JiraSetup setup) {
        this.scheduler = scheduler;
        this.job = job;
        this.setup = setup;
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
            setup.run(null);
        } catch (RuntimeException e) {
            LOG.error("Backstop's setup failed; run it again from the settings page", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(WatcherJob.RUNNER);
    }
}
