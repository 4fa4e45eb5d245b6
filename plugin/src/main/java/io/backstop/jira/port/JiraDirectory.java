package io.backstop.jira.port;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.port.Directory;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** Jira's users, groups and global permissions as the app's {@link Directory}. */
@Named("backstopDirectory")
public final class JiraDirectory implements Directory {

    private final UserManager users;
    private final GroupManager groups;
    private final GlobalPermissionManager permissions;

    @Inject
    public JiraDirectory(@ComponentImport UserManager users, @ComponentImport GroupManager groups,
                         @ComponentImport GlobalPermissionManager permissions) {
        this.users = users;
        this.groups = groups;
        this.permissions = permissions;
    }

    @Override
    public boolean exists(String user) {
        return user != null && JiraUsers.isActive(users.getUserByName(user));
    }

    /** Jira administrators and system administrators may change Backstop's settings. */
    @Override
    public boolean isAdmin(String user) {
        ApplicationUser found = user == null ? null : users.getUserByName(user);
        return JiraUsers.isActive(found) && (permissions.hasPermission(GlobalPermissionKey.ADMINISTER, found)
                || permissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, found));
    }

    @Override
    public boolean isInGroup(String user, String group) {
        if (user == null || group == null) {
            return false;
        }
        ApplicationUser found = users.getUserByName(user);
        return found != null && groups.isUserInGroup(found, group);
    }

    /** Jira's full name of the user (the profile's "Full name"). */
    @Override
    public Optional<String> displayName(String user) {
        ApplicationUser found = user == null ? null : users.getUserByName(user);
        return found == null ? Optional.empty() : Optional.ofNullable(found.getDisplayName());
    }
}
