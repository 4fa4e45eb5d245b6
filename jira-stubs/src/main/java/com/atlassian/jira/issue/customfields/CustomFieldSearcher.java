/*
 * Stand-in for com.atlassian.jira.issue.customfields.CustomFieldSearcher (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.7 (parameter type of createCustomField; an interface).
 * Backstop only passes instances through.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldSearcher {
}
