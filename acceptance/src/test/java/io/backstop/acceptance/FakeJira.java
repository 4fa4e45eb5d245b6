package io.backstop.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a Jira with Backstop installed, so that {@link JiraHost}'s own code (tokens, identities, the
 * settings it puts and restores, waiting for time, polling, clean-up) runs in every build, not only against a live
 * Jira. It is <b>not</b> Jira: it speaks just the few Jira REST v2 calls JiraHost makes, with Jira's shapes as
 * Atlassian documents them, and turns them into calls on a sandbox on the system clock (which plays Backstop in Jira,
 * with the sandbox's own browse rule instead of Jira's permissions). Backstop's REST passes through unchanged.
 *
 * <p>Its Jira: tokens {@code tok-staff} (ivanova), {@code tok-operator} (operator), {@code tok-client} (acme, a
 * client), {@code tok-admin} (head, a Jira administrator: the sandbox's {@code admin} login acts for it); projects
 * {@code WEB} (default assignee: none, so the operator owns issues without a Home manager) and {@code HID} (default
 * assignee sidorova, whose issues ivanova may not browse); the custom field {@code customfield_10200} "Home manager".
 * Its Backstop starts with a live department (a different operator, a weekday calendar) that JiraHost must put back.
 */
final class FakeJira implements AutoCloseable {

    static final String HOME_MANAGER = "customfield_10200";
    static final Map<String, String> TOKENS = Map.of("tok-staff", "ivanova", "tok-operator", "operator",
            "tok-client", "acme", "tok-admin", "head");
    static final String TOKEN_LIST = "staff:tok-staff,operator:tok-operator,client:tok-client,admin:tok-admin";

    private final SandboxProcess sandbox;
    private final HttpServer server;
    private final Http http = new Http();
    private final AtomicInteger keys = new AtomicInteger();
    private final JsonNode liveDepartment;

    private FakeJira(SandboxProcess sandbox, HttpServer server, JsonNode liveDepartment) {
        this.sandbox = sandbox;
        this.server = server;
        this.liveDepartment = liveDepartment;
    }

    static FakeJira start() {
        SandboxProcess sandbox = SandboxProcess.start("--clock", "system");
        try {
            JsonNode proposed = liveDepartment();
            Http.Reply put = new Http().send("PUT", sandbox.url().resolve("rest/backstop/1.0/settings"),
                    basic("admin"), proposed);
            if (put.status() != 200) {
                throw new IllegalStateException("the fake Jira's department was refused: " + put.text());
            }
            // As stored (normalised by Backstop), which is what a restore must give back.
            JsonNode live = new Http().send("GET", sandbox.url().resolve("rest/backstop/1.0/settings"),
                    basic("admin"), null).body();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeJira jira = new FakeJira(sandbox, server, live);
            server.createContext("/", jira::handle);
            server.start();
            return jira;
        } catch (IOException | RuntimeException e) {
            sandbox.close();
            throw new IllegalStateException("the fake Jira did not start: " + e, e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * Stops the fake; first checks that JiraHost put the live department back (as a Jira administrator would find
     * it after a run) and fails the run if not.
     */
    @Override
    public void close() {
        try {
            JsonNode now = http.send("GET", sandbox.url().resolve("rest/backstop/1.0/settings"), basic("admin"), null)
                    .body();
            if (!liveDepartment.equals(now)) {
                throw new IllegalStateException("JiraHost did not restore the department's settings: before "
                        + liveDepartment + ", after " + now);
            }
            System.out.println("[acceptance] the fake Jira's department is as it was before the run");
        } finally {
            server.stop(0);
            sandbox.close();
        }
    }

    private static JsonNode liveDepartment() {
        ObjectNode department = (ObjectNode) Department.settings(
                new Host.Cast("head", "dispatcher", "sidorova", "petrova", Optional.of("operator")),
                new Host.Pace(Duration.ofMinutes(30), Duration.ofHours(8), Duration.ZERO, Duration.ofMinutes(1)));
        ObjectNode week = (ObjectNode) department.get("calendar").get("week");
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI"}) {
            week.putArray(day).add("09:00-13:00").add("14:00-18:00");
        }
        week.remove("SAT");
        week.remove("SUN");
        ((ObjectNode) department.get("calendar")).put("zone", "Europe/Moscow");
        ((ArrayNode) department.get("people")).addObject().put("name", "ivanova").put("role", "MANAGER");
        department.put("staffGroup", "backstop-staff");
        return department;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String user = user(exchange);
            if (user == null) {
                reply(exchange, 401, "{\"errorMessages\":[\"You are not authenticated\"]}");
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? null : Department.JSON.readTree(bytes);
            if (path.startsWith("/rest/backstop/1.0/")) {
                Http.Reply passed = http.send(method, sandbox.url().resolve(path.substring(1)
                        + (query == null ? "" : "?" + query)), basic(login(user)), body);
                reply(exchange, passed.status(), passed.text() == null ? "" : passed.text());
                return;
            }
            jira(exchange, user, method, path, query, body);
        } catch (RuntimeException e) {
            reply(exchange, 500, "{\"errorMessages\":[" + Department.JSON.valueToTree(e.toString()) + "]}");
        }
    }

    private void jira(HttpExchange exchange, String user, String method, String path, String query, JsonNode body)
            throws IOException {
        String[] parts = path.split("/");
        // "", "rest", "api", "2", resource, key?, sub?
        if (parts.length < 5 || !"/rest/api/2".equals("/" + parts[1] + "/" + parts[2] + "/" + parts[3])) {
            reply(exchange, 404, "{\"errorMessages\":[\"not in this fake\"]}");
            return;
        }
        String resource = parts[4];
        String key = parts.length > 5 ? parts[5] : null;
        String sub = parts.length > 6 ? parts[6] : null;
        ObjectNode answer = Department.JSON.createObjectNode();
        if (resource.equals("myself") && method.equals("GET")) {
            answer.put("name", user);
            answer.put("key", "JIRAUSER-" + user);
            reply(exchange, 200, answer.toString());
        } else if (resource.equals("field") && method.equals("GET")) {
            ArrayNode fields = Department.JSON.createArrayNode();
            fields.addObject().put("id", "summary").put("name", "Summary").put("custom", false);
            fields.addObject().put("id", HOME_MANAGER).put("name", "Home manager").put("custom", true);
            reply(exchange, 200, fields.toString());
        } else if (resource.equals("issue") && key == null && method.equals("POST")) {
            createIssue(exchange, user, body.path("fields"));
        } else if (resource.equals("issue") && "comment".equals(sub) && method.equals("POST")) {
            ObjectNode comment = Department.JSON.createObjectNode();
            comment.put("author", user.equals("acme") ? "client" : user);
            comment.put("body", body.path("body").asText());
            comment.put("internal", body.hasNonNull("visibility"));
            Http.Reply made = tracker("POST", "issues/" + key + "/comments", comment);
            reply(exchange, ok(made) ? 201 : made.status(), ok(made) ? "{\"id\":\"1\"}" : made.text());
        } else if (resource.equals("issue") && "comment".equals(sub) && method.equals("GET")) {
            Http.Reply issue = tracker("GET", "issues/" + key, null);
            ArrayNode comments = answer.putArray("comments");
            for (JsonNode c : issue.body().path("comments")) {
                ObjectNode comment = comments.addObject();
                String author = c.path("author").asText();
                comment.putObject("author").put("name", author.equals("backstop") ? "head"
                        : author.equals("client") ? "acme" : author);
                comment.put("body", c.path("body").asText());
                if (c.path("internal").asBoolean()) {
                    comment.putObject("visibility").put("type", "group").put("value", "backstop-staff");
                }
            }
            reply(exchange, 200, answer.toString());
        } else if (resource.equals("issue") && key != null && sub == null && method.equals("GET")) {
            Http.Reply issue = tracker("GET", "issues/" + key, null);
            if (issue.status() != 200) {
                reply(exchange, 404, "{\"errorMessages\":[\"Issue Does Not Exist\"]}");
                return;
            }
            answer.put("key", key);
            ObjectNode fields = answer.putObject("fields");
            JsonNode assignee = issue.body().get("assignee");
            if (assignee == null || assignee.isNull()) {
                fields.putNull("assignee");
            } else {
                fields.putObject("assignee").put("name", assignee.asText());
            }
            reply(exchange, 200, answer.toString());
        } else if (resource.equals("issue") && key != null && sub == null && method.equals("DELETE")) {
            // The sandbox tracker cannot delete: a resolved issue is as dead to Backstop as a deleted one.
            Http.Reply resolved = tracker("POST", "issues/" + key + "/resolve", Department.JSON.createObjectNode());
            reply(exchange, ok(resolved) ? 204 : resolved.status(), "");
        } else {
            reply(exchange, 404, "{\"errorMessages\":[\"not in this fake: " + method + " " + path + "\"]}");
        }
    }

    private void createIssue(HttpExchange exchange, String user, JsonNode fields) throws IOException {
        String project = fields.path("project").path("key").asText();
        if (!project.equals("WEB") && !project.equals("HID")) {
            reply(exchange, 400, "{\"errors\":{\"project\":\"valid project is required\"}}");
            return;
        }
        String owner = fields.path(HOME_MANAGER).path("name").asText(null);
        if (owner == null) {
            owner = project.equals("HID") ? "sidorova" : "operator";
        }
        String key = project + "-" + keys.incrementAndGet();
        ObjectNode issue = Department.JSON.createObjectNode();
        issue.put("key", key);
        issue.put("owner", owner);
        issue.put("summary", fields.path("summary").asText());
        issue.put("issueType", fields.path("issuetype").path("name").asText());
        Http.Reply made = tracker("POST", "issues", issue);
        if (!ok(made)) {
            reply(exchange, 400, "{\"errorMessages\":[" + Department.JSON.valueToTree(made.text()) + "]}");
            return;
        }
        reply(exchange, 201, "{\"id\":\"" + keys.get() + "\",\"key\":\"" + key + "\"}");
    }

    private static boolean ok(Http.Reply reply) {
        return reply.status() >= 200 && reply.status() < 300;
    }

    private Http.Reply tracker(String method, String path, JsonNode body) {
        return http.send(method, sandbox.url().resolve("rest/sandbox/1.0/" + path), basic("admin"), body);
    }

    private static String user(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        return TOKENS.get(authorization.substring("Bearer ".length()));
    }

    /** The sandbox login a Jira user acts as: the Jira administrator is the sandbox's admin. */
    private static String login(String user) {
        return user.equals("head") ? "admin" : user;
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + login).getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.now().atOffset(ZoneOffset.UTC)));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
