/*
 * Stand-in for com.atlassian.crowd.embedded.api.Group (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.8 and 7.2 (the type GroupManager.getGroup returns [C J7]).
 * getName(): Crowd's embedded Group API ([C-old]). An interface.
 */
package com.atlassian.crowd.embedded.api;

public interface Group {

    String getName();
}
