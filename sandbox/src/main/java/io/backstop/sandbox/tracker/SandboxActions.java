package io.backstop.sandbox.tracker;

import io.backstop.app.Backstop;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.sandbox.demo.DemoAction;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What people do in the sandbox tracker, done once for every caller (the REST API, the demo's history and its
 * live traffic): change the tracker, then tell Backstop, as Jira's events would (a new issue through
 * {@link Backstop#issueCreated}, as the Jira listener does: its clock, and a Complaint issue's complaint).
 */
public final class SandboxActions {

    private final SandboxTracker tracker;
    private final Backstop backstop;
    private final ResponseDesk desk;
    private volatile Consumer<DemoAction> observer = action -> { };

    public SandboxActions(SandboxTracker tracker, Backstop backstop) {
        this.tracker = tracker;
        this.backstop = backstop;
        this.desk = backstop.responses();
    }

    public SandboxTracker tracker() {
        return tracker;
    }

    /** Someone who wants to hear of every action, e.g. the demo traffic that should not answer twice. */
    public void observe(Consumer<DemoAction> listener) {
        this.observer = listener;
    }

    /**
     * A client opens an issue: a summary and what they wrote below it (may be null). The caller makes sure the key
     * is free.
     */
    public SandboxTracker.Issue open(String key, String summary, String description, String client, String issueType,
                                     String priority, String owner, Instant at) {
        SandboxTracker.Issue issue = tracker.create(key, summary, description, client, issueType, priority, owner, at);
        backstop.issueCreated(issue.facts(), SandboxTracker.CLIENT, at, issue.opening());
        observer.accept(action(DemoAction.Kind.CREATE_ISSUE, issue, SandboxTracker.CLIENT,
                description == null ? summary : description, at));
        return issue;
    }

    /** A comment by the client or a member of staff; internal ones are notes, not replies. */
    public void comment(SandboxTracker.Issue issue, String author, String body, boolean internal, Instant at) {
        comment(issue, author, body, internal, at, ReplyFacts.text(body));
    }

    /**
     * A comment with what its author said of it as a reply: the holding mark, its promise, or a due date set with
     * it (which the tracker then holds as the issue's promised date).
     */
    public void comment(SandboxTracker.Issue issue, String author, String body, boolean internal, Instant at,
                        ReplyFacts reply) {
        if (reply.dueDateSet() != null) {
            tracker.promise(issue.key(), reply.dueDateSet());
        }
        tracker.comment(issue.key(), author, body, internal, at, reply);
        desk.commentAdded(issue.facts(), author, internal, at, reply);
        if (!internal) {
            observer.accept(action(SandboxTracker.CLIENT.equals(author)
                    ? DemoAction.Kind.CLIENT_COMMENT : DemoAction.Kind.STAFF_COMMENT, issue, author, body, at));
        }
    }

    public void resolve(SandboxTracker.Issue issue, String by, Instant at) {
        tracker.resolve(issue.key());
        desk.issueResolved(issue.key(), at);
        observer.accept(action(DemoAction.Kind.RESOLVE, issue, by, null, at));
    }

    /** Carries out one action of the demo's history or traffic; one that no longer fits the tracker is skipped. */
    public void apply(DemoAction action) {
        switch (action.kind()) {
            case CREATE_ISSUE -> {
                if (tracker.find(action.issue()).isEmpty()) {
                    SandboxTracker.Issue created = tracker.create(action.issue(), action.summary(), action.body(),
                            action.client(), action.issueType(), action.priority(), action.owner(), action.at());
                    backstop.issueCreated(created.facts(), SandboxTracker.CLIENT, action.at(), created.opening());
                }
            }
            case CLIENT_COMMENT, STAFF_COMMENT -> tracker.find(action.issue()).filter(i -> !i.resolved())
                    .ifPresent(issue -> {
                        tracker.comment(issue.key(), action.author(), action.body(), false, action.at());
                        desk.commentAdded(issue.facts(), action.author(), false, action.at(),
                                ReplyFacts.text(action.body()));
                    });
            case RESOLVE -> tracker.find(action.issue()).filter(i -> !i.resolved()).ifPresent(issue -> {
                tracker.resolve(issue.key());
                desk.issueResolved(issue.key(), action.at());
            });
        }
    }

    private static DemoAction action(DemoAction.Kind kind, SandboxTracker.Issue issue, String author, String body,
                                     Instant at) {
        return new DemoAction(at, kind, issue.key(), author, issue.owner(), issue.client(), issue.issueType(),
                issue.priority(), issue.summary(), body);
    }
}
