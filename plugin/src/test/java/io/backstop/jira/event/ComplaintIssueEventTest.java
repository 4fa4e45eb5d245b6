package io.backstop.jira.event;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.results.complaints.ComplaintsDesk;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintSource;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.PluginHarness;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jira's issue-created event of a Complaint issue makes its complaint, once (issue 16, point 2). */
class ComplaintIssueEventTest {

    private PluginHarness plugin;

    @BeforeEach
    void department() {
        plugin = new PluginHarness(MONDAY_10).department(Departments.workedExample());
    }

    private List<Complaint> lane() {
        return plugin.backstop.results().complaints().complaints(MONDAY_10.minusSeconds(3600),
                MONDAY_10.plusSeconds(3600), Optional.empty()).lane();
    }

    @Test
    void aComplaintIssueIsAComplaintAboutItsHomeManagerOpenedByItsReporter() {
        plugin.jira.issue("WEB-1", "Complaint", "High", "client", "petrova", "ivanova", "Acme", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-1"));

        assertThat(lane()).singleElement().satisfies(c -> {
            assertThat(c.issue()).isEqualTo("WEB-1");
            assertThat(c.about()).isEqualTo("ivanova");
            assertThat(c.client()).isEqualTo("Acme");
            assertThat(c.flaggedBy()).isEqualTo("client");
            assertThat(c.flaggedAt()).isEqualTo(MONDAY_10);
            assertThat(c.source()).isEqualTo(ComplaintSource.ISSUE_TYPE);
        });
    }

    @Test
    void aReplayedEventMakesNoSecondComplaint() {
        plugin.jira.issue("WEB-1", "Complaint", "High", "client", "petrova", "ivanova", "Acme", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-1"));
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-1"));

        assertThat(lane()).hasSize(1);
    }

    @Test
    void aComplaintIssueOpenedByStaffIsAComplaintTooThoughItHasNoClockYet() {
        plugin.jira.issue("WEB-2", "Complaint", "High", "operator", "operator", "petrova", null, MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-2"));

        assertThat(plugin.backstop.views().clock("WEB-2")).isEmpty();
        assertThat(lane()).singleElement().satisfies(c -> {
            assertThat(c.about()).isEqualTo("petrova");
            assertThat(c.flaggedBy()).isEqualTo("operator");
            assertThat(c.client()).isEqualTo(ComplaintsDesk.NO_CLIENT);
        });
    }

    @Test
    void anIssueOfAnotherTypeMakesNone() {
        plugin.jira.issue("WEB-3", "Client request", "High", "client", "petrova", "ivanova", "Acme", MONDAY_10);
        plugin.listener.onIssueEvent(plugin.jira.created("WEB-3"));
        plugin.listener.onIssueEvent(plugin.jira.commented("WEB-3", "client", MONDAY_10.plusSeconds(60)));

        assertThat(lane()).isEmpty();
    }
}
