package io.backstop.app.testing;

import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One tracker seen by several nodes: each node gets its own {@link Tracker} view, all acting on the same issues.
 * Records every assign call (which node, which issue, to whom) and every actual move (the assignee changed), so a
 * test can tell a repeated call from a repeated move.
 */
public final class SharedTracker {

    /** One call of {@link Tracker#assign}. */
    public record Call(String node, String issue, String to) {
    }

    private final Map<String, String> assignees = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<String> moves = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> deleted = new HashSet<>();
    private final Set<String> inactive = new HashSet<>();
    private final Set<String> failingOnce = new HashSet<>();

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** "issue->to" for each assign that changed the issue's assignee. */
    public synchronized List<String> moves() {
        return List.copyOf(moves);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public synchronized String assigneeOf(String issue) {
        return assignees.get(issue);
    }

    public synchronized void delete(String issue) {
        deleted.add(issue);
    }

    public synchronized void deactivate(String user) {
        inactive.add(user);
    }

    /** The next assign of {@code issue} fails the way a tracker in trouble fails (not a refusal); later ones work. */
    public synchronized void failNextAssign(String issue) {
        failingOnce.add(issue);
    }

    /** The view of node {@code node}. */
    public Tracker node(String node) {
        return new Tracker() {
            @Override
            public void assign(String issue, String assignee) {
                synchronized (SharedTracker.this) {
                    if (deleted.contains(issue)) {
                        throw new TrackerException(TrackerException.Refusal.ISSUE_GONE, "no issue " + issue);
                    }
                    if (failingOnce.remove(issue)) {
                        throw new IllegalStateException("the tracker's database is not answering");
                    }
                    if (inactive.contains(assignee)) {
                        throw new TrackerException(TrackerException.Refusal.USER_INACTIVE,
                                "no active user " + assignee);
                    }
                    calls.add(new Call(node, issue, assignee));
                    if (!assignee.equals(assignees.put(issue, assignee))) {
                        moves.add(issue + "->" + assignee);
                    }
                }
            }

            @Override
            public void addInternalNote(String issue, String text) {
                synchronized (SharedTracker.this) {
                    if (deleted.contains(issue)) {
                        throw new TrackerException(TrackerException.Refusal.ISSUE_GONE, "no issue " + issue);
                    }
                    notes.add(issue);
                }
            }

            @Override
            public java.util.Optional<io.backstop.app.port.TrackedIssue> describe(String issue) {
                synchronized (SharedTracker.this) {
                    return deleted.contains(issue) ? java.util.Optional.empty()
                            : java.util.Optional.of(new io.backstop.app.port.TrackedIssue(issue, java.util.Optional.empty()));
                }
            }

            @Override
            public List<io.backstop.app.port.TrackerComment> conversation(String issue) {
                synchronized (SharedTracker.this) {
                    if (deleted.contains(issue)) {
                        throw new TrackerException(TrackerException.Refusal.ISSUE_GONE, "no issue " + issue);
                    }
                    return List.of();
                }
            }
        };
    }
}
