package io.backstop.sandbox.services;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter's refusal as a JSON error. The request body is read first (up to a limit): a response sent over an
 * unread body makes Jetty drop the connection after it, and an HTTP client that reuses that connection for its
 * next call gets nothing back.
 */
public final class JsonRefusal {

    private static final int MAX_DRAIN = 1 << 20;

    private JsonRefusal() {
    }

    public static void send(ServletRequest request, HttpServletResponse response, int status, String json)
            throws IOException {
        drain(request);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }

    /** Reads what is left of the body, if the body was not taken as a reader; never fails. */
    public static void drainQuietly(ServletRequest request) {
        try {
            drain(request);
        } catch (IOException | IllegalStateException e) {
            // read as characters already, or the client went away: nothing to keep the connection for
        }
    }

    private static void drain(ServletRequest request) throws IOException {
        InputStream body = request.getInputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        int read;
        while (total < MAX_DRAIN && (read = body.read(buffer)) >= 0) {
            total += read;
        }
    }
}
