package io.backstop.jira.port;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.port.BrowsePermission;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "May this user see this issue?", answered by Jira's Browse Projects permission. */
@Named("backstopBrowsePermission")
public final class JiraBrowsePermission implements BrowsePermission {

    private final PermissionManager permissions;
    private final IssueManager issues;
    private final UserManager users;

    @Inject
    public JiraBrowsePermission(@ComponentImport PermissionManager permissions, @ComponentImport IssueManager issues,
                                @ComponentImport UserManager users) {
        this.permissions = permissions;
        this.issues = issues;
        this.users = users;
    }

    @Override
    public boolean canBrowse(String user, String issue) {
        ApplicationUser found = user == null ? null : users.getUserByName(user);
        Issue target = issue == null ? null : issues.getIssueObject(issue);
        return JiraUsers.isActive(found) && target != null
                && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, target, found);
    }
}
