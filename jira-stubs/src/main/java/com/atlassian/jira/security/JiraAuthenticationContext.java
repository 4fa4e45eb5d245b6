/*
 * Stand-in for com.atlassian.jira.security.JiraAuthenticationContext (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.1 ([C] getLoggedInUser() on Jira 11: scrum-poker, slack
 * SlackMessageResource). getLocale(): long-standing Jira API ([C-old] Jira 7 javadoc), no jakarta types, so covered by
 * the Jira 11 API freeze (section 7, PREP11) - unconfirmed for 11.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface JiraAuthenticationContext {

    ApplicationUser getLoggedInUser();

    /** UNCONFIRMED for Jira 11 (see header). */
    Locale getLocale();
}
