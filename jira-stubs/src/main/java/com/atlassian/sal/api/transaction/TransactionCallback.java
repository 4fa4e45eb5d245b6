/*
 * Stand-in for com.atlassian.sal.api.transaction.TransactionCallback (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.13 ([C] SAL); the parameter type of ActiveObjects.executeInTransaction
 * (AO plugin source github.com/Kast0rTr0y/ao-plugin ActiveObjects.java).
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
