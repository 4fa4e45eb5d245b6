/*
 * Stand-in for com.atlassian.jira.avatar.AvatarManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: jakarta-era (Jira 11) plugin code found with code search (id 70258475825, TestCaseIssueType:
 * "return avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);" in a method returning Long). Unconfirmed in
 * Atlassian's javadoc from here; JiraSetup catches LinkageError around the call.
 */
package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

public interface AvatarManager {

    Long getDefaultAvatarId(IconType iconType);
}
