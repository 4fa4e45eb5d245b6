package io.backstop.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** JSON over java.net.http for both hosts: one request, its status, its JSON body and its Date header. */
final class Http {

    /** An answer with the server's Date header, when it sent one. */
    record Reply(int status, JsonNode body, String text, Optional<String> date) {
        Host.Answer answer() {
            return new Host.Answer(status, body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Reply send(String method, URI uri, String authorization, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                // Jira's XSRF check exempts REST clients that say so; the sandbox ignores it.
                .header("X-Atlassian-Token", "no-check");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = null;
            if (text != null && !text.isBlank()) {
                try {
                    json = Department.JSON.readTree(text);
                } catch (IOException notJson) {
                    json = null;
                }
            }
            return new Reply(response.statusCode(), json, text, response.headers().firstValue("Date"));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + uri, e);
        }
    }
}
