/*
 * Stand-in for com.atlassian.scheduler.JobRunnerResponse (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.10 and 7.9 ([C] a class with static factories success(),
 * success(String), failed(String), failed(Throwable), aborted(String); "final" unconfirmed, irrelevant for linking).
 * getRunOutcome()/getMessage() are used by Backstop's tests only (javadoc 1.6.0 lists RunOutcome; [C-old]).
 * Bodies are test conveniences.
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, String.valueOf(cause));
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }
}
