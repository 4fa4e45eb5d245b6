/*
 * Stand-in for com.atlassian.crowd.exception.OperationNotPermittedException (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: thrown by GroupManager.createGroup (Jira GroupManager source, see GroupManager.java here). Checked. Its real
 * superclass is Crowd's CrowdException ([U]); Backstop catches Exception around the call, so it is never named in the
 * bundle's byte code.
 */
package com.atlassian.crowd.exception;

public class OperationNotPermittedException extends Exception {

    public OperationNotPermittedException(String message) {
        super(message);
    }
}
