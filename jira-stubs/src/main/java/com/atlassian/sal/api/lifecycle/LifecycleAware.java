/*
 * Stand-in for com.atlassian.sal.api.lifecycle.LifecycleAware (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.10 and 2.13 ([C] sal-parent 3.0.0 javadoc: onStart(), onStop());
 * must be exported as an OSGi service for SAL to call it. An SPI Backstop implements: complete method list.
 */
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {

    void onStart();

    void onStop();
}
