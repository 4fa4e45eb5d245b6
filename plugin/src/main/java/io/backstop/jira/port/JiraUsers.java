package io.backstop.jira.port;

import com.atlassian.jira.user.ApplicationUser;

/**
 * How Backstop names Jira users: by username (login), the names the department's settings use. The user key is
 * what Jira's services take, so it is looked up at the call.
 */
public final class JiraUsers {

    private JiraUsers() {
    }

    /** The name Backstop uses for a Jira user, or null. */
    public static String name(ApplicationUser user) {
        return user == null ? null : user.getUsername();
    }

    public static boolean isActive(ApplicationUser user) {
        return user != null && user.isActive();
    }
}
