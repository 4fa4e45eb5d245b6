/*
 * Stand-in for com.atlassian.jira.event.AbstractEvent (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.9 and 7.8: the superclass of IssueEvent. Its getTime()/getParams()
 * are unconfirmed ([U]) and not declared; Backstop takes instants from the issue and the comment instead.
 */
package com.atlassian.jira.event;

public abstract class AbstractEvent {
}
