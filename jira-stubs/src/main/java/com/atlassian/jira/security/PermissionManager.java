/*
 * Stand-in for com.atlassian.jira.security.PermissionManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.8 and 7.16 ([C] Jira 11: scrum-poker
 * UserHasProjectAdministrationPermission.java:40 and EstimateFieldServiceImpl.java:76).
 */
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
