/*
 * Stand-in for com.atlassian.jira.issue.customfields.CustomFieldType (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.7 (parameter type of createCustomField; an interface, generic
 * CustomFieldType<T, S> in Jira - erasure is the same). Backstop only passes instances through.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType<T, S> {
}
