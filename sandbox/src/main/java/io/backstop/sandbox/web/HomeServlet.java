package io.backstop.sandbox.web;

import io.backstop.app.web.Messages;
import io.backstop.app.settings.SettingsService;
import io.backstop.sandbox.tracker.SandboxTracker;
import io.backstop.sandbox.users.SandboxUsers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's front page at {@code /}: the login form for a visitor, links to the screens for a person logged
 * in, and for the clients' side (the client login, the admin) a new request ({@link ClientWrite}); {@code POST /login}
 * and {@code POST /logout}.
 */
final class HomeServlet extends HttpServlet {

    private final WebPages pages;
    private final Sessions sessions;
    private final SandboxUsers users;
    private final SandboxTracker tracker;
    private final SettingsService settings;

    HomeServlet(WebPages pages, Sessions sessions, SandboxUsers users, SandboxTracker tracker,
                SettingsService settings) {
        this.pages = pages;
        this.sessions = sessions;
        this.users = users;
        this.tracker = tracker;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            response.setStatus(303);
            response.setHeader("Location", "/");
            return;
        }
        Locale locale = pages.locale(request, response);
        home(request, response, pages.messages(locale), 200, null, request.getParameter("next"), "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!WebPages.sameOrigin(request)) {
            response.sendError(403);
            return;
        }
        if ("/logout".equals(request.getRequestURI())) {
            sessions.close(SessionFilter.token(request));
            response.addHeader("Set-Cookie", SessionFilter.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
            response.setStatus(303);
            response.setHeader("Location", "/");
            return;
        }
        String user = trimmed(request.getParameter("user"));
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        String next = WebPages.safeNext(request.getParameter("next"));
        Optional<Duration> wait = user.isEmpty() ? Optional.empty() : users.mustWait(user);
        if (wait.isPresent()) {
            Messages messages = pages.messages(pages.locale(request, response));
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds() + 1));
            home(request, response, messages, 429, "backstop.sandbox.login.throttled", next, user);
            return;
        }
        if (user.isEmpty() || !users.authenticate(user, password)) {
            Messages messages = pages.messages(pages.locale(request, response));
            home(request, response, messages, 401, "backstop.sandbox.login.failed", next, user);
            return;
        }
        sessions.close(SessionFilter.token(request));
        String token = sessions.open(user, password);
        response.addHeader("Set-Cookie", SessionFilter.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        response.setStatus(303);
        response.setHeader("Location", next);
    }

    private void home(HttpServletRequest request, HttpServletResponse response, Messages messages, int status,
                      String errorKey, String next, String typedUser) throws IOException {
        String user = status == 200 ? pages.user().orElse("") : "";
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", messages);
        model.put("user", user);
        model.put("admin", !user.isEmpty() && pages.isAdmin(user));
        model.put("error", errorKey == null ? "" : messages.getText(errorKey));
        model.put("next", next == null ? "" : WebPages.safeNext(next));
        model.put("typedUser", typedUser);
        model.put("pages", WebPages.PAGES);
        boolean clientSide = users.isClient(user) || (!user.isEmpty() && pages.isAdmin(user));
        model.put("client", users.isClient(user));
        model.put("newRequest", clientSide);
        if (clientSide) {
            ClientWrite.newRequest(model, settings.current(), tracker);
        }
        String content = pages.renderer().render("templates/backstop-sandbox/home.vm", model);
        WebPages.send(response, status, pages.frame(request, messages, messages.getText("backstop.sandbox.home.title"),
                "home", content, clientSide ? ClientWrite.SCRIPTS : List.of()));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
