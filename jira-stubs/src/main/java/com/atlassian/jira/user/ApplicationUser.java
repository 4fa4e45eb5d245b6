/*
 * Stand-in for com.atlassian.jira.user.ApplicationUser (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.1 ([C] javadoc docs.atlassian.com/jira/7.0.0 .../ApplicationUser.html;
 * used on Jira 11 by scrum-poker and slack). An interface in Jira (it extends java.security.Principal there; getName()
 * comes from Principal).
 */
package com.atlassian.jira.user;

public interface ApplicationUser {

    Long getId();

    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();

    long getDirectoryId();
}
