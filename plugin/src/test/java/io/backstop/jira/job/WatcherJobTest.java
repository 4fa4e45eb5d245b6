package io.backstop.jira.job;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import io.backstop.app.response.ClockEvent;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.FakeJira.Assignment;
import io.backstop.jira.testing.PluginHarness;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The watcher job over the plugin's adapters: breaches, absences, retries, another node. */
class WatcherJobTest {

    private static final Instant ELEVEN = MONDAY_10.plus(Duration.ofHours(1));

    private PluginHarness plugin = new PluginHarness(MONDAY_10).department(Departments.workedExample());

    private void createByClient(String key, String manager, Instant at) {
        plugin.jira.issue(key, "Client request", "Medium", "client", manager, manager, "Acme", at);
        plugin.clock.set(at);
        plugin.listener.onIssueEvent(plugin.jira.created(key));
    }

    private List<ClockEvent> audit() {
        return plugin.backstop.views().audit(Instant.EPOCH, MONDAY_10.plus(Duration.ofDays(7)));
    }

    @Test
    void aBreachGoesToTheOperatorWithARestrictedNoteAndAnAuditRow() {
        createByClient("WEB-1", "ivanova", MONDAY_10);

        JobRunnerResponse response = plugin.runJob(ELEVEN);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(plugin.jira.assignments).containsExactly(new Assignment("WEB-1", "ivanova", "operator", "head"));
        assertThat(plugin.jira.notes).singleElement().satisfies(note -> {
            assertThat(note.groupLevel()).isEqualTo("backstop-staff");
            assertThat(note.body()).contains("operator");
        });
        assertThat(audit()).extracting(ClockEvent::issue, ClockEvent::from, ClockEvent::to, ClockEvent::reason)
                .containsExactly(tuple("WEB-1", "ivanova", "operator", "BREACH"));
        assertThat(plugin.backstop.views().breaches(Instant.EPOCH, ELEVEN.plusSeconds(1))).hasSize(1);
    }

    @Test
    void aRetryAfterAFailureMidBatchReassignsNothingTwice() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        createByClient("WEB-2", "ivanova", MONDAY_10);
        createByClient("WEB-3", "petrova", MONDAY_10);
        plugin.jira.failNextAssign("WEB-2", new IllegalStateException("Jira's database went away"));

        JobRunnerResponse failed = plugin.runJob(ELEVEN);

        // The run says it left work behind, and did the rest: one failing issue holds up no other.
        assertThat(failed.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(failed.getMessage()).contains("1 clock(s) left for the next run");
        assertThat(plugin.jira.assignments).extracting(Assignment::issue).containsExactly("WEB-1", "WEB-3");
        assertThat(audit()).extracting(ClockEvent::issue).containsExactly("WEB-1", "WEB-3");
        assertThat(plugin.jira.locks.get("backstop.clock.WEB-2").isHeld()).isFalse();

        JobRunnerResponse retried = plugin.runJob(ELEVEN.plusSeconds(60));

        assertThat(retried.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(plugin.jira.assignments).extracting(Assignment::issue, Assignment::to).containsExactly(
                tuple("WEB-1", "operator"), tuple("WEB-3", "operator"), tuple("WEB-2", "operator"));
        assertThat(audit()).extracting(ClockEvent::issue).containsExactly("WEB-1", "WEB-3", "WEB-2");
        assertThat(plugin.jira.notes).extracting(n -> n.issue()).containsExactly("WEB-1", "WEB-3", "WEB-2");
        assertThat(plugin.backstop.views().breaches(Instant.EPOCH, ELEVEN.plusSeconds(61))).hasSize(3);
    }

    @Test
    void aSecondNodeRunningLateFindsNothingLeftToDo() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.runJob(ELEVEN);

        JobRunnerResponse again = plugin.runJob(ELEVEN);

        assertThat(again.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(plugin.jira.assignments).hasSize(1);
        assertThat(audit()).hasSize(1);
        assertThat(plugin.jira.locks.get("backstop.clock.WEB-1").isHeld()).isFalse();
    }

    @Test
    void anIssueAlreadyMovedInJiraIsNotAssignedAgain() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.jira.assignByHand("WEB-1", "operator");

        plugin.runJob(ELEVEN);

        assertThat(plugin.jira.assignments).isEmpty(); // Jira already has it where the desk decided
        assertThat(audit()).singleElement().satisfies(row -> assertThat(row.to()).isEqualTo("operator"));
    }

    @Test
    void whenJiraRefusesTheIssueStaysAndTheAuditSaysWhy() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.jira.refuseAssign("WEB-1", "operator cannot be assigned issues in this project");

