package io.backstop.sandbox.tracker;

import io.backstop.app.Backstop;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.StoredClock;
import io.backstop.app.results.complaints.ComplaintsDesk;
import io.backstop.core.complaint.ComplaintRules;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mends at start-up what a sandbox killed between the tracker's write and Backstop's left half done.
 * {@link SandboxActions} writes the tracker, then tells the desk, in two transactions, as Jira's events come after
 * Jira's own commit: one transaction over both would hold the issue's row while the desk waits for the issue's
 * lock, which the watcher may hold while it waits for that row. So the halves are joined here instead:
 * <ul>
 *   <li>an open issue without a clock is told to the desk again from its start: opened at its creation time, then
 *       its comments in their order (the desk passes over issues it does not keep, as it did the first time);</li>
 *   <li>a resolved issue whose clock is still open is resolved now, which takes it out of the queue;</li>
 *   <li>an open Complaint issue is told to the complaints desk again, which makes its complaint if the stop came
 *       between the clock and the complaint (and finds the one it made otherwise).</li>
 * </ul>
 */
public final class TornWriteRepair {

    private static final Logger LOG = LoggerFactory.getLogger(TornWriteRepair.class);

    private TornWriteRepair() {
    }

    /** Repairs every torn issue; returns how many it found (a complaint made again is not counted). */
    public static int repair(SandboxTracker tracker, ClockStore clocks, Backstop backstop, Instant now) {
        ResponseDesk desk = backstop.responses();
        int torn = openWithoutClock(tracker, clocks, backstop) + resolvedWithOpenClock(tracker, clocks, desk, now);
        complaintIssues(tracker, backstop.results().complaints());
        if (torn > 0) {
            LOG.warn("Repaired {} issues the tracker had stored but Backstop had not heard of (a stop in between)",
                    torn);
        }
        return torn;
    }

    private static int openWithoutClock(SandboxTracker tracker, ClockStore clocks, Backstop backstop) {
        ResponseDesk desk = backstop.responses();
        List<SandboxTracker.Issue> open = tracker.openIssues();
        Set<String> kept = issuesOf(clocks.ofIssues(open.stream().map(SandboxTracker.Issue::key).toList()));
        int torn = 0;
        for (SandboxTracker.Issue issue : open) {
            if (kept.contains(issue.key()) || !desk.concerns(issue.key())) {
                continue;
            }
            backstop.issueCreated(issue.facts(), SandboxTracker.CLIENT, issue.createdAt(), issue.opening());
            for (SandboxTracker.Comment comment : tracker.comments(issue.key())) {
                desk.commentAdded(issue.facts(), comment.author(), comment.internal(), comment.at(), comment.reply());
            }
            torn++;
        }
        return torn;
    }

    private static int resolvedWithOpenClock(SandboxTracker tracker, ClockStore clocks, ResponseDesk desk,
                                             Instant now) {
        List<StoredClock> stillOpen = clocks.ofIssues(tracker.resolvedKeys()).stream()
                .filter(stored -> stored.clock().open()).toList();
        stillOpen.forEach(stored -> desk.issueResolved(stored.clock().issue(), now));
        return stillOpen.size();
    }

    private static void complaintIssues(SandboxTracker tracker, ComplaintsDesk complaints) {
        for (SandboxTracker.Issue issue : tracker.openIssues()) {
            if (ComplaintRules.ISSUE_TYPE.equals(issue.issueType())) {
                complaints.issueCreated(issue.key(), issue.issueType(), issue.owner(), issue.client(),
                        SandboxTracker.CLIENT, issue.createdAt());
            }
        }
    }

    private static Set<String> issuesOf(List<StoredClock> stored) {
        return stored.stream().map(s -> s.clock().issue()).collect(Collectors.toSet());
    }
}
