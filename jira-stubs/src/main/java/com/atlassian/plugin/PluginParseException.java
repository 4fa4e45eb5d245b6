/*
 * Stand-in for com.atlassian.plugin.PluginParseException (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.17 item 3 (named by Condition.init; its superclass is [U]).
 * Backstop never names it: its Condition declares no checked exception.
 */
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {

    public PluginParseException(String message) {
        super(message);
    }
}
