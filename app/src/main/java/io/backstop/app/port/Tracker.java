package io.backstop.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The issue tracker Backstop acts on: Jira's issue service in the plugin, the sandbox's own tracker. */
public interface Tracker {

    /**
     * Gives the issue to {@code assignee}.
     *
     * @throws TrackerException when the tracker refuses (issue gone, user inactive, no permission)
     */
    void assign(String issue, String assignee);

    /** Adds a comment only staff can read, saying what Backstop did and why. */
    void addInternalNote(String issue, String text);

    /**
     * The same, for what Backstop did at {@code at}. A tracker that dates a comment when it is added (Jira: the
     * note follows the move's commit at once) keeps its own date; one whose desk may act at instants its clock
     * does not show (the sandbox's manual clock jumping over a tick, the demo replaying its history) dates the note
     * {@code at}.
     */
    default void addInternalNote(String issue, String text, Instant at) {
        addInternalNote(issue, text);
    }

    /**
     * Tells {@code person} about the issue at {@code at} in a note only staff can read (rule 14's reminder; the text
     * names them as {@code @person}). A tracker that notifies the people a comment mentions (Jira) mentions them.
     */
    default void remind(String issue, String person, String text, Instant at) {
        addInternalNote(issue, text, at);
    }

    /** The issue's summary and promised date; empty when the tracker no longer has the issue. */
    Optional<TrackedIssue> describe(String issue);

    /**
     * The issue's public comments, oldest first (no restricted comments, no internal notes).
     *
     * @throws TrackerException when the issue does not exist
     */
    List<TrackerComment> conversation(String issue);
}
