package io.backstop.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;

/** {@code /plugins/servlet/backstop/queue}: the operator's queue, for the department's staff and administrators. */
public final class QueueServlet extends ScreenServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    public QueueServlet(JiraScreens screens, @ComponentImport LoginUriProvider login) {
        super(screens, login, Screen.QUEUE, "atl.general");
    }
}
