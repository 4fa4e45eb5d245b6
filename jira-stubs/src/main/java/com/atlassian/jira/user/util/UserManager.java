/*
 * Stand-in for com.atlassian.jira.user.util.UserManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.1 ([C] slack plugin on Jira 11: getUserByKey, getUserByName).
 * Jira's own UserManager, not SAL's.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {

    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
