/*
 * Stand-in for com.atlassian.jira.event.issue.IssueEvent (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.8 ([C] Jira 11, slack main code): a FINAL class extending
 * AbstractEvent (it also implements IssueRelatedEvent, not declared here - unused); getIssue():Issue,
 * getUser():ApplicationUser, getComment():Comment, getEventTypeId():Long. Constructor (Issue, Map, ApplicationUser, Long)
 * seen in Jira 11 tests (slack DefaultIssueEventToEventMatcherTypeConverterTest.java:71). Bodies are test conveniences.
 * getChangeLog():org.ofbiz.core.entity.GenericValue, null when the event changed no field: jira-platform.md 2.9 [C]
 * (constructor arguments and usage) and Jira 9 use in atlassian-labs/msteams-jira-server-addon
 * NotificationEventService.buildNotificationEventChangeLog (issueEvent.getChangeLog(), then getRelated).
 */
package com.atlassian.jira.event.issue;

import com.atlassian.jira.event.AbstractEvent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;
import org.ofbiz.core.entity.GenericValue;

public final class IssueEvent extends AbstractEvent {

    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public ApplicationUser getUser() {
        return user;
    }

    public Comment getComment() {
        return null;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }

    public GenericValue getChangeLog() {
        return null;
    }
}
