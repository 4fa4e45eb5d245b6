/*
 * Stand-in for com.atlassian.jira.config.ConstantsManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: jakarta-era (Jira 11) plugin code found with code search (id 70258475825, TestCaseIssueType:
 * "Collection<IssueType> issueTypes = ComponentAccessor.getConstantsManager().getAllIssueTypeObjects()"); also in
 * cures-condec-jira (Jira 8). [C-old] for the interface itself; the method has no jakarta types (API freeze).
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

public interface ConstantsManager {

    Collection<IssueType> getAllIssueTypeObjects();
}
