/*
 * Stand-in for com.atlassian.sal.api.ApplicationProperties (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.13 and 7.16 (getBaseUrl(UrlMode) [C] Jira 11, slack
 * ConfigureServlet with UrlMode.ABSOLUTE). Only getBaseUrl is copied.
 */
package com.atlassian.sal.api;

public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
