package io.backstop.sandbox.host;

import io.backstop.sandbox.services.JsonRefusal;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the sandbox by a name it expects: 127.0.0.1, localhost (and [::1]), or the
 * host given with {@code --public-host}. A page elsewhere that rebinds its own name to 127.0.0.1 (DNS rebinding)
 * would otherwise drive a sandbox whose logins are public; its requests carry that page's name and get 421.
 */
final class HostCheckFilter implements Filter {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final String publicHost;

    HostCheckFilter(String publicHost) {
        this.publicHost = publicHost == null ? null : publicHost.toLowerCase(Locale.ROOT);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (LOOPBACK.contains(host) || host.equals(publicHost)) {
            chain.doFilter(request, response);
            return;
        }
        JsonRefusal.send(request, (HttpServletResponse) response, 421, "{\"error\":\"this sandbox answers only for "
                + "127.0.0.1 and localhost" + (publicHost == null ? "" : " and " + publicHost)
                + "; start it with --public-host NAME to be reached by another name\",\"field\":\"Host\"}");
    }
}
