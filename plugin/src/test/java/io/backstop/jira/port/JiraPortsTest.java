package io.backstop.jira.port;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import io.backstop.jira.testing.PluginHarness;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Directory, browse permission, locks and current user over Jira's services. */
class JiraPortsTest {

    private final PluginHarness plugin = new PluginHarness(MONDAY_10);

    @Test
    void theDirectoryKnowsActiveUsersAdministratorsAndGroups() {
        plugin.jira.admin("boss");
        plugin.jira.group("backstop-staff", "ivanova");
        plugin.jira.user("client");
        com.atlassian.jira.user.ApplicationUser gone = plugin.jira.user("gone");
        when(gone.isActive()).thenReturn(false);

        assertThat(plugin.directory.exists("ivanova")).isTrue();
        assertThat(plugin.directory.exists("gone")).isFalse();
        assertThat(plugin.directory.exists("nobody")).isFalse();
        assertThat(plugin.directory.isAdmin("boss")).isTrue();
        assertThat(plugin.directory.isAdmin("client")).isFalse();
        assertThat(plugin.directory.isInGroup("ivanova", "backstop-staff")).isTrue();
        assertThat(plugin.directory.isInGroup("client", "backstop-staff")).isFalse();
        assertThat(plugin.directory.isInGroup("nobody", "backstop-staff")).isFalse();
    }

    @Test
    void aDisplayNameIsTheUsersFullNameInJira() {
        when(plugin.jira.user("ivanova").getDisplayName()).thenReturn("Anna Ivanova");
        when(plugin.jira.user("nameless").getDisplayName()).thenReturn(null);

        assertThat(plugin.directory.displayName("ivanova")).contains("Anna Ivanova");
        assertThat(plugin.directory.displayName("nameless")).isEmpty();
        assertThat(plugin.directory.displayName("nobody")).isEmpty();
        assertThat(plugin.directory.displayName(null)).isEmpty();
    }

    @Test
    void browsingIsJirasBrowseProjectsPermissionOnTheIssue() {
        plugin.jira.issue("WEB-1", null, null, "client", "ivanova", null, null, MONDAY_10);
        plugin.jira.user("petrova");
        when(plugin.jira.permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(), any()))
                .thenAnswer(call -> "ivanova".equals(((com.atlassian.jira.user.ApplicationUser) call.getArgument(2))
                        .getUsername()));

        assertThat(plugin.browse.canBrowse("ivanova", "WEB-1")).isTrue();
        assertThat(plugin.browse.canBrowse("petrova", "WEB-1")).isFalse();
        assertThat(plugin.browse.canBrowse("ivanova", "WEB-404")).isFalse();
        verify(plugin.jira.permissions).hasPermission(ProjectPermissions.BROWSE_PROJECTS, plugin.jira.issue("WEB-1"),
                plugin.jira.user("ivanova"));
    }

    @Test
    void locksAreClusterLocksReleasedEvenOnFailure() {
        assertThat(plugin.locks.withLock("backstop.test", () -> plugin.jira.locks.get("backstop.test").isHeld()))
                .isTrue();
        assertThatThrownBy(() -> plugin.locks.withLock("backstop.test", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(plugin.jira.locks.get("backstop.test").isHeld()).isFalse();
        assertThat(plugin.jira.locks.get("backstop.test").taken()).isEqualTo(2);
        assertThatThrownBy(() -> plugin.locks.withLock("x".repeat(256), () -> 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurrentUserIsWhomJiraAuthenticated() {
        assertThat(plugin.currentUser.name()).isEmpty();
        plugin.jira.logIn("ivanova");
        assertThat(plugin.currentUser.name()).contains("ivanova");
        assertThat(plugin.jira.authentication.getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
