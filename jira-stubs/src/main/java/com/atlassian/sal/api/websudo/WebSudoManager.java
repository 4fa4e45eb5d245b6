/*
 * Stand-in for com.atlassian.sal.api.websudo.WebSudoManager (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.13, 7.12 and 7.16 (willExecuteWebSudoRequest and
 * enforceWebSudoProtection [C] Jira 11 with jakarta types, slack ConfigureServlet; canExecuteRequest still
 * unconfirmed, and Backstop does not call it).
 */
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {

    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
