/*
 * Stand-in for com.atlassian.jira.issue.MutableIssue (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.2 (interface MutableIssue extends Issue; the return type of
 * IssueManager.getIssueObject, [C] on Jira 11, section 7.16). Setters are not declared: Backstop assigns through
 * IssueService.
 */
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
