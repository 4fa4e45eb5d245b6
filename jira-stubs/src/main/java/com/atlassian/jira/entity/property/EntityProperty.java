/*
 * Stand-in for com.atlassian.jira.entity.property.EntityProperty (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: Jira 7.0.8 javadoc (docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/, the type of
 * EntityPropertyService.PropertyServiceResult.getEntityProperty()) [C-old] and its Jira 9 use in
 * atlassian-labs/msteams-jira-server-addon NotificationEventService.isCommentInternal (getValue(): the property's
 * JSON as a String). An interface ([U] from here: Jira's EntityPropertyImpl implements it; Backstop only calls
 * getValue() on what Jira hands it). getKey() is long-standing; the id/entity/date getters are left out (unused).
 */
package com.atlassian.jira.entity.property;

public interface EntityProperty {

    String getKey();

    String getValue();
}
