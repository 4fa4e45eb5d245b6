package io.backstop.jira.port;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.backstop.app.port.TrackerException;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.FakeJira.Assignment;
import io.backstop.jira.testing.FakeJira.Note;
import io.backstop.jira.testing.PluginHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jira as the app's tracker: validate, then assign; notes restricted to the staff group. */
class JiraTrackerTest {

    private final PluginHarness plugin = new PluginHarness(MONDAY_10);

    @BeforeEach
    void department() {
        plugin.department(Departments.workedExample());
        plugin.jira.issue("WEB-1", "Client request", null, "client", "ivanova", "ivanova", null, MONDAY_10);
    }

    @Test
    void assignsByUsernameAsTheDepartmentsHeadByDefault() {
        plugin.tracker.assign("WEB-1", "petrova");

        // Jira resolves the assignee by username; petrova's key is JIRAUSER..., which Jira would not find
        verify(plugin.jira.issueService).validateAssign(plugin.jira.user("head"), plugin.jira.issue("WEB-1").getId(),
                "petrova");
        assertThat(plugin.jira.assignments).containsExactly(new Assignment("WEB-1", "ivanova", "petrova", "head"));
    }

    @Test
    void onTheWatchersThreadWithNoUserTheActorIsLoggedInForTheAssignOnly() {
        plugin.jira.logIn(null); // atlassian-scheduler's thread

        plugin.tracker.assign("WEB-1", "petrova");

        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("petrova");
        assertThat(plugin.jira.loggedInUser()).isNull();
    }

    @Test
    void onAClientsEventThreadTheActorAssignsAndTheClientIsLoggedInAgainAfter() {
        plugin.jira.logIn("client"); // the event's thread runs as whoever commented: no Assign permission

        plugin.tracker.assign("WEB-1", "petrova");

        assertThat(plugin.jira.assignments).containsExactly(new Assignment("WEB-1", "ivanova", "petrova", "head"));
        assertThat(plugin.jira.loggedInUser()).isEqualTo("client");
    }

    @Test
    void theThreadsUserIsRestoredWhenJiraRefuses() {
        plugin.jira.logIn("client");
        plugin.jira.refuseAssign("WEB-1", "petrova may not be assigned");

        assertThatThrownBy(() -> plugin.tracker.assign("WEB-1", "petrova")).isInstanceOf(TrackerException.class);
        assertThat(plugin.jira.loggedInUser()).isEqualTo("client");
    }

    @Test
    void actsAsTheConfiguredUserWhenThereIsOne() {
        plugin.jira.grantAssign("backstop-bot");
        plugin.settings.setActor("backstop-bot");

        plugin.tracker.assign("WEB-1", "petrova");

        assertThat(plugin.jira.assignments).singleElement().satisfies(a -> assertThat(a.actor()).isEqualTo("backstop-bot"));
    }

    @Test
    void assigningToWhoeverAlreadyHoldsTheIssueDoesNothing() {
        plugin.tracker.assign("WEB-1", "ivanova");

        verify(plugin.jira.issueService, never()).validateAssign(any(), anyLong(), anyString());
        assertThat(plugin.jira.assignments).isEmpty();
    }

    @Test
    void jirasRefusalIsATrackerException() {
        plugin.jira.refuseAssign("WEB-1", "petrova may not be assigned");

        assertThatThrownBy(() -> plugin.tracker.assign("WEB-1", "petrova")).isInstanceOf(TrackerException.class)
                .hasMessageContaining("petrova may not be assigned");
        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("ivanova");
    }

    @Test
    void aMissingIssueOrUserIsATrackerException() {
        assertThatThrownBy(() -> plugin.tracker.assign("WEB-404", "petrova")).isInstanceOf(TrackerException.class);
        assertThatThrownBy(() -> plugin.tracker.assign("WEB-1", "nobody")).isInstanceOf(TrackerException.class);
    }

