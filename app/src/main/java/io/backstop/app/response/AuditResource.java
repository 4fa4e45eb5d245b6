package io.backstop.app.response;

import io.backstop.app.access.Access;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.staff.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;

/** The audit trail of reassignments and the list of breaches, for the head and administrators. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final Access access;
    private final ResponseViews views;
    private final SettingsService settings;

    @Inject
    public AuditResource(Access access, ResponseViews views, SettingsService settings) {
        this.access = access;
        this.views = views;
        this.settings = settings;
    }

    /** Reassignments with {@code from <= at < to}, in the order they happened. */
    @GET
    @Path("audit")
    public Response audit(@QueryParam("from") String from, @QueryParam("to") String to) {
        access.oneOf("the head", Role.HEAD);
        ZoneId zone = settings.current().calendar().zone();
        ArrayNode list = Json.MAPPER.createArrayNode();
        views.audit(start(from), end(to)).forEach(event -> list.add(ClockJson.audit(event, zone)));
        return Json.ok(list);
    }

    /** Breaches detected with {@code from <= detectedAt < to}. */
    @GET
    @Path("breaches")
    public Response breaches(@QueryParam("from") String from, @QueryParam("to") String to) {
        access.oneOf("the head", Role.HEAD);
        ZoneId zone = settings.current().calendar().zone();
        ArrayNode list = Json.MAPPER.createArrayNode();
        views.breaches(start(from), end(to)).forEach(event -> list.add(ClockJson.breach(event, zone)));
        return Json.ok(list);
    }

    private static Instant start(String from) {
        return Json.instantParam(from, "from", Instant.EPOCH);
    }

    private static Instant end(String to) {
        return Json.instantParam(to, "to", END_OF_TIME);
    }
}
