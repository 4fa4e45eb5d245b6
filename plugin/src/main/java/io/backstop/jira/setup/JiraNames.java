package io.backstop.jira.setup;

import java.util.List;

/** The issue types and custom fields Backstop's setup creates in Jira, by the names the department uses. */
public final class JiraNames {

    public static final String CLIENT = "Client";
    public static final String HOME_MANAGER = "Home manager";
    public static final String ORDER_VALUE = "Order value";
    public static final String OPERATION = "Operation";

    /** Custom field type and searcher keys of Jira's system field types (stable since Jira 4). */
    private static final String TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    /** An issue type: its name and the i18n key of its description. */
    public record IssueTypeSpec(String name, String descriptionKey) {
    }

    /** A custom field: its name, the i18n key of its description, its type and searcher keys. */
    public record FieldSpec(String name, String descriptionKey, String typeKey, String searcherKey) {
    }

    public static final List<IssueTypeSpec> ISSUE_TYPES = List.of(
            new IssueTypeSpec("Client request", "backstop.issuetype.client-request.description"),
            new IssueTypeSpec("Client report", "backstop.issuetype.client-report.description"),
            new IssueTypeSpec("Debt", "backstop.issuetype.debt.description"),
            new IssueTypeSpec("Offer", "backstop.issuetype.offer.description"),
            new IssueTypeSpec("Complaint", "backstop.issuetype.complaint.description"));

    public static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec(CLIENT, "backstop.field.client.description", TYPES + "textfield", TYPES + "textsearcher"),
            new FieldSpec(HOME_MANAGER, "backstop.field.home-manager.description", TYPES + "userpicker",
                    TYPES + "userpickergroupsearcher"),
            new FieldSpec(ORDER_VALUE, "backstop.field.order-value.description", TYPES + "float",
                    TYPES + "exactnumber"),
            new FieldSpec(OPERATION, "backstop.field.operation.description", TYPES + "textfield",
                    TYPES + "textsearcher"));

    private JiraNames() {
    }
}
