/*
 * Stand-in for com.atlassian.scheduler.config.JobRunnerKey (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.10 and 7.9 ([C] a CLASS with a static factory of(String); "final"
 * unconfirmed, irrelevant for linking). Bodies are test conveniences.
 */
package com.atlassian.scheduler.config;

public final class JobRunnerKey {

    private final String key;

    private JobRunnerKey(String key) {
        this.key = key;
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey && ((JobRunnerKey) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
