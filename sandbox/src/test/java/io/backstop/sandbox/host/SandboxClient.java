package io.backstop.sandbox.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A test's HTTP client for the sandbox: Basic logins where the password is the user name. */
public final class SandboxClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public SandboxClient(URI base) {
        this.base = base;
    }

    /** A status and the JSON body (or null when there is none). */
    public record Answer(int status, JsonNode body) {
    }

    public Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Answer post(String user, String path, Object body) {
        return send(user, json(path, body).POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    public Answer put(String user, String path, Object body) {
        return send(user, json(path, body).PUT(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    public Answer delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** A page (or any answer that is not JSON): the status and the text, redirects not followed. */
    public record Page(int status, String body) {
    }

    public Page page(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (user != null) {
            String pair = user.contains(":") ? user : user + ":" + user;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code user} null sends no credentials; {@code "user:password"} sends those. */
    public Answer send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String pair = user.contains(":") ? user : user + ":" + user;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? null : MAPPER.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder json(String path, Object body) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
    }

    private static String text(Object body) {
        try {
            return body instanceof String s ? s : MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
