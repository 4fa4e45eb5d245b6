/*
 * Stand-in for com.atlassian.jira.icon.IconType (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: jakarta-era (Jira 11) plugin code found with code search (id 70258475825: IconType.ISSUE_TYPE_ICON_TYPE read
 * as a static field of type IconType). Class versus final class unconfirmed; a static object field links the same way.
 */
package com.atlassian.jira.icon;

public final class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