    @Test
    void anUnexpectedFailureIsNotDisguisedAsARefusal() {
        plugin.jira.failNextAssign("WEB-1", new IllegalStateException("database"));

        assertThatThrownBy(() -> plugin.tracker.assign("WEB-1", "petrova"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAnActorNothingIsAttempted() {
        PluginHarness bare = new PluginHarness(MONDAY_10);
        bare.jira.issue("WEB-1", null, null, "client", "ivanova", null, null, MONDAY_10);
        bare.jira.user("petrova");

        assertThatThrownBy(() -> bare.tracker.assign("WEB-1", "petrova")).isInstanceOf(TrackerException.class)
                .hasMessageContaining("setup page");
    }

    @Test
    void anInternalNoteIsACommentRestrictedToTheStaffGroup() {
        plugin.tracker.addInternalNote("WEB-1", "Backstop moved this issue");

        assertThat(plugin.jira.notes).containsExactly(
                new Note("WEB-1", "head", "Backstop moved this issue", "backstop-staff", null));
        verify(plugin.jira.comments).create(plugin.jira.issue("WEB-1"), plugin.jira.user("head"),
                "Backstop moved this issue", "backstop-staff", null, true);
    }

    /** Rule 14 in Jira: the reminder's "@login" becomes Jira's mention, so Jira notifies the holder. */
    @Test
    void aReminderMentionsTheHolderTheWayJiraNotifies() {
        plugin.tracker.remind("WEB-1", "petrova", "@petrova, the client has been waiting since Mon 2 Nov 10:00",
                MONDAY_10);

        assertThat(plugin.jira.notes).containsExactly(new Note("WEB-1", "head",
                "[~petrova], the client has been waiting since Mon 2 Nov 10:00", "backstop-staff", null));
    }

    @Test
    void aDeactivatedActorIsATrackerException() {
        com.atlassian.jira.user.ApplicationUser head = plugin.jira.user("head");
        when(head.isActive()).thenReturn(false);

        assertThatThrownBy(() -> plugin.tracker.addInternalNote("WEB-1", "x")).isInstanceOf(TrackerException.class);
    }

    @Test
    void theConversationIsThePublicCommentsOnly() {
        com.atlassian.jira.issue.comments.Comment asked = comment(1L, "client", "Где счёт?", null, null, 0);
        com.atlassian.jira.issue.comments.Comment restricted = comment(2L, "head", "internal", "backstop-staff", null, 1);
        com.atlassian.jira.issue.comments.Comment byRole = comment(3L, "head", "by role", null, 10_000L, 2);
        com.atlassian.jira.issue.comments.Comment answered = comment(4L, "ivanova", "В кабинете.", null, null, 3);
        org.mockito.Mockito.when(plugin.jira.issue("WEB-1").getSummary()).thenReturn("Счёт за ноябрь");
        org.mockito.Mockito.when(plugin.jira.issue("WEB-1").getDescription()).thenReturn("Договор 17. ");
        org.mockito.Mockito.when(plugin.jira.comments.getComments(plugin.jira.issue("WEB-1")))
                .thenReturn(java.util.List.of(asked, restricted, byRole, answered));

        assertThat(plugin.tracker.conversation("WEB-1")).extracting(c -> c.id() + " " + c.author() + ": " + c.body())
                .containsExactly("opening client: Счёт за ноябрь\n\nДоговор 17.", "1 client: Где счёт?",
                        "4 ivanova: В кабинете.");
        assertThat(plugin.tracker.conversation("WEB-1").get(2).at()).isEqualTo(MONDAY_10.plusSeconds(180));
        assertThatThrownBy(() -> plugin.tracker.conversation("WEB-404")).isInstanceOf(TrackerException.class);
    }

    private com.atlassian.jira.issue.comments.Comment comment(long id, String author, String body, String group,
                                                              Long role, int minute) {
        com.atlassian.jira.issue.comments.Comment c = org.mockito.Mockito.mock(
                com.atlassian.jira.issue.comments.Comment.class);
        org.mockito.Mockito.when(c.getId()).thenReturn(id);
        org.mockito.Mockito.lenient().when(c.getAuthorApplicationUser()).thenReturn(plugin.jira.user(author));
        org.mockito.Mockito.lenient().when(c.getBody()).thenReturn(body);
        org.mockito.Mockito.when(c.getGroupLevel()).thenReturn(group);
        org.mockito.Mockito.lenient().when(c.getRoleLevelId()).thenReturn(role);
        org.mockito.Mockito.lenient().when(c.getCreated()).thenReturn(java.util.Date.from(MONDAY_10.plusSeconds(60L * minute)));
        return c;
    }
}
