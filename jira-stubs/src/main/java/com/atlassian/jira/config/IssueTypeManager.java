/*
 * Stand-in for com.atlassian.jira.config.IssueTypeManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.7 and 7.3: createIssueType(String, String, Long avatarId) [C-old]
 * ("use this form if at all"); also called this way by jakarta-era (Jira 11) plugin code found with code search
 * (id 70258475825, TestCaseIssueType: issueTypeManager.createIssueType(name, description, avatarId) with a Long).
 * Section 7.3 advises resolving it defensively: JiraSetup catches LinkageError around the call.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

public interface IssueTypeManager {

    IssueType createIssueType(String name, String description, Long avatarId);
}
