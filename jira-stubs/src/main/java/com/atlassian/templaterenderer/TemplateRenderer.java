/*
 * Stand-in for com.atlassian.templaterenderer.TemplateRenderer (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.14 and 7.12 ([C] atlassian-template-renderer API; the
 * three-argument render [C] on Jira 11, slack ConfigureServlet; atlassian-template-renderer-api 7.0.6 on Jira 11.3.6).
 * renderFragment and resolve: [C] 1.5.2 API, not re-seen in a Jira 11 caller (unconfirmed for 11).
 */
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context);

    boolean resolve(String templateName);
}
