/*
 * Stand-in for com.atlassian.jira.security.groups.GroupManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.8 and 7.2 (getGroup [C J7], isUserInGroup(ApplicationUser, String)
 * [C-old] usage). createGroup(String) and groupExists(String): Jira GroupManager source (since 3.13/4.3; public code
 * search id 17578649258, the Jira 6.2-era interface: "Group createGroup(String groupName) throws
 * OperationNotPermittedException, InvalidGroupException") - [C-old], unconfirmed for 11; no jakarta types, so covered
 * by the API freeze (PREP11). Checked exceptions are not part of the JVM descriptor.
 */
package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;
import com.atlassian.crowd.exception.OperationNotPermittedException;
import com.atlassian.crowd.exception.embedded.InvalidGroupException;
import com.atlassian.jira.user.ApplicationUser;

public interface GroupManager {

    boolean groupExists(String groupName);

    Group getGroup(String groupName);

    /** [C-old]: see header. */
    Group createGroup(String groupName) throws OperationNotPermittedException, InvalidGroupException;

    boolean isUserInGroup(ApplicationUser user, String groupName);
}
