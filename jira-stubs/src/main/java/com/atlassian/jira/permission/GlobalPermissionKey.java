/*
 * Stand-in for com.atlassian.jira.permission.GlobalPermissionKey (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.17 item 4 ([C] Jira 11: GlobalPermissionKey.SYSTEM_ADMIN /
 * GlobalPermissionKey.ADMINISTER read as static fields). A final class in Jira 7 ([C-old]); the constants are objects,
 * so the fields must exist at run time - they do. Bodies are test conveniences.
 */
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalPermissionKey && ((GlobalPermissionKey) other).key.equals(key);
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
