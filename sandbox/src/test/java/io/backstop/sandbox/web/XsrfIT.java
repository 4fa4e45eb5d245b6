package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-site request forgery against the sandbox: what another site's page could make a logged-in browser send
 * (a {@code text/plain} or form POST, a {@code fetch} without custom headers, anything with a foreign
 * {@code Origin} or {@code Sec-Fetch-Site: cross-site}) is refused and changes nothing; Backstop's own pages
 * (JSON, same origin, {@code X-Atlassian-Token}) get through; scripts with HTTP Basic are not a browser's and need
 * no token, but still send JSON only.
 */
class XsrfIT {

    private static final String ABSENCE = "{\"person\":\"ivanova\",\"from\":\"2030-01-10T00:00:00+03:00\","
            + "\"to\":\"2030-01-11T00:00:00+03:00\"}";
    private static final String FORM = "person=ivanova&to=2030-01-11T00%3A00%3A00%2B03%3A00";

    @TempDir
    static Path data;
    static Department department;
    static HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static String base;
    static String cookie;

    @BeforeAll
    static void aLoggedInBrowser() throws Exception {
        department = Department.start(data);
        base = department.base().replaceAll("/$", "");
        String form = "user=head&password=head&next=%2F";
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(303);
        String header = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(header).contains("HttpOnly").contains("SameSite=Strict");
        cookie = header.substring(0, header.indexOf(';'));
    }

    @AfterAll
    static void stop() throws Exception {
        department.sandbox.close();
    }

    @Test
    void aCrossSiteTextPlainPostWithTheCookieIsRefused() throws Exception {
        // <form enctype="text/plain"> or fetch(..., {mode: "no-cors", credentials: "include"}) from another site
        assertRefused(post("absences", "text/plain", ABSENCE, r -> r.header("Cookie", cookie)), 403,
                "X-Atlassian-Token");
        assertRefused(post("absences", "text/plain", ABSENCE,
                r -> r.header("Cookie", cookie).header("Origin", "https://evil.example")), 403, "Origin");
    }

    @Test
    void aCrossSiteFormPostWithTheCookieIsRefused() throws Exception {
        assertRefused(post("absences", "application/x-www-form-urlencoded", FORM,
                r -> r.header("Cookie", cookie).header("Origin", "https://evil.example")
                        .header("Sec-Fetch-Site", "cross-site")), 403, "Origin");
        assertRefused(post("absences", "multipart/form-data; boundary=x", "--x--",
                r -> r.header("Cookie", cookie)), 403, "X-Atlassian-Token");
    }

    @Test
    void theTokenDoesNotHelpAnotherSite() throws Exception {
        assertRefused(post("absences", "application/json", ABSENCE, r -> r.header("Cookie", cookie)
                .header("X-Atlassian-Token", "no-check").header("Origin", "http://evil.example")), 403, "Origin");
        assertRefused(post("absences", "application/json", ABSENCE, r -> r.header("Cookie", cookie)
                .header("X-Atlassian-Token", "no-check").header("Sec-Fetch-Site", "cross-site")), 403, "Origin");
        assertRefused(send(HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/settings"))
                .header("Content-Type", "application/json").header("Cookie", cookie)
                .PUT(HttpRequest.BodyPublishers.ofString(Department.SETTINGS))), 403, "X-Atlassian-Token");
        assertRefused(send(HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/absences/1"))
                .header("Cookie", cookie).header("Origin", "http://evil.example")
                .header("X-Atlassian-Token", "no-check").DELETE()), 403, "Origin");
    }

    @Test
    void evenWithTheTokenOnlyJsonIsAccepted() throws Exception {
        assertRefused(post("absences", "text/plain", ABSENCE, r -> r.header("Cookie", cookie)
                .header("X-Atlassian-Token", "no-check").header("Origin", base)), 415, null);
        assertRefused(post("absences", "application/x-www-form-urlencoded", FORM, r -> r.header("Cookie", cookie)
                .header("X-Atlassian-Token", "no-check")), 415, null);
    }

    @Test
    void scriptsWithBasicNeedNoTokenButSendJsonOnly() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("head:head".getBytes(StandardCharsets.UTF_8));
        assertRefused(post("absences", "text/plain", ABSENCE, r -> r.header("Authorization", basic)), 415, null);
        assertRefused(post("absences", "application/x-www-form-urlencoded", FORM,
                r -> r.header("Authorization", basic)), 415, null);
        HttpResponse<String> recorded = post("absences", "application/json", ABSENCE,
                r -> r.header("Authorization", basic));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/absences/"
                + Department.json(recorded.body()).get("id").asText())).header("Authorization", basic).DELETE())
                .statusCode()).isEqualTo(204);
    }

    @Test
    void backstopsOwnPagesGetThrough() throws Exception {
        HttpResponse<String> recorded = post("absences", "application/json", ABSENCE, r -> r.header("Cookie", cookie)
                .header("X-Atlassian-Token", "no-check").header("Origin", base).header("Sec-Fetch-Site", "same-origin"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/absences/"
                + Department.json(recorded.body()).get("id").asText())).header("Cookie", cookie)
                .header("X-Atlassian-Token", "no-check").DELETE()).statusCode()).isEqualTo(204);
    }

    @Test
    void aLogoutFromAnotherSiteDoesNotEndTheSession() throws Exception {
        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Cookie", cookie).header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/people"))
                .header("Cookie", cookie).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAreNotWritable() throws Exception {
        for (String page : List.of("queue", "admin", "issue?key=WEB-1", "dashboard")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/plugins/servlet/backstop/"
                    + page)).header("Cookie", cookie).header("Origin", base).header("X-Atlassian-Token", "no-check")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("x=1")));
            assertThat(answer.statusCode()).as(page).isEqualTo(405);
        }
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode body = Department.json(answer.body());
        assertThat(body.path("error").asText()).isNotBlank();
        if (field != null) {
            assertThat(body.path("field").asText()).isEqualTo(field);
        }
        JsonNode absences = Department.json(department.client.get("admin", "rest/backstop/1.0/absences").body()
                .toString());
        assertThat(absences).as("nothing recorded").isEmpty();
    }

    private static HttpResponse<String> post(String path, String contentType, String body,
                                             UnaryOperator<HttpRequest.Builder> headers) throws Exception {
        return send(headers.apply(HttpRequest.newBuilder(URI.create(base + "/rest/backstop/1.0/" + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
