package io.backstop.jira.setup;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import io.backstop.jira.setup.SetupReport.Item;
import io.backstop.jira.setup.SetupReport.Kind;
import io.backstop.jira.setup.SetupReport.Status;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.FakeJira;
import io.backstop.jira.testing.PluginHarness;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Setup creates what is missing, leaves what exists, and a second run changes nothing. */
class JiraSetupTest {

    private final PluginHarness plugin = new PluginHarness(MONDAY_10);
    private final FakeJira jira = plugin.jira;

    private static List<String> names(SetupReport report, Kind kind, Status status) {
        return report.items().stream().filter(i -> i.kind() == kind && i.status() == status).map(Item::name).toList();
    }

    @Test
    void createsTheIssueTypesFieldsAndStaffGroupThatAreMissing() throws Exception {
        jira.existingIssueType("Debt");

        SetupReport report = plugin.setup.run(null);

        assertThat(names(report, Kind.ISSUE_TYPE, Status.CREATED))
                .containsExactly("Client request", "Client report", "Offer", "Complaint");
        assertThat(names(report, Kind.ISSUE_TYPE, Status.EXISTS)).containsExactly("Debt");
        // the harness starts with Client and Home manager, as an admin might have made them
        assertThat(names(report, Kind.FIELD, Status.EXISTS)).containsExactly("Client", "Home manager");
        assertThat(names(report, Kind.FIELD, Status.CREATED)).containsExactly("Order value", "Operation");
        assertThat(names(report, Kind.GROUP, Status.CREATED)).containsExactly("backstop-staff");
        assertThat(report.failed()).isFalse();

        verify(jira.issueTypes).createIssueType(eq("Complaint"), eq("A client's complaint."), eq(10300L));
        verify(jira.fields).createCustomField(eq("Order value"), anyString(), any(), any(),
                eq(Collections.singletonList(GlobalIssueContext.getInstance())), eq(Arrays.asList((com.atlassian.jira.issue.issuetype.IssueType) null)));
        verify(jira.fields).getCustomFieldType("com.atlassian.jira.plugin.system.customfieldtypes:float");
        verify(jira.fields).getCustomFieldSearcher("com.atlassian.jira.plugin.system.customfieldtypes:exactnumber");
    }

    @Test
    void runningItAgainChangesNothing() throws Exception {
        plugin.setup.run(null);

        SetupReport again = plugin.setup.run(null);

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.items()).allSatisfy(item -> assertThat(item.status()).isEqualTo(Status.EXISTS));
        assertThat(again.items()).hasSize(5 + 4 + 1);
        verify(jira.issueTypes, times(5)).createIssueType(anyString(), anyString(), any());
        verify(jira.fields, times(2)).createCustomField(anyString(), anyString(), any(), any(), any(), any());
        verify(jira.groups, times(1)).createGroup(anyString());
        assertThat(jira.issueTypeNames()).hasSize(5);
        assertThat(jira.customFieldNames()).hasSize(4);
    }

    @Test
    void theStaffGroupIsTheOneTheSettingsName() throws Exception {
        plugin.department(Departments.workedExample());
        jira.group("backstop-staff");

        SetupReport report = plugin.setup.run(null);

        assertThat(names(report, Kind.GROUP, Status.EXISTS)).containsExactly("backstop-staff");
        verify(jira.groups, times(0)).createGroup(anyString());
    }

    @Test
    void aFailureIsReportedPerItemAndTheRestGoesOn() {
        when(jira.issueTypes.createIssueType(eq("Offer"), anyString(), any()))
                .thenThrow(new NoSuchMethodError("IssueTypeManager.createIssueType"));

        SetupReport report = plugin.setup.run(Locale.ENGLISH);

        assertThat(names(report, Kind.ISSUE_TYPE, Status.FAILED)).containsExactly("Offer");
        assertThat(report.items()).filteredOn(i -> i.status() == Status.FAILED).singleElement()
                .satisfies(item -> assertThat(item.message()).contains("Offer", "NoSuchMethodError", "by hand"));
        assertThat(names(report, Kind.ISSUE_TYPE, Status.CREATED)).contains("Complaint");
        assertThat(names(report, Kind.GROUP, Status.CREATED)).containsExactly("backstop-staff");
    }

    @Test
    void theReportSpeaksRussianToARussianAdministrator() {
        SetupReport report = plugin.setup.run(Locale.forLanguageTag("ru"));

        assertThat(report.items()).filteredOn(i -> i.kind() == Kind.GROUP).singleElement()
                .satisfies(item -> assertThat(item.message()).isEqualTo("Группа «backstop-staff»: создано."));
        verify(jira.issueTypes).createIssueType(eq("Complaint"), eq("Жалоба клиента."), eq(10300L));
    }

    @Test
    void theActorMustBeAnActiveJiraUser() {
        jira.user("backstop-bot");

        assertThat(plugin.setup.setActor("nobody", null).status()).isEqualTo(Status.FAILED);
        assertThat(plugin.settings.actor()).isEmpty();
        assertThat(plugin.setup.setActor("backstop-bot", null).status()).isEqualTo(Status.CREATED);
        assertThat(plugin.settings.actor()).contains("backstop-bot");
    }
}
