package io.backstop.app.response;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.calendar.WorkCalendar;
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
import java.time.ZoneId;

/**
 * One issue: its response clock and timeline, and "take" from the queue, for anyone who may browse the issue. An
 * issue the caller may not browse answers 404, like one that does not exist, so its existence does not leak.
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
        ApiError unknown = ApiError.notFound("key", "no issue " + key + " with a response clock that you may see");
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
     * {@code {expectedAssignee?}}: the caller takes the issue. 409 when someone else holds it now than the caller
     * expected (they were quicker); taking one's own issue changes nothing.
     */
    @POST
    @Path("take")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response take(@PathParam("key") String key, String body) {
        Caller caller = access.staff();
        if (!caller.staff()) {
            throw ApiError.forbidden("only the department's staff take issues");
        }
        ApiError unknown = ApiError.notFound("key", "no open issue " + key + " that you may see");
        if (!access.canBrowse(caller, key)) {
            throw unknown;
        }
        JsonNode expected = body == null || body.isBlank() ? null : Json.object(body).get("expectedAssignee");
        if (expected != null && !expected.isNull() && !expected.isTextual()) {
            throw ApiError.badInput("expectedAssignee", "must be a user name");
        }
        ResponseDesk.Take take = desk.take(key, caller.name(),
                expected == null || expected.isNull() ? null : expected.textValue(), clock.instant());
        return switch (take.outcome()) {
            case NO_SUCH_ISSUE -> throw unknown;
            case TAKEN_BY_SOMEONE_ELSE -> throw ApiError.conflict("expectedAssignee",
                    take.holder() + " holds this issue now");
            case TAKEN, ALREADY_YOURS -> sla(key);
        };
    }
}
