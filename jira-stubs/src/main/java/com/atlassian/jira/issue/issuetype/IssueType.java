/*
 * Stand-in for com.atlassian.jira.issue.issuetype.IssueType (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.2 and 7.16 ([C] getId():String, getName():String - anonymous
 * IssueType in slack SlackMessageResource.java, compiled against Jira). An interface.
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {

    String getId();

    String getName();
}
