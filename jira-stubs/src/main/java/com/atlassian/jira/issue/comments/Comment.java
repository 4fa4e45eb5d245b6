/*
 * Stand-in for com.atlassian.jira.issue.comments.Comment (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.5 and 7.6: getCreated():java.util.Date [C] exactly Date on Jira 11
 * (slack JiraIssueEventRendererTest.java:181); getAuthorApplicationUser(), getGroupLevel():String,
 * getRoleLevelId():Long [C] (Jira 8 interface source + Jira 11 usage). An interface. getAuthorUser() is avoided (its
 * return type changed across versions).
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Date;

public interface Comment {

    Long getId();

    ApplicationUser getAuthorApplicationUser();

    String getBody();

    Date getCreated();

    String getGroupLevel();

    Long getRoleLevelId();
}
