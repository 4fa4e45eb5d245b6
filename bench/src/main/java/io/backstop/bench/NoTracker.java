package io.backstop.bench;

import io.backstop.app.port.TrackedIssue;
import io.backstop.app.port.Tracker;
import java.util.Optional;

/** For benchmarks that read results only: nothing may reach a tracker. */
final class NoTracker implements Tracker {

    @Override
    public void assign(String issue, String assignee) {
        throw new UnsupportedOperationException("the benchmark has no tracker");
    }

    @Override
    public void addInternalNote(String issue, String text) {
        throw new UnsupportedOperationException("the benchmark has no tracker");
    }

    @Override
    public Optional<TrackedIssue> describe(String issue) {
        throw new UnsupportedOperationException("the benchmark has no tracker");
    }
}
