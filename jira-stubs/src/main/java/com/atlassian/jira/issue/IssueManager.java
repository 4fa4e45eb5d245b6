/*
 * Stand-in for com.atlassian.jira.issue.IssueManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.2 and 7.16 ([C] getIssueObject(String) -> MutableIssue on Jira 11:
 * alanmosely PullRequestResource; slack CommandEventRenderer.java:90).
 */
package com.atlassian.jira.issue;

public interface IssueManager {

    MutableIssue getIssueObject(String key);
}
