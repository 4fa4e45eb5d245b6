/*
 * Stand-in for com.atlassian.jira.issue.comments.CommentManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.5 and 7.6: create(Issue, ApplicationUser, String body, String
 * groupLevel, Long roleLevelId, boolean dispatchEvent) [C-old] (cures-condec MockCommentManager, Jira 8; no jakarta types,
 * API freeze). A restricted comment sets exactly one of groupLevel/roleLevelId; the call skips permission checks.
 * getComments(Issue): java.util.List<Comment> [C] (same section 2.5, cures-condec MockCommentManager): every comment
 * of the issue, oldest first, whatever its visibility (the caller filters restricted ones).
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

public interface CommentManager {

    java.util.List<Comment> getComments(Issue issue);

    Comment create(Issue issue, ApplicationUser author, String body, String groupLevel, Long roleLevelId,
                   boolean dispatchEvent);
}
