/*
 * Stand-in for com.atlassian.event.api.EventPublisher (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.9 and 7.8 ([C] publish/register/unregister; Jira 11:
 * slack AutoSubscribingEventListener.java:14,19). unregisterAll() is unconfirmed and not declared.
 */
package com.atlassian.event.api;

public interface EventPublisher {

    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
