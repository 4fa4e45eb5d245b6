package io.backstop.app.response;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.port.TrackerComment;
import io.backstop.app.port.TrackerException;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.calendar.WorkCalendar;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One issue: its response clock and timeline, "take" from the queue and "return to the owner", and the reply box
 * (what the client wrote, how a reply would count), for anyone who may browse the issue. An issue the caller may not browse answers 404, like
 * one that does not exist, so its existence does not leak.
 */
@Path("issues/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final Access access;
    private final ResponseViews views;
    private final ResponseDesk desk;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public IssueResource(Access access, ResponseViews views, ResponseDesk desk, SettingsService settings,
                         Clock clock) {
        this.access = access;
        this.views = views;
        this.desk = desk;
        this.settings = settings;
        this.clock = clock;
    }

    @GET
    @Path("sla")
    public Response sla(@PathParam("key") String key) {
        Caller caller = access.caller();
        ApiError unknown = ApiError.notFound("key", Problem.of("error.input.issueResponseClock", key));
        if (!access.canBrowse(caller, key)) {
            throw unknown;
        }
        StoredClock stored = views.clock(key).orElseThrow(() -> unknown);
        WorkCalendar calendar = settings.current().calendar();
        ZoneId zone = calendar.zone();
        ObjectNode node = ClockJson.sla(stored, calendar, clock.instant()); // one now for the whole answer
        ArrayNode timeline = node.putArray("timeline");
        views.timeline(key).forEach(event -> timeline.add(ClockJson.timelineEntry(event, zone)));
        return Json.ok(node);
    }

    /**
     * The reply box's preview: {@code {text}} -> {@code {holding, how, phrase, promise, defaultPromise}}, how a staff
     * reply with this text sent now would count ({@code how} "text" when its text makes it a holding reply, else
     * null). For anyone who may browse the issue; 400 naming {@code text} when it is missing or longer than
     * {@value ReplyBox#MAX_TEXT} characters.
     */
    @POST
    @Path("reply-preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replyPreview(@PathParam("key") String key, String body) {
        Caller caller = access.caller();
        if (!access.canBrowse(caller, key) || !desk.replyBox().knows(key)) {
            throw ApiError.notFound("key", Problem.of("error.input.issueYouSee", key));
        }
        JsonNode text = Json.object(body).get("text");
        if (text == null || !text.isTextual()) {
            throw ApiError.badInput("text", Problem.of("error.issue.replyTextRequired"));
        }
        if (text.textValue().length() > ReplyBox.MAX_TEXT) {
            throw ApiError.badInput("text", Problem.of("error.input.mostCharacters", ReplyBox.MAX_TEXT));
        }
        ReplyBox.Preview preview = desk.replyBox().preview(key, text.textValue(), clock.instant());
        ZoneId zone = settings.current().calendar().zone();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("holding", preview.holding());
        node.put("how", preview.holding() ? "text" : null);
        node.put("phrase", preview.phrase());
        putInstant(node, "promise", preview.promise(), zone);
        putInstant(node, "defaultPromise", preview.defaultPromise(), zone);
        return Json.ok(node);
    }

    /**
     * What the client wrote, for the reply box: {@code {opening, clientMessage}}, each {@code {author, at, body}} or
     * null (the issue's opening; the client's latest message after it). For anyone who may browse the issue.
     */
    @GET
    @Path("reply-context")
    public Response replyContext(@PathParam("key") String key) {
        Caller caller = access.caller();
        ApiError unknown = ApiError.notFound("key", Problem.of("error.input.issueYouSee", key));
        if (!access.canBrowse(caller, key)) {
            throw unknown;
        }
        ReplyBox.ClientWords words;
        try {
            words = desk.replyBox().clientWords(key);
        } catch (TrackerException gone) {
            throw unknown;
        }
        ZoneId zone = settings.current().calendar().zone();
        ObjectNode node = Json.MAPPER.createObjectNode();
        putComment(node, "opening", words.opening().orElse(null), zone);
        putComment(node, "clientMessage", words.latest().orElse(null), zone);
        return Json.ok(node);
    }

    private static void putInstant(ObjectNode node, String name, Instant at, ZoneId zone) {
        if (at == null) {
            node.putNull(name);
        } else {
            Json.put(node, name, at, zone);
        }
    }

    private static void putComment(ObjectNode node, String name, TrackerComment comment, ZoneId zone) {
        if (comment == null) {
            node.putNull(name);
            return;
        }
        ObjectNode said = node.putObject(name);
        said.put("author", comment.author());
        Json.put(said, "at", comment.at(), zone);
        said.put("body", comment.body());
    }

    /**
     * {@code {expectedAssignee?}}: the caller takes the issue. 409 when someone else holds it now than the caller
     * expected (they were quicker); taking one's own issue changes nothing.
     */
    @POST
    @Path("take")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response take(@PathParam("key") String key, String body) {
        Caller caller = handler(key);
        JsonNode request = request(body);
        return moved(key, desk.take(key, caller.name(), expectedAssignee(request), clock.instant()));
    }

    /**
     * {@code {expectedAssignee?}}: the caller gives the issue back to its owner, without a reply (the issue panel's
     * "Return to the owner"). Anyone of the staff who may take it may return it. 409 naming {@code expectedAssignee}
     * when someone else holds it now than the caller saw, naming {@code owner} when the owner is away (busy
     * counts: it would sit with them); an issue its owner holds already changes nothing.
     */
    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response giveBack(@PathParam("key") String key, String body) {
        Caller caller = handler(key);
        JsonNode request = request(body);
        return moved(key, desk.giveBack(key, caller.name(), expectedAssignee(request), clock.instant()));
    }

    /** Who may move an issue between people: staff who may browse it (an administrator only watches). */
    private Caller handler(String key) {
        Caller caller = access.staff();
        if (!caller.staff()) {
            throw ApiError.forbidden(Problem.of("error.issue.onlyDepartmentStaff"));
        }
        if (!access.canBrowse(caller, key)) {
            throw noOpenIssue(key);
        }
        return caller;
    }

    /** The body as JSON; none is an empty object. */
    private static JsonNode request(String body) {
        return body == null || body.isBlank() ? Json.MAPPER.createObjectNode() : Json.object(body);
    }

    private static String expectedAssignee(JsonNode request) {
        JsonNode expected = request.get("expectedAssignee");
        if (expected != null && !expected.isNull() && !expected.isTextual()) {
            throw ApiError.badInput("expectedAssignee", Problem.of("error.issue.userName"));
        }
        return expected == null || expected.isNull() ? null : expected.textValue();
    }

    private Response moved(String key, Take done) {
        return switch (done.outcome()) {
            case NO_SUCH_ISSUE -> throw noOpenIssue(key);
            case TAKEN_BY_SOMEONE_ELSE -> throw ApiError.conflict("expectedAssignee",
                    Problem.of("error.issue.holdsIssueNow", done.holder()));
            case OWNER_AWAY -> throw ApiError.conflict("owner", Problem.of("error.issue.ownerAwayNow", done.holder()));
            case TAKEN, ALREADY_YOURS -> sla(key);
        };
    }

    private static ApiError noOpenIssue(String key) {
        return ApiError.notFound("key", Problem.of("error.issue.openIssueYou", key));
    }
}
