package io.backstop.core.complaint;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A client's complaint (жалоба), flagged on an issue or one of its comments, with its whole history. It has no
 * assignee: it stays in the head's lane until closed, and the manager it is about can see it but not move it.
 *
 * @param comment the comment flagged; empty when the issue as a whole is the complaint
 * @param about the person the complaint is about (the client's manager, usually)
 * @param history the first change is the flag; the rest follow in time order and are valid steps
 * @param source  how it came to be recorded: flagged by hand, a Complaint issue, a confirmed suspicion
 */
public record Complaint(String id, String client, String issue, Optional<String> comment, String about,
                        List<Change> history, ComplaintSource source) {

    public Complaint {
        Check.notBlank(id, "id");
        Check.notBlank(client, "client");
        Check.notBlank(issue, "issue");
        Check.notNull(comment, "comment");
        comment.ifPresent(c -> Check.notBlank(c, "comment"));
        Check.notBlank(about, "about");
        Check.notNull(source, "source");
        history = Check.list(history, "history");
        if (history.isEmpty() || history.get(0).action() != ComplaintAction.FLAG) {
            throw Check.invalid("history", Problem.of("error.complaint.startFlag"));
        }
        ComplaintState state = ComplaintState.OPEN;
        for (int i = 1; i < history.size(); i++) {
            Change change = history.get(i);
            if (change.at().isBefore(history.get(i - 1).at())) {
                throw Check.invalid("history[" + i + "].at", Problem.of("error.complaint.beforeChangeBefore"));
            }
            ComplaintState next = next(state, change.action());
            if (next == null) {
                throw Check.invalid("history[" + i + "].action", Problem.of("error.complaint.possibleWhenComplaint",
                        change.action(), state));
            }
            state = next;
        }
    }

    /** A complaint flagged by hand. */
    public Complaint(String id, String client, String issue, Optional<String> comment, String about,
                     List<Change> history) {
        this(id, client, issue, comment, about, history, ComplaintSource.MANUAL);
    }

    /** The state after {@code action}, or null when the action makes no sense in {@code state}. */
    static ComplaintState next(ComplaintState state, ComplaintAction action) {
        return switch (action) {
            case FLAG -> null;
            case UNFLAG -> state == ComplaintState.OPEN ? ComplaintState.UNFLAGGED : null;
            case CLOSE -> state == ComplaintState.OPEN ? ComplaintState.CLOSED : null;
            case REOPEN -> state == ComplaintState.OPEN ? null : ComplaintState.OPEN;
        };
    }

    public ComplaintState state() {
        ComplaintState state = ComplaintState.OPEN;
        for (Change change : history.subList(1, history.size())) {
            state = next(state, change.action());
        }
        return state;
    }

    public boolean isOpen() {
        return state() == ComplaintState.OPEN;
    }

    /** Whether it counts against the person it is about: every complaint not unflagged. */
    public boolean counts() {
        return state() != ComplaintState.UNFLAGGED;
    }

    public String flaggedBy() {
        return history.get(0).by();
    }

    public Instant flaggedAt() {
        return history.get(0).at();
    }

    public Change lastChange() {
        return history.get(history.size() - 1);
    }
}
