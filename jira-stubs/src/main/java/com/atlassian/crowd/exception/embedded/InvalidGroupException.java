/*
 * Stand-in for com.atlassian.crowd.exception.embedded.InvalidGroupException (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: thrown by GroupManager.createGroup (Jira GroupManager source, see GroupManager.java here). Checked. Real
 * superclass unconfirmed ([U]); Backstop catches Exception around the call.
 */
package com.atlassian.crowd.exception.embedded;

public class InvalidGroupException extends Exception {

    public InvalidGroupException(String message) {
        super(message);
    }
}
