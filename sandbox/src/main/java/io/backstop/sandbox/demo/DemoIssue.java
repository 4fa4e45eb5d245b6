package io.backstop.sandbox.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * An open client issue as the traffic generator needs to know it to go on: whom it belongs to and whether a client
 * message waits for an answer.
 *
 * @param awaitingSince the earliest unanswered client message; null when staff have answered
 * @param staffReplies  how many times staff have answered so far (clients write back less after each answer)
 */
public record DemoIssue(String issue, String owner, String client, String issueType, String priority,
                        String summary, Instant awaitingSince, int staffReplies) {

    public DemoIssue {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(owner, "owner");
    }

    public boolean awaiting() {
        return awaitingSince != null;
    }
}
