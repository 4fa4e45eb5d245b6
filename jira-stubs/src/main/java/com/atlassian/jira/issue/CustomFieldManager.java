/*
 * Stand-in for com.atlassian.jira.issue.CustomFieldManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.7 and 7.4: getCustomFieldObjects() and getCustomFieldObject(String)
 * [C] on Jira 11 (scrum-poker AdditionalFieldServiceImpl.java:47, EstimateFieldServiceImpl.java:138);
 * createCustomField(...), getCustomFieldType(String), getCustomFieldSearcher(String) [C-old] (6.x source + 7.2 javadoc;
 * no jakarta types, API freeze). createCustomField throws the checked org.ofbiz GenericEntityException.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

public interface CustomFieldManager {

    List<CustomField> getCustomFieldObjects();

    CustomField getCustomFieldObject(String key);

    /** [C-old]: see header. The issue-type list must be {@code singletonList(null)} for "all" (section 7.4). */
    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                  CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts,
                                  List<IssueType> issueTypes) throws GenericEntityException;

    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);
}
