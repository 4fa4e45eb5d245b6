/*
 * Stand-in for com.atlassian.scheduler.status.RunOutcome (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.9 (javadoc atlassian-scheduler-api 1.6.0 lists RunDetails and
 * RunOutcome). An enum; constants other than SUCCESS/FAILED/ABORTED are not declared. Used by Backstop's tests only.
 */
package com.atlassian.scheduler.status;

public enum RunOutcome {
    SUCCESS, FAILED, ABORTED
}
