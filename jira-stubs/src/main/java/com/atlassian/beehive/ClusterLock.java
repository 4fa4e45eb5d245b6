/*
 * Stand-in for com.atlassian.beehive.ClusterLock (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.14 ([C]): extends java.util.concurrent.locks.Lock; newCondition()
 * is unsupported. Backstop calls only lock()/unlock() from Lock.
 */
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
