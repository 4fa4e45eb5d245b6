package io.backstop.bench;

import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerComment;
import java.util.List;
import java.util.Optional;

/** For benchmarks that measure reads: a tracker that accepts every call and knows of no issue. */
final class NoTracker implements Tracker {

    @Override
    public void assign(String issue, String assignee) {
    }

    @Override
    public void addInternalNote(String issue, String text) {
    }

    @Override
    public Optional<TrackedIssue> describe(String issue) {
        return Optional.empty();
    }

    @Override
    public List<TrackerComment> conversation(String issue) {
        return List.of();
    }
}
