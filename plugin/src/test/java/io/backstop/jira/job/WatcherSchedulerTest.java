package io.backstop.jira.job;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.jira.rest.WatcherScheduleResource;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.PluginHarness;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Plugin start and stop: the job runner, its schedule, the setup. */
class WatcherSchedulerTest {

    @Test
    void onStartRegistersTheRunnerSchedulesItOncePerClusterEveryMinuteAndRunsTheSetup() throws Exception {
        PluginHarness plugin = new PluginHarness(MONDAY_10);

        plugin.scheduler.onStart();

        verify(plugin.jira.scheduler).registerJobRunner(WatcherJob.RUNNER, plugin.job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(plugin.jira.scheduler).scheduleJob(eq(WatcherJob.JOB), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getParameters()).containsEntry(WatcherJob.INTERVAL, 60_000L);
        assertThat(plugin.jira.hasGroup("backstop-staff")).isTrue();
        assertThat(plugin.jira.issueTypeNames()).contains("Client request", "Complaint");
    }

    @Test
    void theSetupRunsOnTheFirstEnableOnlySoThatWhatAnAdministratorRemovedStaysRemoved() throws Exception {
        PluginHarness plugin = new PluginHarness(MONDAY_10);
        plugin.scheduler.onStart();
        plugin.scheduler.onStop();

        plugin.scheduler.onStart();

        verify(plugin.jira.groups, org.mockito.Mockito.times(1)).createGroup("backstop-staff");
        verify(plugin.jira.issueTypes, org.mockito.Mockito.times(5)).createIssueType(org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.anyString(), any());
        assertThat(plugin.settings.setupDone()).isTrue();
    }

    @Test
    void theIntervalComesFromTheSettings() throws Exception {
        PluginHarness plugin = new PluginHarness(MONDAY_10).department(Departments.workedExample("PT1H", "PT2M"));

        plugin.scheduler.onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(plugin.jira.scheduler).scheduleJob(eq(WatcherJob.JOB), config.capture());
        assertThat(config.getValue().getParameters()).containsEntry(WatcherJob.INTERVAL, 120_000L);
    }

    @Test
    void aSchedulerFailureDoesNotStopThePluginFromStarting() throws Exception {
        PluginHarness plugin = new PluginHarness(MONDAY_10);
        doThrow(new SchedulerServiceException("no scheduler")).when(plugin.jira.scheduler).scheduleJob(any(), any());

        assertThatCode(plugin.scheduler::onStart).doesNotThrowAnyException();
        assertThat(plugin.jira.hasGroup("backstop-staff")).isTrue();
    }

    @Test
    void anAdministratorTakesTheWatcherOffTheClusterScheduleBeforeUninstallingAndAStartPutsItBack()
            throws Exception {
        PluginHarness plugin = new PluginHarness(MONDAY_10);
        plugin.jira.admin("admin");
        plugin.jira.logIn("admin");
        Access access = new Access(plugin.currentUser, plugin.directory,
                plugin.backstop.settings(), plugin.browse);

        Response answer = new WatcherScheduleResource(access, plugin.job).unschedule();

        assertThat(answer.getStatus()).isEqualTo(204);
        verify(plugin.jira.scheduler).unscheduleJob(WatcherJob.JOB);
        plugin.scheduler.onStart();
        verify(plugin.jira.scheduler).scheduleJob(eq(WatcherJob.JOB), any());
    }

    @Test
    void onlyAnAdministratorMayUnscheduleTheWatcher() {
        PluginHarness plugin = new PluginHarness(MONDAY_10).department(Departments.workedExample());
        plugin.jira.logIn("head");
        Access access = new Access(plugin.currentUser, plugin.directory,
                plugin.backstop.settings(), plugin.browse);

        assertThatThrownBy(() -> new WatcherScheduleResource(access, plugin.job).unschedule())
                .isInstanceOf(ApiError.class);
        verify(plugin.jira.scheduler, never()).unscheduleJob(any());
    }

    @Test
    void onStopUnregistersTheRunnerButLeavesTheClusterSchedule() {
        PluginHarness plugin = new PluginHarness(MONDAY_10);

        plugin.scheduler.onStop();

        verify(plugin.jira.scheduler).unregisterJobRunner(WatcherJob.RUNNER);
        verify(plugin.jira.scheduler, never()).unscheduleJob(any());
    }
}