        JobRunnerResponse response = plugin.runJob(ELEVEN);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("ivanova");
        assertThat(plugin.backstop.views().clock("WEB-1").orElseThrow().clock().assignee()).isEqualTo("ivanova");
        assertThat(audit()).singleElement().satisfies(row ->
                assertThat(row.detail()).contains("not applied", "operator cannot be assigned"));
        assertThat(plugin.jira.notes).isEmpty();
    }

    @Test
    void anIssueDeletedInJiraBeforeTheWatcherMovesItClosesItsClockAndTheAuditSaysWhy() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        createByClient("WEB-2", "ivanova", MONDAY_10);
        plugin.jira.delete("WEB-1"); // IssueManager.getIssueObject now answers null, as Jira's does

        JobRunnerResponse response = plugin.runJob(ELEVEN);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(plugin.jira.assignments).extracting(Assignment::issue).containsExactly("WEB-2");
        assertThat(audit()).filteredOn(row -> row.issue().equals("WEB-1")).singleElement()
                .satisfies(row -> assertThat(row.detail()).contains("not applied", "Jira has no issue WEB-1"));
        assertThat(plugin.backstop.views().clock("WEB-1").orElseThrow().clock().open()).isFalse();
        assertThat(plugin.backstop.views().queue(ELEVEN)).extracting(s -> s.clock().issue()).containsExactly("WEB-2");

        assertThat(plugin.runJob(ELEVEN.plus(Duration.ofDays(2))).getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(audit()).hasSize(2);
    }

    @Test
    void aDeactivatedOperatorIsNotAssignedTheBreachStandsAndTheRefusalIsAuditedOnce() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.jira.deactivate("operator");

        JobRunnerResponse response = plugin.runJob(ELEVEN);
        plugin.runJob(ELEVEN.plusSeconds(60));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(plugin.jira.assignments).isEmpty();
        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("ivanova");
        assertThat(audit()).singleElement().satisfies(row ->
                assertThat(row.detail()).contains("not applied", "no active user \"operator\""));
        var clock = plugin.backstop.views().clock("WEB-1").orElseThrow().clock();
        assertThat(clock.breached()).isTrue();
        assertThat(clock.assignee()).isEqualTo("ivanova");
        assertThat(plugin.backstop.views().queue(ELEVEN)).hasSize(1);
    }

    @Test
    void anAbsenceThatCannotBeAppliedYetHoldsUpNoBreachAndIsAppliedByTheNextRun() {
        createByClient("WEB-1", "ivanova", MONDAY_10.plus(Duration.ofMinutes(30))); // due 11:30
        createByClient("WEB-2", "petrova", MONDAY_10); // due 11:00
        Instant sick = MONDAY_10.plus(Duration.ofMinutes(50));
        plugin.backstop.staff().add("ivanova", sick, sick.plus(Duration.ofDays(1)), AbsenceKind.SICK, "head",
                MONDAY_10.plus(Duration.ofMinutes(40)));
        plugin.jira.failNextAssign("WEB-1", new IllegalStateException("Jira's database went away"));

        // 11:00: ivanova's absence (from 10:50) cannot move WEB-1 to her deputy; WEB-2's breach goes ahead.
        JobRunnerResponse first = plugin.runJob(ELEVEN);

        assertThat(first.getRunOutcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(first.getMessage()).contains("1 breach(es)", "absences pending");
        assertThat(plugin.jira.assignments).extracting(Assignment::issue, Assignment::to)
                .containsExactly(tuple("WEB-2", "operator"));

        // 11:01: the absence is applied as of 10:50, once.
        JobRunnerResponse second = plugin.runJob(ELEVEN.plusSeconds(60));
        plugin.runJob(ELEVEN.plusSeconds(120));

        assertThat(second.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(plugin.jira.assignments).extracting(Assignment::issue, Assignment::to)
                .containsExactly(tuple("WEB-2", "operator"), tuple("WEB-1", "petrova"));
        assertThat(audit()).extracting(ClockEvent::issue, ClockEvent::reason, ClockEvent::at).containsExactlyInAnyOrder(
                tuple("WEB-2", "BREACH", ELEVEN), tuple("WEB-1", "ABSENCE", sick));
    }

    @Test
    void absencesApplyAlsoToIssuesAssignedBeforeTheyBeganAndWorkComesBack() {
        plugin = new PluginHarness(MONDAY_10).department(Departments.workedExample("PT8H", "PT1M"));
        createByClient("WEB-1", "ivanova", MONDAY_10);
        Instant from = MONDAY_10.plus(Duration.ofMinutes(30));
        Instant to = MONDAY_10.plus(Duration.ofHours(2));
        plugin.backstop.staff().add("ivanova", from, to, AbsenceKind.VACATION, "head", MONDAY_10);

        plugin.runJob(from);
        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("petrova");
        plugin.runJob(to);
        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("ivanova");

        assertThat(audit()).extracting(ClockEvent::from, ClockEvent::to, ClockEvent::reason).containsExactly(
                tuple("ivanova", "petrova", "ABSENCE"), tuple("petrova", "ivanova", "RETURN"));
        assertThat(plugin.jira.notes).hasSize(2).allSatisfy(note ->
                assertThat(note.groupLevel()).isEqualTo("backstop-staff"));
    }

    @Test
    void aChangedTickReschedulesTheJobOncePerCluster() throws Exception {
        plugin = new PluginHarness(MONDAY_10).department(Departments.workedExample("PT1H", "PT5M"));
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getJobConfig()).thenReturn(JobConfig.forJobRunnerKey(WatcherJob.RUNNER)
                .withParameters(Map.<String, Serializable>of(WatcherJob.INTERVAL, 60_000L)));
        plugin.clock.set(ELEVEN);

        plugin.job.runJob(request);

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(plugin.jira.scheduler).scheduleJob(eq(WatcherJob.JOB), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(WatcherJob.RUNNER);
        assertThat(config.getValue().getParameters()).containsEntry(WatcherJob.INTERVAL, 300_000L);
    }

    @Test
    void anUnchangedTickLeavesTheScheduleAlone() throws Exception {
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getJobConfig()).thenReturn(JobConfig.forJobRunnerKey(WatcherJob.RUNNER)
                .withParameters(Map.<String, Serializable>of(WatcherJob.INTERVAL, 60_000L)));
        plugin.clock.set(ELEVEN);

        plugin.job.runJob(request);

        verify(plugin.jira.scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    void anUnconfiguredDepartmentIsWatchedForNothing() {
        PluginHarness fresh = new PluginHarness(MONDAY_10);

        assertThat(fresh.runJob(ELEVEN).getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(fresh.jira.assignments).isEmpty();
    }
}
