package io.backstop.sandbox.host;

import io.backstop.sandbox.services.JsonRefusal;
import io.backstop.sandbox.users.SandboxUsers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic on every request. Wrong credentials are refused at once; no credentials pass as anonymous, and each
 * resource decides whether that is enough (none of Backstop's is).
 */
final class BasicAuthFilter implements Filter {

    private final SandboxUsers users;

    BasicAuthFilter(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = ((HttpServletRequest) request).getHeader("Authorization");
        String user = null;
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decode(header.substring(6).trim());
            Optional<Duration> wait = pair == null ? Optional.empty() : users.mustWait(pair[0]);
            if (wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds() + 1);
                ((HttpServletResponse) response).setHeader("Retry-After", Long.toString(seconds));
                JsonRefusal.send(request, (HttpServletResponse) response, 429, "{\"error\":\"too many wrong "
                        + "passwords for this name; try again in " + seconds + " s\",\"field\":\"Authorization\"}");
                return;
            }
            if (pair == null || !users.authenticate(pair[0], pair[1])) {
                JsonRefusal.send(request, (HttpServletResponse) response, 401,
                        "{\"error\":\"wrong user name or password\"}");
                return;
            }
            user = pair[0];
        }
        users.actAs(user);
        try {
            chain.doFilter(request, response);
        } finally {
            users.clear();
            // A body nobody read (a refused call, an endpoint without one) makes Jetty drop the connection after
            // the response, and a client reusing it gets nothing back: read what is left.
            JsonRefusal.drainQuietly(request);
        }
    }

    private static String[] decode(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
