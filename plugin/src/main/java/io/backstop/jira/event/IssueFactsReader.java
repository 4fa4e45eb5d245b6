package io.backstop.jira.event;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.response.IssueFacts;
import io.backstop.jira.port.JiraUsers;
import io.backstop.jira.setup.JiraNames;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What Backstop needs to know of a Jira issue: key, type and priority names, the owner (the Home manager field,
 * else the assignee) and the client (the Client field).
 */
@Named("backstopIssueFacts")
public final class IssueFactsReader {

    private final CustomFieldManager fields;

    @Inject
    public IssueFactsReader(@ComponentImport CustomFieldManager fields) {
        this.fields = fields;
    }

    public IssueFacts facts(Issue issue) {
        String issueType = issue.getIssueType() == null ? null : issue.getIssueType().getName();
        String priority = issue.getPriority() == null ? null : issue.getPriority().getName();
        String owner = userName(value(issue, JiraNames.HOME_MANAGER));
        if (owner == null) {
            owner = JiraUsers.name(issue.getAssignee());
        }
        Object client = value(issue, JiraNames.CLIENT);
        return new IssueFacts(issue.getKey(), issueType, priority, owner,
                client == null || client.toString().isBlank() ? null : client.toString().trim());
    }

    private Object value(Issue issue, String fieldName) {
        CustomField field = field(fieldName);
        return field == null ? null : issue.getCustomFieldValue(field);
    }

    /** The first custom field with this name (setup creates one; an admin-made field of that name is reused). */
    CustomField field(String name) {
        for (CustomField field : fields.getCustomFieldObjects()) {
            if (name.equals(field.getFieldName())) {
                return field;
            }
        }
        return null;
    }

    private static String userName(Object value) {
        if (value instanceof ApplicationUser user) {
            return JiraUsers.name(user);
        }
        return value instanceof String text && !text.isBlank() ? text.trim() : null;
    }
}
