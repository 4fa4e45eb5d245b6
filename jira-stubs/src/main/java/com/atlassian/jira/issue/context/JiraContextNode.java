/*
 * Stand-in for com.atlassian.jira.issue.context.JiraContextNode (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.7 and 7.4 (element type of createCustomField's contexts list; an
 * interface). Backstop only passes the global context through.
 */
package com.atlassian.jira.issue.context;

public interface JiraContextNode {
}
