package io.backstop.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;

/**
 * {@code /plugins/servlet/backstop/dashboard}: the department dashboard as one page, for the department's staff and
 * administrators: the gadgets (as on Jira dashboards) and, below them, the absence requests: anyone asks for part
 * of a day, the head and administrators approve or refuse. Jira's own dashboards carry the gadgets only.
 */
public final class DashboardServlet extends ScreenServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    public DashboardServlet(JiraScreens screens, @ComponentImport LoginUriProvider login) {
        super(screens, login, Screen.DASHBOARD, "atl.general");
    }
}
