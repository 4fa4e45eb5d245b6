/*
 * Stand-in for com.atlassian.jira.security.plugin.ProjectPermissionKey (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.8 ([C] constructor ProjectPermissionKey(String) used in
 * ProjectPermissions; "final" unconfirmed and irrelevant for linking, section 7.16). Bodies are test conveniences.
 */
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    public String permissionKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey && ((ProjectPermissionKey) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
