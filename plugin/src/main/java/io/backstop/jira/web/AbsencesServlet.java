package io.backstop.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;

/**
 * {@code /plugins/servlet/backstop/absences}: absences and absence requests, for the department's staff and
 * administrators: the head and the office manager record anyone's, everyone asks and withdraws, the head approves.
 */
public final class AbsencesServlet extends ScreenServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    public AbsencesServlet(JiraScreens screens, @ComponentImport LoginUriProvider login) {
        super(screens, login, Screen.ABSENCES, "atl.general");
    }
}
