package io.backstop.app.port;

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
     * Tells {@code person} about the issue in a comment only staff can read (rule 14's reminder). A tracker that
     * notifies the people a comment mentions (Jira) mentions them; by default the note names them.
     */
    default void remind(String issue, String person, String text) {
        addInternalNote(issue, "@" + person + " " + text);
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
