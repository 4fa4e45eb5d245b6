/*
 * Stand-in for com.atlassian.jira.bc.issue.comment.property.CommentPropertyService (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: Jira's source of the interface (jira-api, "@since v6.2", @ExperimentalApi; found by code search): an
 * interface, "public interface CommentPropertyService extends EntityPropertyService<Comment>" with no members of its
 * own. Jira 9 usage of the same call: atlassian-labs/msteams-jira-server-addon (built against jira-api 9.0.1)
 * src/main/java/com/microsoft/teams/service/NotificationEventService.java isCommentInternal:
 * getProperty(applicationUser, comment.getId(), "sd.public.comment").getEntityProperty().getOrNull().getValue().
 * Imported as a component ([U] for Jira 11: Atlassian Connect's in-Jira scope tests (ReadScopeJiraTest, found by
 * code search) get it injected as a plugin would, the msteams add-on reads it through ComponentAccessor).
 */
package com.atlassian.jira.bc.issue.comment.property;

import com.atlassian.jira.entity.property.EntityPropertyService;
import com.atlassian.jira.issue.comments.Comment;

public interface CommentPropertyService extends EntityPropertyService<Comment> {
}
