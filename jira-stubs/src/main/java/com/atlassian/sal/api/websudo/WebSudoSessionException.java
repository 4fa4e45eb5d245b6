/*
 * Stand-in for com.atlassian.sal.api.websudo.WebSudoSessionException (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.13 and 7.16 (the class [C]; superclass Exception [U]: caught by
 * exact type, as slack ConfigureServlet does).
 */
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends Exception {

    public WebSudoSessionException(String message) {
        super(message);
    }
}
