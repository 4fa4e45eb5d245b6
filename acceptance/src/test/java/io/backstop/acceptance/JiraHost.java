package io.backstop.acceptance;

import io.backstop.core.calendar.HumanDuration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A live Jira with Backstop installed, driven with personal access tokens (Bearer) through Jira's REST v2
 * ({@code /rest/api/2/issue}, {@code .../comment}, {@code ?fields=assignee}) and Backstop's REST
 * ({@code /rest/backstop/1.0/}).
 *
 * <p>At the start it learns each token's login ({@code /rest/api/2/myself}), keeps the department's settings and
 * puts a test department in their place: every hour working time, seconds-long {@link Pace}, the cast in its roles
 * (the other people kept, a previous operator as a manager). Time is not moved but waited for: {@link #advanceTo}
 * sleeps until Jira's clock (estimated from its {@code Date} headers) has passed the instant. At the end it deletes
 * the issues it created and puts the previous settings back.
 */
final class JiraHost implements Host {

    private static final String BACKSTOP = "rest/backstop/1.0/";
    private static final Pace PACE = new Pace(Duration.ofSeconds(10), Duration.ofSeconds(25), Duration.ofSeconds(8),
            Duration.ofMinutes(1));
    /** Jira's Date header has whole seconds; wait this much past an instant before calling it reached. */
    private static final Duration MARGIN = Duration.ofMillis(2500);
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String HOME_MANAGER = "Home manager";

    private final JiraConfig config;
    private final Http http = new Http();
    private final Map<Who, String> tokens = new EnumMap<>(Who.class);
    private final Map<Who, String> logins = new EnumMap<>(Who.class);
    private final List<String> created = new ArrayList<>();
    private Cast cast;
    private Pace pace;
    private JsonNode previousSettings;
    private String staffGroup;
    private Optional<String> homeManagerField = Optional.empty();
    private Duration serverOffset = Duration.ZERO;

    private final Pace wanted;
    private final AutoCloseable afterwards;

    private JiraHost(JiraConfig config, Pace wanted, AutoCloseable afterwards) {
        this.config = config;
        this.wanted = wanted;
        this.afterwards = afterwards;
    }

    static JiraHost start(JiraConfig config) {
        return start(config, PACE, () -> { });
    }

    /** With another pace (the fake Jira's run is faster) and something to close after the clean-up. */
    static JiraHost start(JiraConfig config, Pace pace, AutoCloseable afterwards) {
        JiraHost host = new JiraHost(config, pace, afterwards);
        host.tokens.put(Who.MANAGER, config.tokens().get("staff"));
        host.tokens.put(Who.OPERATOR, config.tokens().get("operator"));
        host.tokens.put(Who.CLIENT, config.tokens().get("client"));
        // Without an admin token, the operator's stands in: that user must then be a Jira administrator.
        host.tokens.put(Who.ADMIN, config.tokens().getOrDefault("admin", config.tokens().get("operator")));
        for (Who who : Who.values()) {
            host.logins.put(who, host.myself(who));
        }
        host.install();
        return host;
    }

    private String myself(Who who) {
        Http.Reply reply = jira("GET", "rest/api/2/myself", who, null);
        if (reply.status() != 200 || reply.body() == null) {
            throw new IllegalStateException("the " + tokenName(who) + " token was refused by " + config.url()
                    + " (GET /rest/api/2/myself answered " + reply.status() + "): check the token");
        }
        reply.date().ifPresent(this::learnOffset);
        return reply.body().path("name").asText();
    }

    private void install() {
        Set<String> distinct = new HashSet<>(List.of(user(Who.MANAGER), user(Who.OPERATOR), user(Who.CLIENT)));
        if (distinct.size() < 3) {
            throw new IllegalStateException("the staff, operator and client tokens must belong to three different "
                    + "users, got " + logins);
        }
        Http.Reply settings = backstop("GET", "settings", Who.ADMIN, null);
        if (settings.status() != 200) {
            throw new IllegalStateException("GET /rest/backstop/1.0/settings as " + user(Who.ADMIN) + " answered "
                    + settings.status() + " " + settings.text() + ": is Backstop installed and enabled, and is "
                    + user(Who.ADMIN) + " a Jira administrator (give admin:TOKEN otherwise)?");
        }
        previousSettings = settings.body();
        staffGroup = previousSettings.path("staffGroup").asText("backstop-staff");
        cast = new Cast(head(), user(Who.OPERATOR), user(Who.MANAGER), head(), Optional.empty());
        pace = new Pace(wanted.queueAfter(), wanted.respondWithin(), wanted.absence(),
                HumanDuration.CLOCK.parse(previousSettings.path("tick").asText("1m")));
        homeManagerField = findField(HOME_MANAGER);
        ObjectNode department = Department.mergedInto(previousSettings, cast, pace);
        Http.Reply put = backstop("PUT", "settings", Who.ADMIN, department);
        if (put.status() != 200) {
            throw new IllegalStateException("PUT /rest/backstop/1.0/settings (the test department) answered "
                    + put.status() + " " + put.text());
        }
        System.out.println("[acceptance] Jira " + config.url() + ": head " + cast.head() + ", operator "
                + cast.operator() + ", manager " + cast.manager() + " (deputy " + cast.deputy() + "), client "
                + user(Who.CLIENT) + ", project " + config.project() + ", Jira clock offset " + serverOffset);
    }

    /**
     * The test department's head, who is also the manager's deputy: the admin token's user when that is nobody
     * else of the cast, else the first head of the previous settings who is nobody else of the cast.
     */
    private String head() {
        Set<String> others = Set.of(user(Who.MANAGER), user(Who.OPERATOR), user(Who.CLIENT));
        if (config.tokens().containsKey("admin") && !others.contains(user(Who.ADMIN))) {
            return user(Who.ADMIN);
        }
        for (JsonNode person : previousSettings.path("people")) {
            String name = person.path("name").asText();
            if ("HEAD".equals(person.path("role").asText()) && !others.contains(name)) {
                return name;
            }
        }
        throw new IllegalStateException("the test department needs a head who is not the staff, operator or client "
                + "user: give admin:TOKEN of another Jira administrator, or name a head in Backstop's settings");
    }

    private Optional<String> findField(String name) {
        Http.Reply fields = jira("GET", "rest/api/2/field", Who.ADMIN, null);
        if (fields.status() == 200 && fields.body() != null) {
            for (JsonNode field : fields.body()) {
                if (name.equals(field.path("name").asText())) {
                    return Optional.of(field.path("id").asText());
                }
            }
        }
        System.out.println("[acceptance] no custom field \"" + name + "\": issues get their owner from the project's"
                + " default assignee");
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "jira " + config.url();
    }

    @Override
    public Cast cast() {
        return cast;
    }

    @Override
    public Pace pace() {
        return pace;
    }

    @Override
    public String user(Who who) {
        return logins.get(who);
    }

    @Override
    public Instant now() {
        return Instant.now().plus(serverOffset);
    }

    @Override
    public String createClientIssue(String summary) {
        return create(config.project(), summary, true);
    }

    @Override
    public Optional<String> createIssueHiddenFromManager(String summary) {
        return config.hiddenProject().map(project -> create(project, summary, false));
    }

    @Override
    public String whyNoHiddenIssue() {
        return "no -Dbackstop.jira.hiddenProject=KEY given: a project where the client user may create issues and "
                + "the staff user may not browse";
    }

    private String create(String project, String summary, boolean homeManager) {
        ObjectNode body = Department.JSON.createObjectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", project);
        fields.put("summary", "[Backstop acceptance] " + summary);
        fields.putObject("issuetype").put("name", config.issueType());
        if (homeManager) {
            homeManagerField.ifPresent(id -> fields.putObject(id).put("name", cast.manager()));
        }
        Http.Reply reply = jira("POST", "rest/api/2/issue", Who.CLIENT, body);
        if (reply.status() != 201 || reply.body() == null || !reply.body().hasNonNull("key")) {
            throw new AssertionError("the client " + user(Who.CLIENT) + " could not create an issue in " + project
                    + " (" + reply.status() + " " + reply.text() + "): the issue type \"" + config.issueType()
                    + "\" must be in the project and the \"" + HOME_MANAGER + "\" field on its create screen");
        }
        String key = reply.body().get("key").asText();
        created.add(key);
        return key;
    }

    @Override
    public void comment(String key, Who author, boolean internal) {
        ObjectNode body = Department.JSON.createObjectNode();
        body.put("body", "Backstop acceptance: a " + (internal ? "internal note" : "message") + " from "
                + user(author));
        if (internal) {
            ObjectNode visibility = body.putObject("visibility");
            visibility.put("type", "group");
            visibility.put("value", staffGroup);
        }
        Http.Reply reply = jira("POST", "rest/api/2/issue/" + key + "/comment", author, body);
        if (reply.status() != 201) {
            throw new AssertionError(user(author) + " could not comment on " + key + " (" + reply.status() + " "
                    + reply.text() + ")" + (internal ? ": internal notes are restricted to the group " + staffGroup
                    + ", which the author must be in" : ""));
        }
    }

    @Override
    public String assignee(String key) {
        Http.Reply reply = jira("GET", "rest/api/2/issue/" + key + "?fields=assignee", Who.ADMIN, null);
        require(reply, 200, "GET /rest/api/2/issue/" + key);
        JsonNode assignee = reply.body().path("fields").path("assignee");
        return assignee.isMissingNode() || assignee.isNull() ? null : assignee.path("name").asText();
    }

    @Override
    public List<Comment> comments(String key) {
        Http.Reply reply = jira("GET", "rest/api/2/issue/" + key + "/comment", Who.ADMIN, null);
        require(reply, 200, "GET /rest/api/2/issue/" + key + "/comment");
        List<Comment> comments = new ArrayList<>();
        for (JsonNode c : reply.body().path("comments")) {
            JsonNode visibility = c.path("visibility");
            comments.add(new Comment(c.path("author").path("name").asText(),
                    !visibility.isMissingNode() && !visibility.isNull(), c.path("body").asText()));
        }
        return comments;
    }

    @Override
    public Answer get(Who who, String path) {
        return backstop("GET", path, who, null).answer();
    }

    @Override
    public Answer put(Who who, String path, JsonNode body) {
        return backstop("PUT", path, who, body).answer();
    }

    @Override
    public Answer post(Who who, String path, JsonNode body) {
        return backstop("POST", path, who, body).answer();
    }

    @Override
    public Answer delete(Who who, String path) {
        return backstop("DELETE", path, who, null).answer();
    }

    @Override
    public void advanceTo(Instant instant) {
        Instant until = instant.plus(MARGIN);
        while (now().isBefore(until)) {
            sleep(Duration.between(now(), until).plusMillis(50));
        }
    }

    @Override
    public JsonNode runWatcher() {
        Http.Reply reply = backstop("POST", "watcher/run", Who.ADMIN, Department.JSON.createObjectNode());
        require(reply, 200, "POST /rest/backstop/1.0/watcher/run");
        return reply.body();
    }

    @Override
    public void eventually(Runnable assertion) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    @Override
    public void close() {
        List<String> problems = new ArrayList<>();
        for (String key : created) {
            Http.Reply reply = jira("DELETE", "rest/api/2/issue/" + key, Who.ADMIN, null);
            if (reply.status() != 204) {
                problems.add("DELETE issue " + key + " answered " + reply.status() + " " + reply.text());
            }
        }
        if (previousSettings != null) {
            Http.Reply reply = backstop("PUT", "settings", Who.ADMIN, previousSettings);
            if (reply.status() != 200) {
                problems.add("restoring the previous settings answered " + reply.status() + " " + reply.text()
                        + "; they were: " + previousSettings);
            }
        }
        if (!problems.isEmpty()) {
            closeAfterwards();
            throw new IllegalStateException("cleaning up Jira failed: " + String.join("; ", problems));
        }
        System.out.println("[acceptance] removed " + created.size() + " issues and restored the settings");
        closeAfterwards();
    }

    private void closeAfterwards() {
        try {
            afterwards.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Reply backstop(String method, String path, Who who, JsonNode body) {
        return send(method, BACKSTOP + path, who, body);
    }

    private Http.Reply jira(String method, String path, Who who, JsonNode body) {
        return send(method, path, who, body);
    }

    private Http.Reply send(String method, String path, Who who, JsonNode body) {
        URI uri = config.url().resolve(path);
        Http.Reply reply = http.send(method, uri, "Bearer " + tokens.get(who), body);
        reply.date().ifPresent(this::learnOffset);
        return reply;
    }

    /** Jira's clock is at least its last Date header (whole seconds): never estimate it behind that. */
    private void learnOffset(String date) {
        try {
            Instant server = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration offset = Duration.between(Instant.now(), server);
            if (offset.compareTo(serverOffset) > 0 || serverOffset.isZero()) {
                serverOffset = offset;
            }
        } catch (RuntimeException ignored) {
            // a Date header we cannot read changes nothing
        }
    }

    private static void require(Http.Reply reply, int status, String what) {
        if (reply.status() != status || reply.body() == null) {
            throw new AssertionError(what + " answered " + reply.status() + " " + reply.text());
        }
    }

    private static String tokenName(Who who) {
        return switch (who) {
            case MANAGER -> "staff";
            case OPERATOR -> "operator";
            case CLIENT -> "client";
            case ADMIN -> "admin (or, without one, operator)";
        };
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(1, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
