/*
 * Stand-in for com.atlassian.jira.security.JiraAuthenticationContext (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.1 ([C] getLoggedInUser() on Jira 11: scrum-poker, slack
 * SlackMessageResource). getLocale(): long-standing Jira API ([C-old] Jira 7 javadoc), no jakarta types, so covered by
 * the Jira 11 API freeze (section 7, PREP11) - unconfirmed for 11.
 * setLoggedInUser(ApplicationUser): void, jira-api's JiraAuthenticationContext.java since v6.0 ("used in places like
 * Jelly where we need to switch the identity of a user during execution"), next to the deprecated
 * setLoggedInUser(User) removed later; no jakarta type, so covered by the 11 API freeze.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    /** Switches the thread's user; Jira checks permissions such as Assign against it. */
    void setLoggedInUser(ApplicationUser user);

    /** UNCONFIRMED for Jira 11 (see header). */
    Locale getLocale();
}
