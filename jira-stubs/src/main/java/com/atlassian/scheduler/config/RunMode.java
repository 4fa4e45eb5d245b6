/*
 * Stand-in for com.atlassian.scheduler.config.RunMode (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.10 ([C] enum RunMode { RUN_ONCE_PER_CLUSTER, RUN_LOCALLY }).
 */
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
