package io.backstop.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The screens' scripts, styles and fonts from the classpath, as Jira serves a plugin's web resources:
 * {@code /download/resources/backstop/web/...} from the app's {@code backstop-web/}, {@code .../sandbox/...} from
 * the sandbox's {@code backstop-sandbox/} (the vendored AUI), {@code .../chartjs/chart.umd.js} from the Chart.js WebJar. Nothing else is reachable: a fixed folder per
 * prefix, plain names, known types.
 */
final class ResourceServlet extends HttpServlet {

    static final String PATH = "/download/resources/backstop";

    /** The Chart.js release of the WebJar on the classpath ({@code org.webjars.npm:chart.js} in the pom). */
    static final String CHART_JS_VERSION = "4.4.7";
    /** Chart.js's browser bundle, relative to {@link #PATH}. */
    static final String CHART_JS = "chartjs/chart.umd.js";

    private static final Map<String, String> FOLDERS = Map.of("web", "backstop-web/", "sandbox", "backstop-sandbox/",
            "chartjs", "META-INF/resources/webjars/chart.js/" + CHART_JS_VERSION + "/dist/");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=UTF-8",
            "css", "text/css; charset=UTF-8", "woff", "font/woff", "woff2", "font/woff2", "svg", "image/svg+xml",
            "png", "image/png", "txt", "text/plain; charset=UTF-8");
    private static final Pattern NAME = Pattern.compile("/(web|sandbox|chartjs)(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !NAME.matcher(path).matches() || path.contains("..")) {
            response.sendError(404);
            return;
        }
        int slash = path.indexOf('/', 1);
        String folder = FOLDERS.get(path.substring(1, slash));
        String name = path.substring(slash + 1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null || name.lastIndexOf('.') < 0) {
            response.sendError(404);
            return;
        }
        try (InputStream in = ResourceServlet.class.getClassLoader().getResourceAsStream(folder + name)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(type);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
