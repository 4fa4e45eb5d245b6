package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxOptions;
import io.backstop.sandbox.users.LoginThrottle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's door: requests addressed by another name (DNS rebinding) get 421, and a name with ten wrong
 * passwords within a minute waits (429 with Retry-After) whatever password comes next.
 */
class DoorIT extends DepartmentIT {

    @TempDir
    static Path elsewhere;

    @Test
    void aRequestAddressedByAnotherNameIsRefused() throws IOException {
        String settings = "/" + BACKSTOP + "settings";
        assertThat(raw(sandbox.url(), settings, "rebind.attacker.example", "admin:admin"))
                .startsWith("HTTP/1.1 421").contains("\"field\":\"Host\"");
        assertThat(raw(sandbox.url(), settings, "localhost:" + sandbox.url().getPort(), "admin:admin"))
                .startsWith("HTTP/1.1 200");
        assertThat(raw(sandbox.url(), settings, "127.0.0.1", "admin:admin")).startsWith("HTTP/1.1 200");
    }

    @Test
    void aPublicHostNameIsServedWhenGiven() throws Exception {
        SandboxOptions options = new SandboxOptions(0, elsewhere, true, Rest.MONDAY_0800, 1, false)
                .answeringFor("backstop.example.com");
        try (Sandbox named = Sandbox.start(options)) {
            String settings = "/" + BACKSTOP + "settings";
            assertThat(raw(named.url(), settings, "backstop.example.com", "admin:admin")).startsWith("HTTP/1.1 200");
            assertThat(raw(named.url(), settings, "rebind.attacker.example", "admin:admin"))
                    .startsWith("HTTP/1.1 421");
        }
    }

    @Test
    void tenWrongPasswordsWithinAMinuteMakeTheNameWait() throws IOException {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(client.get("sidorova:guess" + i, BACKSTOP + "queue").status()).isEqualTo(401);
        }
        var refused = client.get("sidorova:sidorova", BACKSTOP + "queue");
        assertThat(refused.status()).as("the right password, after ten wrong ones").isEqualTo(429);
        assertThat(refused.body().path("field").asText()).isEqualTo("Authorization");
        assertThat(raw(sandbox.url(), "/" + BACKSTOP + "queue", "localhost", "sidorova:sidorova"))
                .startsWith("HTTP/1.1 429").containsPattern("(?i)Retry-After: [1-9][0-9]*");
        assertThat(client.get("petrova", BACKSTOP + "queue").status()).as("another name").isEqualTo(200);
    }

    /** One HTTP/1.1 request with the Host header as given (Java's client will not send a chosen one). */
    private static String raw(URI base, String path, String host, String login) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            String basic = Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Basic " + basic
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
