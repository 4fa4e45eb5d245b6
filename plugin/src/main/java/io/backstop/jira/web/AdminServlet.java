package io.backstop.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/backstop/admin}: the department's settings, for Jira administrators, in Jira's admin
 * decorator and behind WebSudo (an administrator confirms the password before the page shows, as on Jira's own
 * admin pages). The page's REST calls are {@code @AdminOnly}; whether Jira's REST v2 also asks for WebSudo there
 * is not confirmed.
 */
public final class AdminServlet extends ScreenServlet {

    private static final long serialVersionUID = 1L;
    /** The admin sidebar's section and item (atlassian-plugin.xml), so Jira highlights the page's item. */
    static final String SECTION = "backstop-admin-section";
    static final String ITEM = "backstop-admin-settings";

    private final transient WebSudoManager webSudo;

    @Inject
    public AdminServlet(JiraScreens screens, @ComponentImport LoginUriProvider login,
                        @ComponentImport WebSudoManager webSudo) {
        super(screens, login, Screen.SETTINGS, "atl.admin");
        this.webSudo = webSudo;
    }

    @Override
    protected boolean mayProceed(HttpServletRequest request, HttpServletResponse response) {
        try {
            webSudo.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
    }

    @Override
    protected String headHtml() {
        return "<meta name=\"admin.active.section\" content=\"admin_plugins_menu/" + SECTION + "\">\n"
                + "<meta name=\"admin.active.tab\" content=\"" + ITEM + "\">\n";
    }
}
