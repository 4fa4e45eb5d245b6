/*
 * Stand-in for com.atlassian.plugin.web.ContextProvider (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.17 item 3 ([C] Jira 11: slack SlackGlobalAdminDataProvider).
 * An SPI Backstop implements: complete method list.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
