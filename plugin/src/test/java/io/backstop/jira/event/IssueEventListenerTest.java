package io.backstop.jira.event;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.StoredClock;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.FakeJira.Assignment;
import io.backstop.jira.testing.PluginHarness;
import io.backstop.core.staff.AbsenceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jira's issue events, through the listener and the plugin's adapters, become the desk's events. */
class IssueEventListenerTest {

    private PluginHarness plugin;

    @BeforeEach
    void department() {
        plugin = new PluginHarness(MONDAY_10).department(Departments.workedExample());
    }

    private void createByClient(String key, String manager, Instant at) {
        plugin.jira.issue(key, "Client request", "Medium", "client", manager, manager, "Acme", at);
        plugin.clock.set(at);
        plugin.listener.onIssueEvent(plugin.jira.created(key));
    }

    private StoredClock clock(String key) {
        return plugin.backstop.views().clock(key).orElseThrow();
    }

    private List<ClockEventKind> timeline(String key) {
        return plugin.backstop.views().timeline(key).stream().map(ClockEvent::kind).toList();
    }

    @Test
    void anIssueOutsideTheDepartmentsProjectsIsPassedOverWithoutReadingItsFields() {
        var department = Departments.workedExample();
        plugin.department(new DepartmentSettings(department.calendar(), department.policy(),
                department.people(), department.tick(), department.staffGroup(), List.of("WEB")));
        org.mockito.Mockito.clearInvocations(plugin.jira.fields);

        plugin.jira.issue("DEV-1", "Bug", "High", "client", "ivanova", "ivanova", "Acme", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("DEV-1"));
        plugin.listener.onIssueEvent(plugin.jira.commented("DEV-1", "client", MONDAY_10));

        assertThat(plugin.backstop.views().clock("DEV-1")).isEmpty();
        verify(plugin.jira.fields, org.mockito.Mockito.never()).getCustomFieldObjects();
        createByClient("WEB-1", "ivanova", MONDAY_10);
        assertThat(clock("WEB-1").clock().owner()).isEqualTo("ivanova");
    }

