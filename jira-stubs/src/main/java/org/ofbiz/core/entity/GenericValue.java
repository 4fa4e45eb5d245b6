/*
 * Stand-in for org.ofbiz.core.entity.GenericValue (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.9 and 7.8 (IssueEvent.getChangeLog() returns
 * org.ofbiz.core.entity.GenericValue, may be null) and its Jira 9 use in atlassian-labs/msteams-jira-server-addon
 * src/main/java/com/microsoft/teams/service/NotificationEventService.java buildNotificationEventChangeLog:
 * "final List<GenericValue> childChangeItems = changeLog.getRelated("ChildChangeItem")" (throws
 * GenericEntityException, caught there) and "changeItem.getString("field")" / getString("newstring"). A class (Jira's
 * OFBiz fork: GenericValue extends GenericEntity, where getString(String) is declared; a call through GenericValue
 * links either way). The relation name "ChildChangeItem" and the item field "field" (value "duedate" for the due
 * date) are Jira's change-history schema ([C] in the cited use for "ChildChangeItem" and "field"; "duedate" as the
 * due date's field id is [U] from here, the system field's id in Jira's REST).
 */
package org.ofbiz.core.entity;

import java.util.List;

public class GenericValue {

    public List<GenericValue> getRelated(String relationName) throws GenericEntityException {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getString(String name) {
        throw new UnsupportedOperationException("stand-in");
    }
}
