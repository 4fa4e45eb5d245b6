/*
 * Stand-in for com.atlassian.scheduler.config.JobId (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.10 and 7.9 ([C] a CLASS with a static factory of(String); "final"
 * unconfirmed, irrelevant for linking). Bodies are test conveniences.
 */
package com.atlassian.scheduler.config;

public final class JobId {

    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId && ((JobId) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
