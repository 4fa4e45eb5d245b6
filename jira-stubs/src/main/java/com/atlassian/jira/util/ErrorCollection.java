/*
 * Stand-in for com.atlassian.jira.util.ErrorCollection (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.3 and 7.5 (the type of getErrorCollection()). An interface.
 * hasAnyErrors() is long-standing Jira API ([C-old]) and is called only by this stand-in's ServiceResultImpl (in Jira,
 * isValid() is implemented by Jira itself). Backstop never calls getErrors()/getErrorMessages() (unconfirmed, section
 * 2.3); it reports errors with toString().
 */
package com.atlassian.jira.util;

public interface ErrorCollection {

    boolean hasAnyErrors();
}
