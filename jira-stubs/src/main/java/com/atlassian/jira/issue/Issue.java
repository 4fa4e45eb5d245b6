/*
 * Stand-in for com.atlassian.jira.issue.Issue (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.2 and 7.16. Return types checked against an anonymous
 * "new Issue() {...}" compiled by Atlassian's slack plugin (github.com/atlassian-labs/atlassian-slack-integration-server
 * jira-slack-server-integration-plugin/.../web/rest/SlackMessageResource.java): getId():Long, getKey():String,
 * getIssueType():IssueType, getPriority():Priority, getAssignee():ApplicationUser, getReporter():ApplicationUser,
 * getCreated():java.sql.Timestamp, getResolutionDate():java.sql.Timestamp, getCustomFieldValue(CustomField):Object.
 * getSummary():String, getDueDate():java.sql.Timestamp and getDescription():String: jira-platform.md section 2.2
 * ([C] Jira 11 usage by the slack and scrum-poker plugins for getSummary; [C] latest javadoc).
 * An interface. Only the methods Backstop calls are declared.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    IssueType getIssueType();

    Priority getPriority();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Timestamp getDueDate();

    Timestamp getCreated();

    Timestamp getResolutionDate();

    Object getCustomFieldValue(CustomField field);
}
