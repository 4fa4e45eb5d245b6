package io.backstop.sandbox.web;

import io.backstop.app.web.Messages;
import io.backstop.sandbox.users.SandboxUsers;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the sandbox's pages share: the language, the frame around a screen, and the answer's headers. */
final class WebPages {

    static final String[] BUNDLES = {Messages.WEB_BUNDLE, "i18n/backstop-sandbox"};
    static final String LANG_COOKIE = "backstop_lang";
    static final String PAGES = "/plugins/servlet/backstop";
    /**
     * Scripts and styles only from this server, no inline script or style attribute, no framing: a value that
     * slipped past escaping still could not run.
     */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final SandboxUsers users;
    private final PageRenderer renderer;

    WebPages(SandboxUsers users, PageRenderer renderer) {
        this.users = users;
        this.renderer = renderer;
    }

    PageRenderer renderer() {
        return renderer;
    }

    /** The person the request is from (form login or HTTP Basic), if any. */
    Optional<String> user() {
        return users.name().filter(users::exists);
    }

    boolean isAdmin(String user) {
        return users.isAdmin(user);
    }

    /** {@code ?lang=} (remembered in a cookie), else the remembered choice, else {@code Accept-Language}. */
    Locale locale(HttpServletRequest request, HttpServletResponse response) {
        String asked = request.getParameter("lang");
        if (asked != null) {
            Locale chosen = Messages.choose(asked, null);
            if (chosen.getLanguage().equalsIgnoreCase(asked.trim())) {
                response.addHeader("Set-Cookie", LANG_COOKIE + "=" + chosen.getLanguage()
                        + "; Path=/; Max-Age=31536000; SameSite=Lax");
                return chosen;
            }
        }
        String remembered = cookie(request, LANG_COOKIE);
        return Messages.choose(remembered, request.getHeader("Accept-Language"));
    }

    Messages messages(Locale locale) {
        return Messages.load(locale, BUNDLES);
    }

    /** The sandbox's frame (header, navigation, language switch) around a content fragment. */
    String frame(HttpServletRequest request, Messages messages, String title, String active, String contentHtml,
                 List<String> scripts) {
        Map<String, Object> model = new HashMap<>();
        String user = user().orElse("");
        model.put("i18n", messages);
        model.put("lang", messages.getLanguage());
        model.put("title", title);
        model.put("user", user);
        model.put("admin", !user.isEmpty() && users.isAdmin(user));
        model.put("client", users.isClient(user)); // the clients' side: no staff screens in the menu
        model.put("active", active);
        model.put("contentHtml", contentHtml);
        model.put("resources", ResourceServlet.PATH);
        model.put("pages", PAGES);
        model.put("scripts", scripts);
        model.put("langEn", withLang(request, "en"));
        model.put("langRu", withLang(request, "ru"));
        return renderer.render("templates/backstop-sandbox/frame.vm", model);
    }

    /** A page that says one thing: a refusal or a problem. */
    String message(HttpServletRequest request, Messages messages, String titleKey, String textKey, String kind) {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", messages);
        model.put("title", messages.getText(titleKey));
        model.put("text", messages.getText(textKey));
        model.put("kind", kind);
        return frame(request, messages, messages.getText(titleKey), "",
                renderer.render("templates/backstop-sandbox/message.vm", model), List.of());
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    /** Sends an anonymous visitor to the login form, to come back here afterwards. */
    static void toLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.setStatus(303);
        response.setHeader("Location", "/?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }

    /** Where to go after the login: a path on this server, never another site. */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return next;
    }

    /** Whether a form post comes from a page of this server (browsers send Origin with every POST). */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true; // not a browser's cross-site form: a browser always names the origin of a POST
        }
        String host = request.getHeader("Host");
        return host != null && origin.equals("http://" + host);
    }

    static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** This page's address with another language; only the query string is kept (never a form's fields). */
    private static String withLang(HttpServletRequest request, String lang) {
        List<String> parts = new ArrayList<>();
        String query = request.getQueryString();
        if (query != null && "GET".equals(request.getMethod())) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=") && !part.equals("lang")) {
                    parts.add(part);
                }
            }
        }
        parts.add("lang=" + lang);
        String path = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/";
        return path + "?" + String.join("&", parts);
    }
}
