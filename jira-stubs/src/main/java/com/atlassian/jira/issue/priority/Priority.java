/*
 * Stand-in for com.atlassian.jira.issue.priority.Priority (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.16 ([C] getId():String, getName():String - anonymous Priority in
 * slack SlackMessageResource.java). An interface.
 */
package com.atlassian.jira.issue.priority;

public interface Priority {

    String getId();

    String getName();
}
