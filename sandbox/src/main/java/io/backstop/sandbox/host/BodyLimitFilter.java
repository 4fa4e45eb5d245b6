package io.backstop.sandbox.host;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/**
 * Refuses a request body larger than {@link #MAX_BYTES} with 413 and {@code {"error", "field": "(body)"}} before
 * anything reads it into memory: JAX-RS hands resources the whole body as a string, so without this a client could
 * make the sandbox hold any amount. The app's own limit ({@code Json.MAX_BODY}, one million characters, a 400) is
 * what Jira's host relies on; this one sits above it (a million characters are up to four bytes each) and only
 * guards the sandbox's memory. A body without a length (chunked) is read up to the limit first.
 */
final class BodyLimitFilter implements Filter {

    static final int MAX_BYTES = 4 << 20;
    /**
     * A refused body is read and thrown away up to this much, so that an HTTP client still sending it gets the 413
     * rather than a broken connection; beyond it the connection is closed.
     */
    private static final long MAX_DISCARD = 64L << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        long length = http.getContentLengthLong();
        if (length > MAX_BYTES) {
            discard(http.getInputStream(), MAX_DISCARD);
            refuse(response);
            return;
        }
        if (length < 0 && http.getHeader("Transfer-Encoding") != null) {
            byte[] body = readUpTo(http.getInputStream(), MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                discard(http.getInputStream(), MAX_DISCARD);
                refuse(response);
                return;
            }
            chain.doFilter(new Buffered(http, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(ServletResponse response) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(413);
        http.setHeader("Connection", "close"); // the rest of the body is not read
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        http.getWriter().write("{\"error\":\"the request body is larger than " + MAX_BYTES + " bytes\","
                + "\"field\":\"(body)\"}");
    }

    private static void discard(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer)) >= 0) {
            total += read;
        }
    }

    private static byte[] readUpTo(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) >= 0) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
