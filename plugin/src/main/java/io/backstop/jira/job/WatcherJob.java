package io.backstop.jira.job;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.backstop.app.response.WatcherRun;
import io.backstop.jira.BackstopHolder;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watcher: once per cluster every {@code tick} of the settings (one minute by default) it applies the absence
 * boundaries that have come, then ticks the response desk, which reads only the clocks already due. Every change
 * happens under the cluster lock from the clock as stored at that moment, so a retry after a failure, or a
 * second node that runs late, finds nothing left to do.
 */
@Named("backstopWatcherJob")
public final class WatcherJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(WatcherJob.class);

    public static final JobRunnerKey RUNNER = JobRunnerKey.of("io.backstop.jira.watcher");
    public static final JobId JOB = JobId.of("io.backstop.jira.watcher");
    /** The interval the job was scheduled with, kept in the job's parameters (a JDK type, as Jira 11 requires). */
    static final String INTERVAL = "intervalMillis";

    private final BackstopHolder backstop;
    private final SchedulerService scheduler;
    private final Clock clock;

    @Inject
    public WatcherJob(BackstopHolder backstop, @ComponentImport SchedulerService scheduler, Clock clock) {
        this.backstop = backstop;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Instant now = clock.instant();
        WatcherRun run;
        try {
            run = backstop.responses().runWatcher(now);
        } catch (RuntimeException e) {
            LOG.error("Backstop's watcher failed at {}; the next run picks up where it stopped", now, e);
            followSettings(request);
            return JobRunnerResponse.failed(e);
        }
        followSettings(request);
        return run.complete() ? JobRunnerResponse.success(run.summary()) : JobRunnerResponse.failed(run.summary());
    }

    /** Schedules the job at the interval the settings ask for (replacing an existing schedule of the same id). */
    public void schedule() throws SchedulerServiceException {
        schedule(configuredInterval());
    }

    /**
     * Takes the job off the cluster's schedule. A RUN_ONCE_PER_CLUSTER schedule is kept by Jira, not by the app, so
     * it would outlive an uninstall (Jira logging "no runner" every interval); an administrator calls this before
     * uninstalling (docs/jira.md). The next start of the app schedules it again.
     */
    public void unschedule() {
        scheduler.unscheduleJob(JOB);
    }

    void schedule(Duration every) throws SchedulerServiceException {
        long millis = every.toMillis();
        Map<String, Serializable> parameters = Map.of(INTERVAL, millis);
        scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(millis, new Date(clock.millis() + millis)))
                .withParameters(parameters));
    }

    Duration configuredInterval() {
        try {
            return backstop.settings().current().tick();
        } catch (RuntimeException e) {
            LOG.warn("Backstop could not read its settings; the watcher runs every minute until it can", e);
            return Duration.ofMinutes(1);
        }
    }

    /** A changed {@code tick} setting takes effect from the next run. */
    private void followSettings(JobRunnerRequest request) {
        Duration wanted = configuredInterval();
        Object scheduled = request == null || request.getJobConfig() == null ? null
                : request.getJobConfig().getParameters().get(INTERVAL);
        if (!(scheduled instanceof Long millis) || millis != wanted.toMillis()) {
            try {
                schedule(wanted);
            } catch (SchedulerServiceException | RuntimeException e) {
                LOG.warn("Backstop could not reschedule its watcher to every {}", wanted, e);
            }
        }
    }
}
