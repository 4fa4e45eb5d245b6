package io.backstop.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox as a user starts it: {@code java -jar backstop-sandbox.jar serve --port 0 --data <temp> --no-demo
 * --clock manual --start <instant>} in a child process, so the real jar and command line are what is tested. Ready
 * when it prints "is running at <url>" ({@link SandboxProcess}); stopped and its data removed on {@link #close()}. Clients act through the
 * sandbox tracker ({@code /rest/sandbox/1.0/}), where the admin acts for clients and staff.
 */
final class SandboxHost implements Host {

    /** Monday 2 November 2026, 08:00 UTC. */
    static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static final String BACKSTOP = "rest/backstop/1.0/";
    private static final String TRACKER = "rest/sandbox/1.0/";

    private static final Cast CAST = new Cast("head", "operator", "ivanova", "petrova", Optional.of("sidorova"));
    private static final Pace PACE = new Pace(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofMinutes(30),
            Duration.ofMinutes(5));

    private final SandboxProcess process;
    private final URI base;
    private final Http http = new Http();
    private final AtomicInteger keys = new AtomicInteger();

    private SandboxHost(SandboxProcess process) {
        this.process = process;
        this.base = process.url();
    }

    static SandboxHost start() {
        SandboxProcess process = SandboxProcess.start("--clock", "manual", "--start",
                START.atOffset(ZoneOffset.UTC).toString());
        try {
            SandboxHost host = new SandboxHost(process);
            host.putDepartment();
            return host;
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    private void putDepartment() {
        Answer answer = put(Who.ADMIN, "settings", Department.settings(CAST, PACE));
        if (answer.status() != 200) {
            throw new IllegalStateException("PUT settings answered " + answer.status() + " " + answer.body());
        }
    }

    @Override
    public String describe() {
        return "sandbox " + base;
    }

    @Override
    public Cast cast() {
        return CAST;
    }

    @Override
    public Pace pace() {
        return PACE;
    }

    @Override
    public String user(Who who) {
        return switch (who) {
            case ADMIN -> "admin";
            case OPERATOR -> CAST.operator();
            case MANAGER -> CAST.manager();
            case CLIENT -> "client";
        };
    }

    @Override
    public Instant now() {
        return instant(ok(call("GET", TRACKER + "clock", Who.ADMIN, null), "GET clock").get("now"));
    }

    @Override
    public String createClientIssue(String summary) {
        return create(CAST.manager(), summary);
    }

    @Override
    public Optional<String> createIssueHiddenFromManager(String summary) {
        // The sandbox lets a manager browse what they own or hold and the issues of the people they stand in for;
        // the outsider's client is none of these for the manager.
        return Optional.of(create(CAST.outsider().orElseThrow(), summary));
    }

    @Override
    public String whyNoHiddenIssue() {
        return "";
    }

    private String create(String owner, String summary) {
        String key = "ACC-" + keys.incrementAndGet();
        ObjectNode body = Department.JSON.createObjectNode();
        body.put("key", key);
        body.put("owner", owner);
        body.put("summary", summary);
        body.put("client", "Acceptance client");
        ok(call("POST", TRACKER + "issues", Who.ADMIN, body), "POST issues " + body);
        return key;
    }

    @Override
    public void comment(String key, Who author, boolean internal) {
        ObjectNode body = Department.JSON.createObjectNode();
        body.put("author", user(author));
        body.put("body", "a message from " + user(author));
        body.put("internal", internal);
        ok(call("POST", TRACKER + "issues/" + key + "/comments", Who.ADMIN, body), "comment on " + key);
    }

    @Override
    public String assignee(String key) {
        JsonNode assignee = ok(call("GET", TRACKER + "issues/" + key, Who.ADMIN, null), "GET issue " + key)
                .get("assignee");
        return assignee == null || assignee.isNull() ? null : assignee.asText();
    }

    @Override
    public List<Comment> comments(String key) {
        List<Comment> comments = new ArrayList<>();
        for (JsonNode c : ok(call("GET", TRACKER + "issues/" + key, Who.ADMIN, null), "GET issue " + key)
                .path("comments")) {
            comments.add(new Comment(c.path("author").asText(), c.path("internal").asBoolean(),
                    c.path("body").asText()));
        }
        return comments;
    }

    @Override
    public Answer get(Who who, String path) {
        return call("GET", BACKSTOP + path, who, null);
    }

    @Override
    public Answer put(Who who, String path, JsonNode body) {
        return call("PUT", BACKSTOP + path, who, body);
    }

    @Override
    public Answer post(Who who, String path, JsonNode body) {
        return call("POST", BACKSTOP + path, who, body);
    }

    @Override
    public Answer delete(Who who, String path) {
        return call("DELETE", BACKSTOP + path, who, null);
    }

    @Override
    public void advanceTo(Instant instant) {
        if (!instant.isAfter(now())) {
            return;
        }
        ObjectNode body = Department.JSON.createObjectNode();
        body.put("to", instant.atOffset(ZoneOffset.UTC).toString());
        ok(call("POST", TRACKER + "clock", Who.ADMIN, body), "POST clock " + body);
    }

    @Override
    public JsonNode runWatcher() {
        return ok(post(Who.ADMIN, "watcher/run", Department.JSON.createObjectNode()), "POST watcher/run");
    }

    @Override
    public void eventually(Runnable assertion) {
        assertion.run();
    }

    @Override
    public void close() {
        process.close();
    }

    private Answer call(String method, String path, Who who, JsonNode body) {
        if (who == Who.CLIENT) {
            throw new UnsupportedOperationException("sandbox clients have no login; the admin acts for them");
        }
        String login = user(who) + ":" + user(who);
        String authorization = "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
        return http.send(method, base.resolve(path), authorization, body).answer();
    }

    private static JsonNode ok(Answer answer, String what) {
        if (answer.status() < 200 || answer.status() > 204) {
            throw new AssertionError(what + " answered " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    private static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }
}
