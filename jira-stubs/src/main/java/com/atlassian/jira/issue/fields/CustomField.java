/*
 * Stand-in for com.atlassian.jira.issue.fields.CustomField (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: Jira's CustomField interface source (public code search id 17188948485, Jira 6.x: "String getFieldName()" is
 * declared on CustomField itself); getFieldName() is also used from Velocity on Jira 11.3 (scrum-poker's
 * atlassian-plugin.xml allowlists ImmutableCustomField#getFieldName(), ../shared/docs/jira-platform.md section 1.2).
 * getId():String is declared on the super-interface com.atlassian.jira.issue.fields.Field in Jira ([C-old]); declaring
 * it here links the same way (section 2.0: the JVM searches super-interfaces).
 */
package com.atlassian.jira.issue.fields;

public interface CustomField {

    String getId();

    String getFieldName();
}
