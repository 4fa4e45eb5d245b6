package io.backstop.sandbox.demo;

import java.time.Instant;

/**
 * An open issue as the traffic generator follows it: the attributes every action on it repeats, whether a client
 * message waits for an answer, and the counters that tell a planned step whether it still applies.
 *
 * <p>{@link #version()} moves on with every client message and every answer, so a reply, follow-up or resolution
 * planned before that is dropped; {@link #cycle()} counts the waiting spells, so a client's reminder only comes in
 * the spell it was planned for.
 */
final class DemoTrafficIssue {

    final String key;
    final String owner;
    final String client;
    final String issueType;
    final String priority;
    final String summary;
    /** What the client wrote about, for the first answer; null for an issue the generator did not open itself. */
    final DemoTexts.Topic topic;
    private Instant awaitingSince;
    private int cycle;
    private int version;
    private int replies;
    private String lastReplier;

    DemoTrafficIssue(String key, String owner, String client, String issueType, String priority, String summary,
                     DemoTexts.Topic topic) {
        this.key = key;
        this.owner = owner;
        this.client = client;
        this.issueType = issueType;
        this.priority = priority;
        this.summary = summary;
        this.topic = topic;
        this.lastReplier = owner;
    }

    /** An issue opened by someone else (a person playing a client); it waits for an answer once observed. */
    static DemoTrafficIssue opened(DemoAction creation) {
        return new DemoTrafficIssue(creation.issue(), creation.owner(), creation.client(), creation.issueType(),
                creation.priority(), creation.summary(), null);
    }

    /** An issue open when the generator resumed: in its first waiting spell, if it waits at all. */
    static DemoTrafficIssue resumed(DemoIssue issue) {
        DemoTrafficIssue resumed = new DemoTrafficIssue(issue.issue(), issue.owner(), issue.client(),
                issue.issueType(), issue.priority(), issue.summary(), null);
        resumed.replies = issue.staffReplies();
        if (issue.awaiting()) {
            resumed.awaitingSince = issue.awaitingSince();
            resumed.cycle = 1;
        }
        return resumed;
    }

    /** A client message on an issue nobody needed to answer: a new waiting spell starts. */
    void awaitFrom(Instant at) {
        awaitingSince = at;
        cycle++;
        version++;
    }

    void answeredBy(String by) {
        awaitingSince = null;
        replies++;
        version++;
        lastReplier = by;
    }

    boolean awaiting() {
        return awaitingSince != null;
    }

    /** The earliest unanswered client message; null when staff have answered. */
    Instant awaitingSince() {
        return awaitingSince;
    }

    int cycle() {
        return cycle;
    }

    int version() {
        return version;
    }

    int replies() {
        return replies;
    }

    String lastReplier() {
        return lastReplier;
    }

    DemoAction action(Instant at, DemoAction.Kind kind, String author, String body) {
        return new DemoAction(at, kind, key, author, owner, client, issueType, priority, summary, body);
    }

    DemoIssue snapshot() {
        return new DemoIssue(key, owner, client, issueType, priority, summary, awaitingSince, replies);
    }
}
