package io.backstop.core.replay;

import io.backstop.core.sla.OpenPromise;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The naive engine's book of promises (rule 11), read again from sla-semantics.md: one row per holding reply, in
 * the order made, mutated in place as it closes. There is no "open promise" pointer: the open promise of an issue is
 * found by scanning the book for a row of that issue still open (and there must never be two).
 * <ul>
 *   <li>a holding reply at t: an open row of the issue closes {@code MOVED} if {@code t <= due}, else
 *       {@code BROKEN}; then a new row opens, due at the named instant or {@code addWorking(t, answerWithin)};</li>
 *   <li>an answer (a non-holding staff reply) or the resolution at t: an open row closes {@code KEPT} if
 *       {@code t <= due}, else {@code BROKEN};</li>
 *   <li>a watcher tick at t: an open row with {@code due <= t} closes {@code BROKEN} at t;</li>
 *   <li>at until, a row still open is {@code OPEN} with no closing time.</li>
 * </ul>
 * Reading noted: "a later non-holding staff reply ... closes it" is applied whether or not the issue is awaiting
 * (the rule does not ask for a cycle), and a reply on a resolved issue does nothing (rule 4).
 */
final class NaivePromises {

    private static final class Row {
        final String issue;
        final String by;
        final Instant madeAt;
        final Instant due;
        PromiseOutcome outcome = PromiseOutcome.OPEN;
        Instant closedAt;

        Row(String issue, String by, Instant madeAt, Instant due) {
            this.issue = issue;
            this.by = by;
            this.madeAt = madeAt;
            this.due = due;
        }
    }

    private final List<Row> book = new ArrayList<>();
    private final Set<String> notes;

    NaivePromises(Set<String> notes) {
        this.notes = notes;
    }

    /** A holding reply on an open issue: closes the open promise (moved or broken), then opens one due at due. */
    void holding(String issue, String by, Instant t, Instant due) {
        Row open = open(issue);
        if (open != null) {
            close(open, t, t.isAfter(open.due) ? PromiseOutcome.BROKEN : PromiseOutcome.MOVED);
            notes.add(open.outcome == PromiseOutcome.MOVED ? "promise moved" : "promise broken by a late holding reply");
        }
        book.add(new Row(issue, by, t, due));
    }

    /** A non-holding staff reply on an open issue. */
    void answered(String issue, Instant t) {
        Row open = open(issue);
        if (open != null) {
            close(open, t, t.isAfter(open.due) ? PromiseOutcome.BROKEN : PromiseOutcome.KEPT);
            notes.add(open.outcome == PromiseOutcome.KEPT ? "promise kept by a reply"
                    : "promise broken by a late reply");
        }
    }

    /** The issue's resolution. */
    void resolved(String issue, Instant t) {
        Row open = open(issue);
        if (open != null) {
            close(open, t, t.isAfter(open.due) ? PromiseOutcome.BROKEN : PromiseOutcome.KEPT);
            notes.add(open.outcome == PromiseOutcome.KEPT ? "promise kept by resolution"
                    : "promise broken by a late resolution");
        }
    }

    /** The watcher's step for one issue at tick t. */
    void tick(String issue, Instant t) {
        Row open = open(issue);
        if (open != null && !open.due.isAfter(t)) {
            close(open, t, PromiseOutcome.BROKEN);
            notes.add("promise broken at a tick");
        }
    }

    /** The open promise of the issue, as the clock would carry it, or null. */
    OpenPromise openOf(String issue) {
        Row open = open(issue);
        return open == null ? null : new OpenPromise(open.by, open.madeAt, open.due);
    }

    /** The book at until, in the order made. */
    List<Promise> atUntil() {
        List<Promise> out = new ArrayList<>();
        for (Row row : book) {
            out.add(new Promise(row.issue, row.by, row.madeAt, row.due, row.outcome, row.closedAt));
            if (row.outcome == PromiseOutcome.OPEN) {
                notes.add("promise open at until");
            }
        }
        return out;
    }

    private Row open(String issue) {
        Row found = null;
        for (Row row : book) {
            if (row.issue.equals(issue) && row.outcome == PromiseOutcome.OPEN) {
                if (found != null) {
                    throw new IllegalStateException("two open promises on " + issue);
                }
                found = row;
            }
        }
        return found;
    }

    private static void close(Row row, Instant t, PromiseOutcome outcome) {
        row.outcome = outcome;
        row.closedAt = t;
    }
}
