/*
 * Stand-in for com.atlassian.plugin.web.api.model.WebPanel (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.14 and 7.17 item 3 ([C] Jira 10+ and 11: slack IssueWebPanel).
 * An SPI Backstop implements: complete method list.
 */
package com.atlassian.plugin.web.api.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface WebPanel {

    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}
