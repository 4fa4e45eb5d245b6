package io.backstop.sandbox.tracker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.json.ScenarioJson;
import io.backstop.app.access.Access;
import io.backstop.app.json.JsonFields;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.access.Caller;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.backstop.app.json.ReplyMark;
import io.backstop.app.response.ReplyFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The sandbox tracker's REST API ({@code /rest/sandbox/1.0/issues}): the admin acts for clients and staff, staff
 * post their own replies, the {@code client} login writes as the clients ({@link TrackerWriters}); each call reaches
 * Backstop as the matching tracker event would from Jira.
 */
@Path("issues")
@Produces(MediaType.APPLICATION_JSON)
public class TrackerResource {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Access access;
    private final TrackerWriters writers;
    private final SandboxTracker tracker;
    private final SandboxActions actions;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public TrackerResource(Access access, SandboxTracker tracker, SandboxActions actions, SettingsService settings,
                           Clock clock) {
        this.access = access;
        this.writers = new TrackerWriters(access, settings);
        this.tracker = tracker;
        this.actions = actions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * {@code {key?, owner?, issueType?, priority?, client?, summary?, description?, promisedOn?}}: a client opens an
     * issue (rule 1). {@code owner} may be left out for a client the tracker knows: their latest issue's owner.
     * {@code promisedOn} is the date promised for the work, as Jira's due date (the admin's only). The client login
     * names the client and a summary.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Caller caller = writers.opener();
        JsonNode request = object(body);
        TrackerWriters.opening(caller, request);
        boolean asClient = TrackerWriters.isClient(caller);
        String client = text(request, "client", asClient);
        String summary = text(request, "summary", asClient);
        String description = text(request, "description", false, MAX_COMMENT);
        String key = text(request, "key", false);
        if (key != null) {
            Fields.issueKey(key, "key"); // as Jira writes them: no ".", "..", spaces or signs a path would misread
        }
        LocalDate promisedOn = Fields.date(request, "promisedOn").orElse(null);
        synchronized (tracker) {
            String owner = owner(request);
            if (key == null) {
                key = tracker.nextKey();
            } else if (tracker.find(key).isPresent()) {
                throw ApiError.conflict("key", Problem.of("error.sandbox.issueExistsAlready", key));
            }
            actions.open(key, summary, description, client, text(request, "issueType", false),
                    text(request, "priority", false), owner, clock.instant());
            if (promisedOn != null) {
                tracker.promise(key, promisedOn);
            }
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(view(key).toString()).build();
        }
    }

    /** The owner named, a person of the department; else the client's manager from their latest issue. */
    private String owner(JsonNode request) {
        String owner = text(request, "owner", false);
        String client = text(request, "client", false);
        if (owner == null) {
            return (client == null ? Optional.<SandboxTracker.Issue>empty() : tracker.latestOf(client))
                    .map(SandboxTracker.Issue::owner).filter(known -> settings.current().person(known).isPresent())
                    .orElseThrow(() -> ApiError.badInput("owner", Problem.of("error.sandbox.requiredClientTracker")));
        }
        if (owner.isBlank() || settings.current().person(owner).isEmpty()) {
            throw ApiError.badInput("owner", Problem.of("error.input.unknownPerson", owner));
        }
        return owner;
    }

    /**
     * {@code {author: "client" | staff name, body, internal?, holding?, promise?, dueDate?}}: a client message or a
     * staff reply. {@code holding} true marks a holding reply (false: not one, whatever its text says), {@code promise}
     * the instant it promises, {@code dueDate} the issue's due date set with the reply (sla-semantics.md, "Holding
     * replies in the hosts"). Who may write what: {@link TrackerWriters} (a member of staff as themselves on an issue
     * they may browse, else 404; the client login as the client; the admin for anyone).
     */
    @POST
    @Path("{key}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("key") String key, String body) {
        Caller caller = writers.commenter(key);
        SandboxTracker.Issue issue = issue(key);
        JsonNode request = object(body);
        String author = writers.author(caller, text(request, "author", caller.admin()), request);
        String text = text(request, "body", false, MAX_COMMENT);
        JsonNode internalNode = request.get("internal");
        if (internalNode != null && !internalNode.isNull() && !internalNode.isBoolean()) {
            throw ApiError.badInput("internal", Problem.of("error.input.trueFalse"));
        }
        boolean internal = internalNode != null && internalNode.asBoolean(false);
        Instant now = clock.instant();
        actions.comment(issue, author, text == null ? "" : text, internal, now, replyFacts(request, text, now));
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(view(key).toString()).build();
    }

    private static ReplyFacts replyFacts(JsonNode request, String text, Instant now) {
        ReplyMark mark = ReplyMark.read(request, "");
        if (mark.promise() != null && !mark.promise().isAfter(now)) {
            throw ApiError.badInput("promise", Problem.of("error.sandbox.afterReply"));
        }
        LocalDate dueDate = Fields.date(request, "dueDate").orElse(null);
        return new ReplyFacts(text, mark.holding(), mark.promise(), dueDate);
    }

    @POST
    @Path("{key}/resolve")
    public Response resolve(@PathParam("key") String key) {
        Caller caller = access.admin();
        actions.resolve(issue(key), caller.name(), clock.instant());
        return Response.ok(view(key).toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        access.admin();
        issue(key);
        return Response.ok(view(key).toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private SandboxTracker.Issue issue(String key) {
        return tracker.find(key).orElseThrow(() -> ApiError.notFound("key", Problem.of("error.sandbox.issue", key)));
    }

    private ObjectNode view(String key) {
        SandboxTracker.Issue issue = issue(key);
        ZoneId zone = settings.current().calendar().zone();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", issue.key());
        node.put("summary", issue.summary());
        node.put("description", issue.description());
        node.put("client", issue.client());
        node.put("issueType", issue.issueType());
        node.put("priority", issue.priority());
        node.put("owner", issue.owner());
        node.put("assignee", issue.assignee());
        node.put("status", issue.resolved() ? "RESOLVED" : "OPEN");
        node.put("created", ScenarioJson.format(issue.createdAt(), zone));
        ArrayNode comments = node.putArray("comments");
        for (SandboxTracker.Comment comment : tracker.comments(key)) {
            ObjectNode c = comments.addObject();
            c.put("author", comment.author());
            c.put("body", comment.body());
            c.put("internal", comment.internal());
            c.put("at", ScenarioJson.format(comment.at(), zone));
        }
        return node;
    }

    /** As the app's own limit: larger bodies are refused before parsing. */
    static final int MAX_BODY = 1_000_000;

    static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        if (body.length() > MAX_BODY) {
            throw ApiError.badInput("(body)", Problem.of("error.input.largerCharacters", MAX_BODY));
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (!node.isObject()) {
                throw ApiError.badInput("(body)", Problem.of("error.input.jsonObject"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badInput("(body)", Problem.of("error.input.validJsonWhy", e.getOriginalMessage()));
        }
    }

    /** Keys, names, summaries: one line on a page. */
    static final int MAX_TEXT = 255;
    /** A comment's body, as long as a client's letter gets. */
    static final int MAX_COMMENT = 32_000;

    static String text(JsonNode request, String field, boolean required) {
        return text(request, field, required, MAX_TEXT);
    }

    static String text(JsonNode request, String field, boolean required, int maxLength) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiError.badInput(field, Problem.of("error.input.required"));
            }
            return null;
        }
        if (!node.isTextual() || (required && node.textValue().isBlank())) {
            throw ApiError.badInput(field, Problem.of("error.input.nonEmptyString"));
        }
        if (node.textValue().length() > maxLength) {
            throw ApiError.badInput(field, Problem.of("error.input.mostCharacters", maxLength));
        }
        JsonFields.unseenCharacters(node.textValue()).ifPresent(what -> {
            throw ApiError.badInput(field, Problem.of("error.input.mustNotContain", what));
        });
        return node.textValue();
    }
}
