package io.backstop.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;

/**
 * {@code /plugins/servlet/backstop/mywork}: a person's own work: what they hold or own awaiting an answer, their promises
 * and their clients, for the department's staff (the head and administrators pick a person).
 */
public final class MyWorkServlet extends ScreenServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    public MyWorkServlet(JiraScreens screens, @ComponentImport LoginUriProvider login) {
        super(screens, login, Screen.MY_WORK, "atl.general");
    }
}
