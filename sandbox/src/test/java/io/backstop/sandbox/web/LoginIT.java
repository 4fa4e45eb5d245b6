package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages' login over plain HTTP: the form opens a session cookie (HttpOnly, SameSite=Strict) that pages and
 * REST accept, writes through the cookie need X-Atlassian-Token, a login posted from another site is refused, the
 * return address stays on this server, logout ends the session; pages carry a strict Content-Security-Policy;
 * resources are served only from their folders. No browser needed.
 */
class LoginIT {

    @TempDir
    static Path data;
    static Department department;
    static HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static String base;

    @BeforeAll
    static void start() throws Exception {
        department = Department.start(data);
        base = department.base().replaceAll("/$", "");
    }

    @AfterAll
    static void stop() throws Exception {
        department.sandbox.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).GET();
    }

    static HttpResponse<String> login(String user, String password, String next, String origin) throws Exception {
        String form = "user=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    static String cookie(HttpResponse<String> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginForm() throws Exception {
        HttpResponse<String> page = send(get("/plugins/servlet/backstop/queue?refresh=5"));
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue(
                "/?next=" + URLEncoder.encode("/plugins/servlet/backstop/queue?refresh=5", StandardCharsets.UTF_8));
        HttpResponse<String> home = send(get("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"backstop-login\"");
    }

    @Test
    void aLoginOpensASessionThatPagesAndRestAccept() throws Exception {
        HttpResponse<String> in = login("operator", "operator", "/plugins/servlet/backstop/queue", base);
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(in.headers().firstValue("Location")).hasValue("/plugins/servlet/backstop/queue");
        assertThat(in.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Strict")
                .startsWith("backstop_session=");
        String cookie = cookie(in);

        HttpResponse<String> page = send(get("/plugins/servlet/backstop/queue").header("Cookie", cookie));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(send(get("/rest/backstop/1.0/queue").header("Cookie", cookie)).statusCode()).isEqualTo(200);

        HttpResponse<String> out = send(HttpRequest.newBuilder(URI.create(base + "/logout")).header("Cookie", cookie)
                .header("Origin", base).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(send(get("/plugins/servlet/backstop/queue").header("Cookie", cookie)).statusCode()).isEqualTo(303);
        assertThat(send(get("/rest/backstop/1.0/queue").header("Cookie", cookie)).statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> refused = login("operator", "wrong", "/", base);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(refused.body()).contains("Wrong user name or password.").doesNotContain("wrong\"");
        assertThat(login("nobody", "nobody", "/", base).statusCode()).isEqualTo(401);
    }

    @Test
    void aLoginFromAnotherSiteIsRefusedAndTheReturnAddressStaysHere() throws Exception {
        assertThat(login("admin", "admin", "/", "http://evil.example").statusCode()).isEqualTo(403);
        for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:x"}) {
            assertThat(login("admin", "admin", next, base).headers().firstValue("Location")).as(next).hasValue("/");
        }
    }

    @Test
    void writesThroughTheCookieNeedTheXsrfHeader() throws Exception {
        String cookie = cookie(login("admin", "admin", "/", base));
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/settings"))
                .header("Cookie", cookie).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Department.SETTINGS));
        HttpResponse<String> refused = send(put);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("X-Atlassian-Token");
        assertThat(send(put.header("X-Atlassian-Token", "no-check")).statusCode()).isEqualTo(200);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> withBasic = send(HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/settings"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Department.SETTINGS)));
        assertThat(withBasic.statusCode()).as("HTTP Basic clients are unchanged").isEqualTo(200);
    }

    @Test
    void pagesRefuseWhoMayNotUseThemAndBasicAuthWorksForPagesToo() throws Exception {
        String ivanova = cookie(login("ivanova", "ivanova", "/", base));
        HttpResponse<String> settings = send(get("/plugins/servlet/backstop/admin").header("Cookie", ivanova));
        assertThat(settings.statusCode()).isEqualTo(403);
        assertThat(settings.body()).contains("Only administrators may change Backstop&#39;s settings.")
                .doesNotContain("backstop-settings-form");
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        assertThat(send(get("/plugins/servlet/backstop/admin").header("Authorization", basic)).statusCode()).isEqualTo(200);
        assertThat(send(get("/plugins/servlet/backstop/nothing").header("Authorization", basic)).statusCode()).isEqualTo(404);
    }

    @Test
    void markupInTheAddressIsEscaped() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = send(get("/plugins/servlet/backstop/issue?key="
                + URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8) + "&x=%22%3E%3Cb%3E")
                .header("Authorization", basic));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<b>")
                .contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void resourcesComeOnlyFromTheirFolders() throws Exception {
        HttpResponse<String> script = send(get("/download/resources/backstop/web/js/queue.js"));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(send(get("/download/resources/backstop/sandbox/aui/aui.css")).statusCode()).isEqualTo(200);
        for (String path : new String[] {"/download/resources/backstop/web/../i18n/backstop-web.properties",
                "/download/resources/backstop/web/%2e%2e/%2e%2e/io/backstop/app/Backstop.class",
                "/download/resources/backstop/web/js/nothing.js", "/download/resources/backstop/other/x.js",
                "/download/resources/backstop/sandbox/../../templates/backstop/queue.vm"}) {
            assertThat(send(get(path)).statusCode()).as(path).isIn(400, 404);
        }
    }
}
