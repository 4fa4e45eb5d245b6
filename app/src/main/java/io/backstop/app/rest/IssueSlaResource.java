package io.backstop.app.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.desk.ResponseViews;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.StoredClock;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;

/**
 * One issue's response clock and timeline, for anyone who may browse the issue. An issue the caller may not
 * browse answers 404, like one that does not exist, so its existence does not leak.
 */
@Path("issues/{key}/sla")
@Produces(MediaType.APPLICATION_JSON)
public class IssueSlaResource {

    private final Access access;
    private final ResponseViews views;
    private final SettingsService settings;

    @Inject
    public IssueSlaResource(Access access, ResponseViews views, SettingsService settings) {
        this.access = access;
        this.views = views;
        this.settings = settings;
    }

    @GET
    public Response sla(@PathParam("key") String key) {
        Caller caller = access.caller();
        ApiError unknown = ApiError.notFound("key", "no issue " + key + " with a response clock that you may see");
        if (!access.canBrowse(caller, key)) {
            throw unknown;
        }
        StoredClock stored = views.clock(key).orElseThrow(() -> unknown);
        ZoneId zone = settings.current().calendar().zone();
        ObjectNode node = Views.sla(stored, zone);
        ArrayNode timeline = node.putArray("timeline");
        views.timeline(key).forEach(event -> timeline.add(Views.timelineEntry(event, zone)));
        return Json.ok(node);
    }
}
