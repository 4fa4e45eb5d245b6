/*
 * Stand-in for com.atlassian.scheduler.JobRunner (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.10 and 7.9 ([C] @PublicSpi interface, one method; a null response
 * means success). An SPI Backstop implements: complete method list.
 */
package com.atlassian.scheduler;

public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
