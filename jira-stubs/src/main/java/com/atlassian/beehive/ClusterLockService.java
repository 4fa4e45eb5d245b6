/*
 * Stand-in for com.atlassian.beehive.ClusterLockService (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.14 ([C] Jira 11 imports); lock names up to 255 characters. Also
 * called this way by the AO plugin (AbstractActiveObjectsFactory: clusterLockService.getLockForName(lockName)).
 */
package com.atlassian.beehive;

public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
