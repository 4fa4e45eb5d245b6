/*
 * Stand-in for com.atlassian.jira.permission.ProjectPermissions (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.8 ([C] source: public static final ProjectPermissionKey
 * BROWSE_PROJECTS). Read as a static object field, which exists at run time. Only the constant Backstop uses is declared.
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public final class ProjectPermissions {

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    private ProjectPermissions() {
    }
}
