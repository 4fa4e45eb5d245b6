/*
 * Stand-in for com.atlassian.sal.api.UrlMode (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.13 (an enum; ABSOLUTE [C], the other constants [U]).
 * Backstop uses ABSOLUTE only.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO
}
