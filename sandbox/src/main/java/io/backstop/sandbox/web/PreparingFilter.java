package io.backstop.sandbox.web;

import io.backstop.app.web.Messages;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * While the demo is first seeded, the sandbox already answers: the front page and the login work, and every other
 * page says "preparing the demo: N%" (503, and a {@code Refresh} header that brings the page the person asked for
 * once it is ready); the REST API answers 503 with {@code Retry-After} and the same percentage as JSON. Placed after
 * the login filters, so the page is in the person's language with their name in the header.
 */
public final class PreparingFilter implements Filter {

    private static final int READY = -1;

    private final WebPages pages;
    private volatile int percent = READY;

    PreparingFilter(WebPages pages) {
        this.pages = pages;
    }

    /** The demo is being seeded: only the front page and the login pass until {@link #ready}. */
    public void preparing() {
        this.percent = 0;
    }

    /** How far the seeding has got, 0 to 100 (nothing once ready: the history's later steps do not close it). */
    public void progress(int percent) {
        if (this.percent != READY) {
            this.percent = Math.max(0, Math.min(100, percent));
        }
    }

    /** The demo is there: everything passes from now on. */
    public void ready() {
        this.percent = READY;
    }

    public boolean isReady() {
        return percent == READY;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        int now = percent;
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI();
        if (now == READY || passes(path)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Retry-After", "2");
        if (path.startsWith("/rest/")) {
            response.setStatus(503);
            response.setContentType("application/json");
            response.getOutputStream().write(("{\"preparing\":true,\"percent\":" + now + "}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (pages.user().isEmpty()) {
            WebPages.toLogin(request, response); // as the page itself would: log in first, then "preparing"
            return;
        }
        Locale locale = pages.locale(request, response);
        Messages messages = pages.messages(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", messages);
        model.put("title", messages.getText("backstop.sandbox.preparing.title"));
        model.put("text", messages.getText("backstop.sandbox.preparing.text", now));
        model.put("kind", "info");
        response.setHeader("Refresh", "2");
        WebPages.send(response, 503, pages.frame(request, messages, messages.getText("backstop.sandbox.preparing.title"),
                "", pages.renderer().render("templates/backstop-sandbox/message.vm", model), List.of()));
    }

    /** What needs no demo data: the front page, logging in and out, scripts and styles. */
    private static boolean passes(String path) {
        return path.equals("/") || path.equals("/login") || path.equals("/logout")
                || path.startsWith(ResourceServlet.PATH + "/");
    }
}
