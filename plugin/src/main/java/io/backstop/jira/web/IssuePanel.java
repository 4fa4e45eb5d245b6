package io.backstop.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.api.model.WebPanel;
import io.backstop.app.web.Screen;
import io.backstop.app.web.Screens;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The issue view's right-column panel ({@code atl.jira.view.issue.right.context}): the app's
 * {@link Screen#ISSUE_PANEL} for the issue in the web-panel context ({@code "issue"}). Nothing when the app refuses
 * the person or the context has no issue; the panel's script asks the REST API, which checks Browse projects.
 */
public final class IssuePanel implements WebPanel {

    static final String ISSUE = "issue";

    private final JiraScreens screens;

    @Inject
    public IssuePanel(JiraScreens screens) {
        this.screens = screens;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        Object issue = context == null ? null : context.get(ISSUE);
        if (!(issue instanceof Issue found) || found.getKey() == null) {
            return "";
        }
        Screens.Result result = screens.render(Screen.ISSUE_PANEL, found.getKey());
        return result.ok() ? result.fragmentHtml() : "";
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }
}
