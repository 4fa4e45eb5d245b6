/*
 * Stand-in for com.atlassian.jira.security.GlobalPermissionManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.17 item 4 ([C] Jira 11: scrum-poker
 * UserHasProjectAdministrationPermission.java:38-39, hasPermission(GlobalPermissionKey, ApplicationUser)).
 */
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {

    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
