package io.backstop.sandbox.web;

import io.backstop.sandbox.services.JsonRefusal;
import io.backstop.sandbox.users.SandboxUsers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before the sandbox's HTTP Basic filter: a request without an {@code Authorization} header but with a
 * known session cookie is passed on as if it carried the credentials of the form login, so the REST API and the
 * pages see the same user whichever way they were reached. Requests with their own Basic header pass untouched.
 *
 * <p>A cookie is sent by the browser whoever made the page, so writes through a cookie must prove they come from
 * Backstop's own scripts: the cookie is {@code SameSite=Strict}, and a REST call other than GET/HEAD/OPTIONS must
 * also carry {@code X-Atlassian-Token: no-check} (a header no cross-site form can set; Jira asks the same of
 * non-JSON writes). A write whose {@code Origin} is another site, or that the browser marks
 * {@code Sec-Fetch-Site: cross-site}, is refused before that.
 */
final class SessionFilter implements Filter {

    static final String COOKIE = "backstop_session";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;
    private final SandboxUsers users;

    SessionFilter(Sessions sessions, SandboxUsers users) {
        this.sessions = sessions;
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getHeader("Authorization") != null) {
            chain.doFilter(request, response);
            return;
        }
        String token = token(http);
        Optional<Sessions.Login> login = sessions.find(token);
        if (login.isPresent() && !users.authenticate(login.get().user(), login.get().password())) {
            sessions.close(token); // the person was removed from the settings: the login ends
            login = Optional.empty();
        }
        if (login.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean write = !SAFE.contains(http.getMethod());
        if (write && (!WebPages.sameOrigin(http) || "cross-site".equals(http.getHeader("Sec-Fetch-Site")))) {
            // Belt and braces over SameSite=Strict: a browser names the page a write comes from.
            JsonRefusal.send(request, (HttpServletResponse) response, 403,
                    "{\"error\":\"a browser write must come from a page of this server\",\"field\":\"Origin\"}");
            return;
        }
        if (http.getRequestURI().startsWith("/rest/") && write
                && !"no-check".equals(http.getHeader("X-Atlassian-Token"))) {
            JsonRefusal.send(request, (HttpServletResponse) response, 403,
                    "{\"error\":\"a browser write needs the header X-Atlassian-Token: no-check\","
                    + "\"field\":\"X-Atlassian-Token\"}");
            return;
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (login.get().user() + ":" + login.get().password()).getBytes(StandardCharsets.UTF_8));
        chain.doFilter(new HttpServletRequestWrapper(http) {
            @Override
            public String getHeader(String name) {
                return "Authorization".equalsIgnoreCase(name) ? basic : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Authorization".equalsIgnoreCase(name)
                        ? Collections.enumeration(List.of(basic)) : super.getHeaders(name);
            }
        }, response);
    }

    static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
