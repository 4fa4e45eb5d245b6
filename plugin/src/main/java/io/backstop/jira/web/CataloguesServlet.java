package io.backstop.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;

/**
 * {@code /plugins/servlet/backstop/catalogues}: the head's catalogues (issue 17), for the department's staff and
 * administrators: everyone reads and downloads them, the head and administrators edit, import and apply.
 */
public final class CataloguesServlet extends ScreenServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    public CataloguesServlet(JiraScreens screens, @ComponentImport LoginUriProvider login) {
        super(screens, login, Screen.CATALOGUES, "atl.general");
    }
}
