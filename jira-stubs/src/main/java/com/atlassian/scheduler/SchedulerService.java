/*
 * Stand-in for com.atlassian.scheduler.SchedulerService (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.10 and 7.9 (javadoc docs.atlassian.com/atlassian-scheduler-api/1.6.0;
 * no Jira 11 caller found, no jakarta types - API freeze). scheduleJob throws the checked SchedulerServiceException.
 * That scheduleJob with an existing JobId replaces its schedule is from the javadoc's contract ([C-old]).
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
