package io.backstop.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import io.backstop.app.web.Html;
import io.backstop.app.web.Messages;
import io.backstop.app.web.Screen;
import io.backstop.app.web.ScreenPage;
import io.backstop.app.web.Screens;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;

/**
 * A Backstop screen as a Jira page: the app's fragment in a page that Jira's decorator ({@code atl.general} or
 * {@code atl.admin}) frames with its header and sidebar. Anonymous people go to Jira's login and come back; people
 * the app refuses get 403 with the reason, in their language.
 */
public abstract class ScreenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient JiraScreens screens;
    private final transient LoginUriProvider login;
    private final Screen screen;
    private final String decorator;

    protected ScreenServlet(JiraScreens screens, LoginUriProvider login, Screen screen, String decorator) {
        this.screens = screens;
        this.login = login;
        this.screen = screen;
        this.decorator = decorator;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages messages = screens.messages();
        screens.render(screen, null).answer(new ScreenPage() {
            @Override
            public void toLogin() throws IOException {
                response.sendRedirect(login.getLoginUri(returnUri(request)).toASCIIString());
            }

            @Override
            public void refuse(int status, String titleKey, String refusalKey) throws IOException {
                send(response, status, messages.getText(titleKey), "<div class=\"aui-message aui-message-error\"><p>"
                        + Html.escape(messages.getText(refusalKey)) + "</p></div>");
            }

            @Override
            public void show(String titleKey, String fragmentHtml) throws IOException {
                // the screen's scripts come with its web-resource context, required while rendering (JiraScreens)
                if (mayProceed(request, response)) {
                    send(response, 200, messages.getText(titleKey), fragmentHtml);
                }
            }
        });
    }

    /** A last check before the page is shown (the settings page: WebSudo); false when it answered itself. */
    protected boolean mayProceed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return true;
    }

    /** Extra head elements, already escaped (the admin page: which sidebar item is active). */
    protected String headHtml() {
        return "";
    }

    private void send(HttpServletResponse response, int status, String title, String bodyHtml) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html>\n<head>\n<title>" + Html.escape(title) + "</title>\n"
                + "<meta name=\"decorator\" content=\"" + decorator + "\">\n" + headHtml() + "</head>\n<body>\n"
                + bodyHtml + "\n</body>\n</html>\n");
        out.flush();
    }

    /** The page itself (its full URL and query), where Jira's login returns, as in Atlassian's SAL admin tutorial. */
    static URI returnUri(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        StringBuilder uri = new StringBuilder(url == null ? "/" : url.toString());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        return URI.create(uri.toString());
    }
}
