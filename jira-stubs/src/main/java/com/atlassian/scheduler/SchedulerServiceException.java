/*
 * Stand-in for com.atlassian.scheduler.SchedulerServiceException (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.10: a checked exception (extends Exception).
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }
}