    /** Issue 16.3 in Jira: the opening message (summary and description) and a client's comment, not staff's. */
    @Test
    void theClientsOpeningMessageAndCommentsAreReadForComplaints() {
        var issue = plugin.jira.issue("WEB-1", "Client request", "Medium", "client", "ivanova", "ivanova", "Acme",
                MONDAY_10);
        when(issue.getSummary()).thenReturn("The site is down");
        when(issue.getDescription()).thenReturn("Безобразие, сайт лежит с утра.");
        plugin.clock.set(MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-1"));
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client", MONDAY_10.plusSeconds(600),
                "Third time I'm asking!"));
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "ivanova", MONDAY_10.plusSeconds(900),
                "Sorry, this is unacceptable on our side."));

        var suspicions = plugin.backstop.suspected().suspicions(MONDAY_10.minusSeconds(3600),
                MONDAY_10.plusSeconds(3600), false);
        assertThat(suspicions).extracting(s -> s.at()).containsExactly(MONDAY_10, MONDAY_10.plusSeconds(600));
        assertThat(suspicions.get(0).excerpt()).isEqualTo("Безобразие, сайт лежит с утра.");
        assertThat(suspicions.get(0).about()).isEqualTo("ivanova");
        assertThat(suspicions.get(1).signals()).extracting(signal -> signal.kind().name())
                .containsExactly("WORD", "REPEAT");
    }

    @Test
    void registersWithJirasEventPublisherOnStartAndUnregistersOnStop() {
        plugin.listener.register();
        verify(plugin.jira.events).register(plugin.listener);
        plugin.listener.unregister();
        verify(plugin.jira.events).unregister(plugin.listener);
    }

    @Test
    void anIssueCreatedByAClientStartsItsClockWithTheHomeManagerAsOwner() {
        plugin.jira.issue("WEB-1", "Complaint", "High", "client", "petrova", "ivanova", "Acme", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-1"));

        StoredClock clock = clock("WEB-1");
        assertThat(clock.clock().owner()).isEqualTo("ivanova");
        assertThat(clock.clock().issueType()).isEqualTo("Complaint");
        assertThat(clock.clock().priority()).isEqualTo("High");
        assertThat(clock.clock().awaitingSince()).isEqualTo(MONDAY_10);
        assertThat(clock.client()).isEqualTo("Acme");
        assertThat(timeline("WEB-1")).containsExactly(ClockEventKind.CREATED);
    }

    @Test
    void withoutAHomeManagerTheAssigneeOwnsTheIssue() {
        plugin.jira.issue("WEB-1", "Client request", null, "client", "petrova", null, null, MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-1"));

        assertThat(clock("WEB-1").clock().owner()).isEqualTo("petrova");
    }

    @Test
    void anIssueCreatedByStaffHasNoClockUntilTheClientWrites() {
        plugin.jira.issue("WEB-1", "Offer", null, "ivanova", "ivanova", "ivanova", "Acme", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-1"));
        assertThat(plugin.backstop.views().clock("WEB-1")).isEmpty();

        Instant later = MONDAY_10.plus(Duration.ofMinutes(20));
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client", later));

        assertThat(clock("WEB-1").clock().awaitingSince()).isEqualTo(later);
        assertThat(timeline("WEB-1")).containsExactly(ClockEventKind.CLIENT_MESSAGE);
    }

    @Test
    void aPublicCommentByStaffIsAReply() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "ivanova", MONDAY_10.plusSeconds(600)));

        assertThat(clock("WEB-1").clock().isAwaiting()).isFalse();
        ClockEvent reply = plugin.backstop.views().timeline("WEB-1").get(1);
        assertThat(reply.kind()).isEqualTo(ClockEventKind.STAFF_REPLY);
        assertThat(reply.actor()).isEqualTo("ivanova");
        assertThat(reply.workingSeconds()).isEqualTo(600L);
        assertThat(reply.onTime()).isTrue();
    }

    @Test
    void aMemberOfTheStaffGroupWhoIsNotInTheDepartmentAlsoReplies() {
        plugin.jira.group("backstop-staff", "sales");
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "sales", MONDAY_10.plusSeconds(60)));

        assertThat(clock("WEB-1").clock().isAwaiting()).isFalse();
    }

    @Test
    void aCommentByTheOperatorCountsAsAReplyAndTheIssueGoesBackToItsManager() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.runJob(MONDAY_10.plus(Duration.ofHours(1))); // breach: ivanova -> operator
        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("operator");

        Instant answered = MONDAY_10.plus(Duration.ofMinutes(90));
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "operator", answered));

        assertThat(clock("WEB-1").clock().isAwaiting()).isFalse();
        assertThat(plugin.backstop.views().timeline("WEB-1")).filteredOn(e -> e.kind() == ClockEventKind.STAFF_REPLY)
                .singleElement().satisfies(reply -> {
                    assertThat(reply.actor()).isEqualTo("operator");
                    assertThat(reply.onTime()).isFalse();
                });
        assertThat(plugin.jira.assignments).extracting(Assignment::issue, Assignment::from, Assignment::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WEB-1", "ivanova", "operator"),
                        org.assertj.core.groups.Tuple.tuple("WEB-1", "operator", "ivanova"));
    }

    @Test
    void aRestrictedCommentByStaffIsNotAReply() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.internalComment("WEB-1", "ivanova", MONDAY_10.plusSeconds(60),
                "backstop-staff"));

        assertThat(clock("WEB-1").clock().isAwaiting()).isTrue();
        assertThat(timeline("WEB-1")).containsExactly(ClockEventKind.CREATED);
    }

    @Test
    void anEditedCommentChangesNothing() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.commentEdited("WEB-1", "ivanova", MONDAY_10.plusSeconds(60)));

        assertThat(clock("WEB-1").clock().isAwaiting()).isTrue();
    }

    @Test
    void settingAResolutionResolvesTheClockAndTheWatcherLeavesItAlone() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.resolved("WEB-1", "ivanova", MONDAY_10.plusSeconds(300)));

        assertThat(clock("WEB-1").clock().open()).isFalse();
        plugin.runJob(MONDAY_10.plus(Duration.ofHours(2)));
        assertThat(plugin.jira.assignments).isEmpty();

        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client", MONDAY_10.plus(Duration.ofHours(3))));
        assertThat(clock("WEB-1").clock().isAwaiting()).isFalse(); // rule 4: resolved issues are left alone
    }

    @Test
    void aReopenedIssueWaitsForTheClientAgain() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.resolved("WEB-1", "ivanova", MONDAY_10.plusSeconds(300)));
        plugin.clock.set(MONDAY_10.plusSeconds(600));
        plugin.listener.onIssueEvent(plugin.jira.reopened("WEB-1", "client"));

        assertThat(clock("WEB-1").clock().open()).isTrue();
        assertThat(clock("WEB-1").clock().isAwaiting()).isFalse();
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client", MONDAY_10.plusSeconds(900)));
        assertThat(clock("WEB-1").clock().awaitingSince()).isEqualTo(MONDAY_10.plusSeconds(900));
        assertThat(timeline("WEB-1")).containsSubsequence(ClockEventKind.RESOLVED, ClockEventKind.REOPENED,
                ClockEventKind.CLIENT_MESSAGE);
    }

    @Test
    void aClientCommentOnAnAbsentManagersIssueGoesToTheDeputyWithAnInternalNote() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "ivanova", MONDAY_10.plusSeconds(300)));
        Instant sick = MONDAY_10.plus(Duration.ofMinutes(30));
        plugin.clock.set(sick);
        plugin.backstop.staff().add("ivanova", sick, sick.plus(Duration.ofDays(1)), AbsenceKind.SICK, "head", sick);
        assertThat(plugin.jira.assignments).isEmpty(); // not awaiting: stays with ivanova

        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client", sick.plusSeconds(600)));

        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("petrova");
        assertThat(plugin.jira.assignments).singleElement()
                .isEqualTo(new Assignment("WEB-1", "ivanova", "petrova", "head"));
        assertThat(plugin.jira.notes).singleElement().satisfies(note -> {
            assertThat(note.issue()).isEqualTo("WEB-1");
            assertThat(note.groupLevel()).isEqualTo("backstop-staff");
            assertThat(note.roleLevelId()).isNull();
            assertThat(note.author()).isEqualTo("head");
            assertThat(note.body()).contains("ivanova", "petrova");
        });
        assertThat(plugin.backstop.views().audit(Instant.EPOCH, sick.plus(Duration.ofDays(1))))
                .singleElement().satisfies(row -> assertThat(row.reason()).isEqualTo("ABSENCE"));
    }

    /** ivanova is away from 10:30 (her deputy is petrova), her client's WEB-1 not awaiting until the client writes. */
    private Instant ivanovaSickWithWeb1Answered() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "ivanova", MONDAY_10.plusSeconds(300)));
        Instant sick = MONDAY_10.plus(Duration.ofMinutes(30));
        plugin.clock.set(sick);
        plugin.backstop.staff().add("ivanova", sick, sick.plus(Duration.ofDays(1)), AbsenceKind.SICK, "head", sick);
        return sick;
    }

    private List<ClockEvent> audit() {
        return plugin.backstop.views().audit(Instant.EPOCH, MONDAY_10.plus(Duration.ofDays(7)));
    }

    @Test
    void whenJirasValidationRefusesTheDeputyTheMessageCountsAndTheRefusalIsAudited() {
        Instant sick = ivanovaSickWithWeb1Answered();
        plugin.jira.refuseAssign("WEB-1", "petrova may not be assigned issues in WEB");

        assertThatCode(() -> plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client",
                sick.plusSeconds(600)))).doesNotThrowAnyException();

        assertThat(plugin.jira.assignments).isEmpty();
        assertThat(plugin.jira.notes).isEmpty();
        assertThat(clock("WEB-1").clock().assignee()).isEqualTo("ivanova");
        assertThat(clock("WEB-1").clock().awaitingSince()).isEqualTo(sick.plusSeconds(600));
        assertThat(audit()).singleElement().satisfies(row -> {
            assertThat(row.reason()).isEqualTo("ABSENCE");
            assertThat(row.detail()).contains("not applied", "petrova may not be assigned issues in WEB");
        });
        // Not stuck: nobody answers, and the watcher hands the issue to the operator when it is due.
        plugin.jira.allowAssign("WEB-1");
        plugin.runJob(sick.plusSeconds(600).plus(Duration.ofHours(1)));
        assertThat(plugin.jira.assigneeOf("WEB-1")).isEqualTo("operator");
    }

    @Test
    void anIssueDeletedBetweenTheEventAndTheAssignmentClosesItsClock() {
        Instant sick = ivanovaSickWithWeb1Answered();
        var comment = plugin.jira.commented("WEB-1", "client", sick.plusSeconds(600));
        var deleted = plugin.jira.event("WEB-1", com.atlassian.jira.event.type.EventType.ISSUE_DELETED_ID,
                plugin.jira.user("admin"), null);
        plugin.jira.delete("WEB-1"); // Jira's IssueManager now answers null for WEB-1

        assertThatCode(() -> plugin.listener.onIssueEvent(comment)).doesNotThrowAnyException();

        assertThat(clock("WEB-1").clock().open()).isFalse();
        assertThat(audit()).singleElement().satisfies(row ->
                assertThat(row.detail()).contains("not applied", "Jira has no issue WEB-1"));
        assertThat(plugin.backstop.views().queue(sick.plus(Duration.ofDays(1)))).isEmpty();

        plugin.listener.onIssueEvent(deleted); // the deletion's own event, later: nothing more happens
        assertThat(timeline("WEB-1")).filteredOn(kind -> kind == ClockEventKind.RESOLVED).hasSize(1);
    }

    @Test
    void jiraFailingWhileAssigningDuringAnEventKeepsTheClientsMessage() {
        Instant sick = ivanovaSickWithWeb1Answered();
        plugin.jira.failNextAssign("WEB-1", new IllegalStateException("Jira's database went away"));

        assertThatCode(() -> plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client",
                sick.plusSeconds(600)))).doesNotThrowAnyException();

        // An event is not delivered twice, so the message must not be rolled back with the failed assignment.
        assertThat(clock("WEB-1").clock().awaitingSince()).isEqualTo(sick.plusSeconds(600));
        assertThat(timeline("WEB-1")).endsWith(ClockEventKind.CLIENT_MESSAGE, ClockEventKind.REASSIGNED);
        assertThat(audit()).singleElement().satisfies(row ->
                assertThat(row.detail()).contains("not applied", "Jira's database went away"));
        assertThat(plugin.jira.locks.get("backstop.clock.WEB-1").isHeld()).isFalse();
    }

    private ClockEvent replyRow(String key) {
        return plugin.backstop.views().timeline(key).stream().filter(e -> e.kind() == ClockEventKind.STAFF_REPLY)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void theReplyBoxsMarkTrueMakesAHoldingReplyWithItsPromise() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.commentedWithProperty("WEB-1", "ivanova", MONDAY_10.plusSeconds(600),
                "Here is what we know so far; the figures follow.", ReplyFactsReader.PROPERTY,
                "{\"holding\": true, \"promise\": \"2026-11-04T12:00:00+03:00\"}"));

        StoredClock clock = clock("WEB-1");
        assertThat(clock.clock().isAwaiting()).as("a holding reply answers the wait (rule 3)").isFalse();
        assertThat(clock.clock().promise().by()).isEqualTo("ivanova");
        assertThat(clock.clock().promise().due()).isEqualTo(Departments.at("2026-11-04T12:00:00+03:00"));
        assertThat(replyRow("WEB-1").detail()).isEqualTo("holding: marked");
    }

    @Test
    void theReplyBoxsMarkFalseIsAnAnswerEvenWithHoldingText() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        createByClient("WEB-2", "ivanova", MONDAY_10);
        String text = "Получили, ответим до четверга";
        plugin.listener.onIssueEvent(plugin.jira.commentedWithProperty("WEB-1", "ivanova", MONDAY_10.plusSeconds(600),
                text, ReplyFactsReader.PROPERTY, "{\"holding\": false}"));
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-2", "ivanova", MONDAY_10.plusSeconds(600), text));

        assertThat(clock("WEB-1").clock().isAwaiting()).isFalse();
        assertThat(clock("WEB-1").clock().promise()).as("detection turned off: an answer").isNull();
        assertThat(replyRow("WEB-1").detail()).isEqualTo("holding: turned off");
        assertThat(clock("WEB-2").clock().promise()).as("the same text unmarked is holding").isNotNull();
        assertThat(clock("WEB-2").clock().promise().due()).isEqualTo(Departments.at("2026-11-05T18:00:00+03:00"));
        assertThat(replyRow("WEB-2").detail()).isEqualTo("holding: text \"получили\"");
    }

    @Test
    void aDueDateSetWithTheCommentMakesAHoldingReplyDueAtTheEndOfThatDaysWorkingTime() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.dueDateSetWithComment("WEB-1", "ivanova", MONDAY_10.plusSeconds(600),
                "The report is in progress.", java.time.LocalDate.of(2026, 11, 5)));

        StoredClock clock = clock("WEB-1");
        assertThat(clock.clock().isAwaiting()).isFalse();
        assertThat(clock.clock().promise().by()).isEqualTo("ivanova");
        assertThat(clock.clock().promise().due()).as("Thursday 18:00, the end of that day's working time")
                .isEqualTo(Departments.at("2026-11-05T18:00:00+03:00"));
        assertThat(replyRow("WEB-1").detail()).isEqualTo("holding: due date");
    }

    @Test
    void aClientsCommentIsAMessageWhateverItCarriesAndARestrictedOneIsNotRead() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "ivanova", MONDAY_10.plusSeconds(60)));
        plugin.listener.onIssueEvent(plugin.jira.commentedWithProperty("WEB-1", "client", MONDAY_10.plusSeconds(600),
                "Получили, спасибо", ReplyFactsReader.PROPERTY, "{\"holding\": true}"));
        assertThat(clock("WEB-1").clock().isAwaiting()).isTrue();
        assertThat(clock("WEB-1").clock().promise()).isNull();

        org.mockito.Mockito.clearInvocations(plugin.jira.commentProperties);
        plugin.listener.onIssueEvent(plugin.jira.internalComment("WEB-1", "ivanova", MONDAY_10.plusSeconds(900),
                "backstop-staff"));
        verify(plugin.jira.commentProperties, org.mockito.Mockito.never())
                .getProperty(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                        org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void aJiraWhosePropertyServiceDoesNotLinkStillDecidesByTheText() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        when(plugin.jira.commentProperties.getProperty(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyString()))
                .thenThrow(new NoSuchMethodError("EntityPropertyService$PropertyServiceResult.getEntityProperty()"));

        assertThatCode(() -> plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "ivanova",
                MONDAY_10.plusSeconds(600), "Получили, ответим до четверга"))).doesNotThrowAnyException();

        assertThat(clock("WEB-1").clock().promise().due()).isEqualTo(Departments.at("2026-11-05T18:00:00+03:00"));
    }

    @Test
    void aFailureIsLoggedNeverThrownIntoJira() {
        createByClient("WEB-1", "ivanova", MONDAY_10);
        when(plugin.jira.fields.getCustomFieldObjects()).thenThrow(new IllegalStateException("Jira is down"));

        assertThatCode(() -> plugin.listener.onIssueEvent(plugin.jira.commented("WEB-1", "client",
                MONDAY_10.plusSeconds(60)))).doesNotThrowAnyException();
    }
}
