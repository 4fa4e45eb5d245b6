/*
 * Stand-in for com.atlassian.scheduler.config.Schedule (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.10 and 7.9 ([C] final class): forInterval(long intervalInMillis,
 * Date firstRunTime) with firstRunTime @Nullable. Only the factory Backstop calls is declared; the stand-in keeps the
 * values for toString() in test messages.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {

    private final long intervalInMillis;
    private final Date firstRunTime;

    private Schedule(long intervalInMillis, Date firstRunTime) {
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis, firstRunTime);
    }

    @Override
    public String toString() {
        return "every " + intervalInMillis + " ms from " + firstRunTime;
    }
}
