/*
 * Stand-in for com.atlassian.scheduler.JobRunnerRequest (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.10 ([C] an INTERFACE: getStartTime():Date, getJobId(),
 * getJobConfig(), isCancellationRequested()).
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
